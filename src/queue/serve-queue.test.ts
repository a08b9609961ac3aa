/**
 * Articles added through `marsad serve` to a collection the workers analyse: with a queue (REDIS_URL) they are
 * queued as `marsad enqueue` queues them (pasted or fetched by URL), a worker analyses and indexes them, and the
 * server's search and dossier show them; without one they are stored and the dossier says they wait for an
 * enqueue. The first needs DATABASE_URL and REDIS_URL, the second DATABASE_URL; each skips without them.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../server/serve.js';
import { contentHash } from '../storage/content-hash.js';
import { openSharedStore } from './connections.js';
import { enqueueSources } from './enqueue.js';
import { storeAndQueue } from './test-stores.js';
import { analyseJobId } from './jobs.js';
import { startWorker } from './worker.js';

const REDIS_URL = process.env.REDIS_URL;
const DATABASE_URL = process.env.DATABASE_URL;
const TOKEN = 'serve-queue-test-token-0123456789abcdef';

const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const f of cleanups.reverse()) await f().catch(() => {});
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FIRST = 'انطلاق حملة تطعيم في المدارس\nبدأت وزارة الصحة حملة تطعيم في المدارس الابتدائية تشمل مئة ألف طالب، وقال مدير الحملة إن الفرق الطبية ستزور القرى البعيدة.\n';
const PASTED = 'افتتاح سوق للمنتجات الريفية\nافتتحت البلدية سوقاً أسبوعية للمنتجات الريفية في الساحة العامة، وقالت إن المزارعين سيبيعون الزيتون والعسل مباشرة.\n';
const PAGE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>مكتبة متنقلة تجوب الأرياف</title></head><body><article>
<h1>مكتبة متنقلة تجوب الأرياف</h1><p>أطلقت وزارة الثقافة مكتبة متنقلة تحمل ألفي كتاب إلى الأرياف، وقال المسؤول عنها إنها ستتوقف في كل بلدة يومين.</p>
<p>وتضم المكتبة ركناً لقصص الأطفال وآخر للكتب المدرسية.</p></article></body></html>`;

async function post(url: string, path: string, body: unknown) {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { added: Array<{ id: string; contentHash: string }> } };
}

test('serve queues articles added to an enqueued collection; a worker analyses and indexes them; search and the dossier show them', { skip: REDIS_URL && DATABASE_URL ? false : 'set REDIS_URL and DATABASE_URL to run the serve queue test', timeout: 120_000 }, async () => {
  const name = `serve-queue-${process.pid}-${Date.now()}`;
  const { shared, queue } = await storeAndQueue(name, cleanups);
  const pages = createServer((req, res) => {
    if (req.url === '/library') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
  cleanups.push(() => new Promise<void>((r) => pages.close(() => r())));
  const pageUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/library`;

  const out = await enqueueSources(shared.store, shared.db, { redisUrl: REDIS_URL!, queue: name, collection: name }, [
    { id: 'x', origin: 'first.txt', text: FIRST, format: 'text', declared: {}, messages: [] },
  ]);
  const collection = out.collection;
  cleanups.push(async () => {
    await shared.db.query('DELETE FROM collections WHERE id = $1', [collection]);
  });

  const server = await startServer({ databaseUrl: DATABASE_URL!, redisUrl: REDIS_URL!, queue: name, port: 0, token: TOKEN, allowPrivateUrls: true, log: () => {} });
  cleanups.push(() => server.close());
  assert.match(server.queueLabel ?? '', new RegExp(`^${name} on redis://`));

  const pasted = await post(server.url, `/api/collections/${collection}/articles`, { text: PASTED });
  assert.equal(pasted.status, 201);
  assert.equal(pasted.body.queued, 1);
  const job = await queue.getJob(analyseJobId(collection, contentHash(PASTED)));
  assert.ok(job, 'the pasted article has its job, under the id marsad enqueue would give it');
  assert.deepEqual(job.data, { collection, article: pasted.body.added[0]!.id, contentHash: contentHash(PASTED) });
  const fetched = await post(server.url, `/api/collections/${collection}/urls`, { urls: [pageUrl] });
  assert.equal(fetched.status, 201);
  assert.equal(fetched.body.queued, 1);
  const again = await post(server.url, `/api/collections/${collection}/articles`, { text: PASTED });
  assert.equal(again.status, 200, 'a known text is a duplicate');
  assert.equal(again.body.queued, 1);
  assert.equal((await queue.getJobCounts('waiting', 'active', 'completed', 'delayed')).waiting, 3, 'three articles, three jobs: the repeat is the same job');

  const worker = await startWorker({ redisUrl: REDIS_URL!, databaseUrl: DATABASE_URL!, queue: name, concurrency: 2, lockDurationMs: 10_000, stalledIntervalMs: 5000, regroupDelayMs: 200, log: () => {} });
  cleanups.push(() => worker.close());
  // until the workers have analysed the three articles, grouped them and analysed their stories
  let dossier: { documents: Array<{ id: string }>; messages: Array<{ code: string }> } | null = null;
  for (let i = 0; i < 400; i++) {
    dossier = (await (await fetch(`${server.url}/api/collections/${collection}/dossier`)).json()) as typeof dossier;
    if (dossier!.documents.length === 3 && !dossier!.messages.some((m) => m.code.startsWith('queue/'))) break;
    await sleep(250);
  }
  assert.equal(dossier!.documents.length, 3, 'the added articles are in the dossier');
  assert.deepEqual(dossier!.messages.filter((m) => m.code.startsWith('queue/')), [], 'nothing is left pending');

  const search = async (q: string) =>
    ((await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}&collection=${collection}`)).json()) as { hits: Array<{ article: string; title: string | null }> }).hits;
  assert.deepEqual((await search('الزيتون')).map((h) => [h.article, h.title]), [[pasted.body.added[0]!.id, 'افتتاح سوق للمنتجات الريفية']]);
  assert.deepEqual((await search('المكتبة المتنقلة')).map((h) => h.article), [fetched.body.added[0]!.id]);
  assert.deepEqual((await search('تطعيم')).map((h) => h.article), ['a1'], 'the enqueued article is searchable too');
});

test('without a queue, serve stores articles added to an enqueued collection and the dossier says they wait for an enqueue', { skip: DATABASE_URL ? false : 'set DATABASE_URL to run the serve test without a queue' }, async () => {
  const shared = await openSharedStore(DATABASE_URL!);
  cleanups.push(() => shared.close());
  const c = await shared.store.createCollection(`serve-no-queue-${process.pid}-${Date.now()}`);
  cleanups.push(async () => {
    await shared.db.query('DELETE FROM collections WHERE id = $1', [c.id]);
  });
  // what marsad enqueue does first: the collection is the workers' from now on
  await shared.db.query('INSERT INTO queue_groupings (collection_id) VALUES ($1)', [c.id]);
  const server = await startServer({ databaseUrl: DATABASE_URL!, port: 0, token: TOKEN, log: () => {} });
  cleanups.push(() => server.close());
  assert.equal(server.queueLabel, null);
  const added = await post(server.url, `/api/collections/${c.id}/articles`, { text: PASTED });
  assert.equal(added.status, 201);
  assert.equal(added.body.queued, undefined, 'no queue, nothing queued');
  assert.equal((await shared.store.articles(c.id)).length, 1);
  const dossier = (await (await fetch(`${server.url}/api/collections/${c.id}/dossier`)).json()) as { messages: Array<{ code: string; reason: string }> };
  const pending = dossier.messages.find((m) => m.code === 'queue/articles-pending');
  assert.ok(pending?.reason.includes('analysed once enqueued'), JSON.stringify(dossier.messages));
});
