/**
 * The queue end to end, as a deployment runs it: `marsad enqueue` puts 1,000 articles on a Redis queue, two
 * `marsad worker` processes consume it, one is SIGKILLed after it has finished some jobs (its active jobs are
 * left locked by a dead process), a replacement starts, and the queue drains. Then every article must have been
 * analysed exactly once into PostgreSQL, with its document layers, the collection's stories must be those of
 * all its documents, and each story must have its story analysis stored once, of its current grouping. Needs REDIS_URL and DATABASE_URL (CI starts both); skips without them.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupStories } from '../story/group.js';
import { generations, storiesOf } from './analyses.js';
import type { SharedStore } from './connections.js';
import { generatedArticles } from './generated-articles.js';
import { storeAndQueue } from './test-stores.js';
import { groupingDoc, type StoredDocument } from './stored-document.js';

const REDIS_URL = process.env.REDIS_URL;
const DATABASE_URL = process.env.DATABASE_URL;
const skip = REDIS_URL && DATABASE_URL ? false : 'set REDIS_URL and DATABASE_URL to run the queue integration test (a Redis and a PostgreSQL server)';

const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const ARTICLES = 1000;
/** Jobs the first worker must have finished before it is killed: the kill lands mid-run, not at start. */
const BEFORE_KILL = 150;
const DEADLINE_MS = 85_000;
// short locks so that the killed worker's jobs are handed on in about a second, not thirty
const WORKER_ARGS = ['--concurrency', '3', '--lock-duration', '1500', '--stalled-interval', '750', '--regroup-delay', '400'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];

after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const f of cleanups.reverse()) await f().catch(() => {});
});

function env(queue: string): NodeJS.ProcessEnv {
  return { ...process.env, REDIS_URL, DATABASE_URL, MARSAD_QUEUE: queue };
}

function run(args: string[], queue: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: env(queue), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function startWorker(queue: string): { child: ChildProcess; exited: Promise<number | null>; log: () => string } {
  const child = spawn(process.execPath, [MAIN, 'worker', ...WORKER_ARGS], { env: env(queue), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, log: () => log };
}

async function until(what: string, check: () => Promise<boolean>, deadline: number): Promise<void> {
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(200);
  }
}

async function analysedBy(shared: SharedStore, collection: string, pid: number): Promise<number> {
  const rows = await shared.db.query<{ n: number }>('SELECT count(*)::int AS n FROM queue_analyses WHERE collection_id = $1 AND analysed_by = $2', [
    collection,
    `${hostname()}:${pid}`,
  ]);
  return rows[0]!.n;
}

test('1,000 articles through two workers, one killed mid-run: each analysed exactly once, stories current', { skip, timeout: 120_000 }, async (t) => {
  const deadline = Date.now() + DEADLINE_MS;
  const name = `queue-it-${process.pid}-${Date.now()}`;
  const queueName = name;
  const dir = await mkdtemp(join(tmpdir(), 'marsad-queue-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const texts = generatedArticles(ARTICLES);
  await Promise.all(texts.map((a) => writeFile(join(dir, a.name), a.text)));

  const { shared, queue } = await storeAndQueue(queueName, cleanups);

  const t0 = Date.now();
  const enq = await run(['enqueue', dir, '--collection', name, '--json'], queueName);
  const enqueueMs = Date.now() - t0;
  assert.equal(enq.code, 0, enq.stderr);
  const outcome = JSON.parse(enq.stdout) as { collection: string; added: number; jobs: number };
  const collection = outcome.collection;
  cleanups.push(async () => {
    await shared.db.query('DELETE FROM collections WHERE id = $1', [collection]);
  });
  assert.equal(outcome.added, ARTICLES);
  assert.equal(outcome.jobs, ARTICLES);

  const a = startWorker(queueName);
  const b = startWorker(queueName);
  await until(`the first worker finished ${BEFORE_KILL} jobs`, async () => (await analysedBy(shared, collection, a.child.pid!)) >= BEFORE_KILL, deadline);
  const killedAt = Date.now() - t0;
  a.child.kill('SIGKILL');
  assert.equal(await a.exited, null, 'the first worker was killed, not stopped');
  const doneByKilled = await analysedBy(shared, collection, a.child.pid!);
  const c = startWorker(queueName);

  await until(
    'the queue drained and the stories caught up',
    async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed');
      const pending = counts.waiting! + counts.active! + counts.delayed! + counts.prioritized! + counts['waiting-children']!;
      const gen = await generations(shared.db, collection);
      return pending === 0 && counts.completed! + counts.failed! >= ARTICLES && gen.stale > 0 && gen.stale === gen.grouped;
    },
    deadline,
  );

  const drainedAt = Date.now() - t0;
  // graceful stop: SIGTERM lets the workers finish and exit 0
  b.child.kill('SIGTERM');
  c.child.kill('SIGTERM');
  assert.equal(await b.exited, 0, b.log());
  assert.equal(await c.exited, 0, c.log());

  assert.equal(await queue.getFailedCount(), 0, 'no job failed');
  // the killed worker held jobs when it died: BullMQ saw them stall and handed them on
  const completed = await queue.getJobs(['completed'], 0, -1);
  assert.equal(completed.length, ARTICLES);
  const stalled = completed.filter((j) => j.stalledCounter > 0);
  assert.ok(stalled.length >= 1, 'no job was taken back from the killed worker');

  const rows = await shared.db.query<{ article_id: string; content_hash: string; job_id: string; documents: StoredDocument[]; analysed_by: string; deliveries: number }>(
    'SELECT article_id, content_hash, job_id, documents, analysed_by, deliveries FROM queue_analyses WHERE collection_id = $1',
    [collection],
  );
  assert.equal(rows.length, ARTICLES);
  assert.equal(new Set(rows.map((r) => r.article_id)).size, ARTICLES);
  assert.equal(new Set(rows.map((r) => r.content_hash)).size, ARTICLES);
  assert.equal(new Set(rows.map((r) => r.job_id)).size, ARTICLES);
  const articles = await shared.store.articleTexts(collection);
  assert.equal(articles.length, ARTICLES);
  const textOf = new Map(articles.map((x) => [x.id, x.text]));
  for (const r of rows) {
    const text = textOf.get(r.article_id);
    assert.ok(text !== undefined, `${r.article_id} is not an article of the collection`);
    assert.equal(r.documents.length, 1, r.article_id);
    const doc = r.documents[0]!;
    for (const layer of ['times', 'entities', 'quotes', 'events']) assert.ok(layer in doc.layers, `${r.article_id} lacks ${layer}`);
    assert.equal(doc.title && text.slice(doc.title.span!.start, doc.title.span!.end), doc.title?.value);
    for (const e of doc.layers.entities as Array<{ start: number; end: number; text: string }>) assert.equal(text.slice(e.start, e.end), e.text);
  }
  // the kill landed mid-run and the replacement took over
  assert.ok(doneByKilled >= BEFORE_KILL && doneByKilled < ARTICLES);
  assert.ok((await analysedBy(shared, collection, c.child.pid!)) > 0, 'the replacement analysed nothing');

  // the stories are those of all the documents, as one grouping of the whole collection makes them
  const stories = await storiesOf(shared.db, collection);
  const grouped = stories.flatMap((s) => s.documents);
  assert.equal(grouped.length, ARTICLES);
  assert.equal(new Set(grouped).size, ARTICLES);
  const docs = rows.map((r) => r.documents[0]!);
  const seqOf = new Map(articles.map((x) => [x.id, x.seq]));
  const ordered = rows.map((r, i) => ({ seq: seqOf.get(r.article_id)!, doc: docs[i]! })).sort((x, y) => x.seq - y.seq);
  const expected = groupStories(ordered.map(({ doc }) => groupingDoc({ id: doc.id, title: doc.title?.value ?? null, bodyText: doc.bodyText })));
  const partition = (g: Array<{ documents: string[] }>) => g.map((s) => [...s.documents].sort().join(' ')).sort();
  assert.deepEqual(partition(stories), partition(expected));
  assert.ok(stories.length > 1 && stories.length < ARTICLES / 4, `${stories.length} stories`);
  // and each story's analysis is stored once, of the grouping it now has (story-job.ts)
  const analysed = await shared.db.query<{ story_key: string; current: boolean; deliveries: number; reanalysed: number }>(
    `SELECT r.story_key, r.generation = s.updated_generation AS current, r.deliveries, (r.rebuilt->>'reanalysed')::int AS reanalysed
     FROM queue_stories s JOIN queue_story_results r USING (collection_id, story_key) WHERE s.collection_id = $1`,
    [collection],
  );
  assert.deepEqual(analysed.map((r) => r.story_key).sort(), stories.map((s) => s.key).sort());
  assert.ok(analysed.every((r) => r.current && r.reanalysed === 0), JSON.stringify(analysed));
  const lag = await shared.db.query<{ ms: number }>(
    `SELECT (extract(epoch FROM (SELECT max(analysed_at) FROM queue_story_results WHERE collection_id = $1)
       - (SELECT max(analysed_at) FROM queue_analyses WHERE collection_id = $1)) * 1000)::int AS ms`,
    [collection],
  );

  // enqueuing again stores nothing and queues nothing: the jobs are known by id
  const again = await run(['enqueue', dir, '--collection', name, '--json'], queueName);
  assert.equal(again.code, 0, again.stderr);
  const second = JSON.parse(again.stdout) as { collection: string; added: number; known: number };
  assert.deepEqual([second.collection, second.added, second.known], [collection, 0, ARTICLES]);
  const counts = await queue.getJobCounts('waiting', 'delayed', 'completed');
  assert.deepEqual(counts, { waiting: 0, delayed: 0, completed: ARTICLES });
  t.diagnostic(
    `queue integration: ${ARTICLES} articles, killed worker finished ${doneByKilled}, ${stalled.length} stalled job(s) retried, ` +
      `${rows.filter((r) => r.deliveries > 1).length} row(s) delivered twice, ${stories.length} stories (${analysed.filter((r) => r.deliveries > 1).length} story result(s) delivered twice, the last ${lag[0]!.ms} ms after the last article); enqueue ${enqueueMs} ms, kill at ${killedAt} ms, drained and regrouped at ${drainedAt} ms`,
  );
});
