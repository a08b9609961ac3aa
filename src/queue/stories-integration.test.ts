/**
 * Story analysis on the queue end to end: the written articles and 40 generated ones are enqueued, two workers
 * analyse, regroup and analyse the stories, and then every story must have one result of its last generation,
 * the dossier assembled from the store must be what `analyze()` makes of the same articles (same stories, same
 * events per story, valid against the schema), and `marsad serve` on the same database must serve it. Needs
 * REDIS_URL and DATABASE_URL; skips without them.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { toDossier, type Dossier } from '../outputs/dossier.js';
import { startServer } from '../server/serve.js';
import { dossierErrors } from '../testing/schema.js';
import { generations, storiesDue } from './analyses.js';
import { assembleQueueDossier } from './dossier.js';
import { STORY_LOCAL_ENTITIES, comparable, differences, eventOutline, pairStories } from './dossier-match.js';
import { enqueueSources } from './enqueue.js';
import { storeAndQueue } from './test-stores.js';
import { generatedArticles } from './generated-articles.js';
import { sourceOfArticle } from './rebuild.js';
import { storyTestSources } from './story-test-articles.js';
import { startWorker, type RunningWorker } from './worker.js';

const REDIS_URL = process.env.REDIS_URL;
const DATABASE_URL = process.env.DATABASE_URL;
const skip = REDIS_URL && DATABASE_URL ? false : 'set REDIS_URL and DATABASE_URL to run the story queue test (a Redis and a PostgreSQL server)';

const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const f of cleanups.reverse()) await f().catch(() => {});
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('two workers analyse every story once at its last generation; the assembled dossier is analyze()\'s, and serve shows it', { skip, timeout: 180_000 }, async (t) => {
  const name = `stories-it-${process.pid}-${Date.now()}`;
  const { shared, queue } = await storeAndQueue(name, cleanups);
  const generated = generatedArticles(40).map((a) => ({ id: a.name, origin: a.name, text: a.text, format: 'text' as const, declared: {}, messages: [] }));
  const sources = [...storyTestSources(), ...generated];
  const log: string[] = [];
  const workers: RunningWorker[] = [];
  for (let i = 0; i < 2; i++) {
    const w = await startWorker({ redisUrl: REDIS_URL!, databaseUrl: DATABASE_URL!, queue: name, concurrency: 2, lockDurationMs: 10_000, stalledIntervalMs: 5000, regroupDelayMs: 300, log: (l) => log.push(l) });
    workers.push(w);
    cleanups.push(() => w.close());
  }
  const out = await enqueueSources(shared.store, shared.db, { redisUrl: REDIS_URL!, queue: name, collection: name }, sources);
  const collection = out.collection;
  cleanups.push(async () => {
    await shared.db.query('DELETE FROM collections WHERE id = $1', [collection]);
  });
  assert.equal(out.jobs, sources.length);

  const deadline = Date.now() + 150_000;
  for (;;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    const pending = counts.waiting! + counts.active! + counts.delayed! + counts.prioritized!;
    const gen = await generations(shared.db, collection);
    if (pending === 0 && gen.stale >= sources.length && gen.stale === gen.grouped && !(await storiesDue(shared.db, collection)).length) break;
    if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify({ counts, gen })}; ${log.join('; ')}`);
    await sleep(200);
  }
  assert.equal(await queue.getFailedCount(), 0, log.join('\n'));

  // every story has its analysis once, of the grouping it now has
  const rows = await shared.db.query<{ story_key: string; updated_generation: number; results: number; generation: number | null; documents: string[] | null; grouped: string[] }>(
    `SELECT s.story_key, s.updated_generation, count(r.story_key)::int AS results, max(r.generation) AS generation,
       (array_agg(r.documents))[1] AS documents, s.documents AS grouped
     FROM queue_stories s LEFT JOIN queue_story_results r USING (collection_id, story_key)
     WHERE s.collection_id = $1 GROUP BY s.story_key, s.updated_generation, s.documents`,
    [collection],
  );
  assert.ok(rows.length > 3);
  for (const r of rows) {
    assert.equal(r.results, 1, r.story_key);
    assert.equal(r.generation, r.updated_generation, r.story_key);
    assert.deepEqual(r.documents, r.grouped, r.story_key);
  }

  // the story jobs rebuilt every document from the store: none had to be analysed again
  const rebuilt = await shared.db.query<{ stored: number; reanalysed: number }>(
    `SELECT sum((rebuilt->>'stored')::int)::int AS stored, sum((rebuilt->>'reanalysed')::int)::int AS reanalysed FROM queue_story_results WHERE collection_id = $1`,
    [collection],
  );
  assert.equal(rebuilt[0]!.reanalysed, 0);
  assert.ok(rebuilt[0]!.stored >= sources.length);

  const assembled = await assembleQueueDossier(shared.store, shared.db, collection, { version: 'it' });
  assert.ok(assembled);
  const got = assembled.dossier;
  assert.deepEqual(dossierErrors(got), []);
  assert.deepEqual(assembled.pending, { articles: 0, grouping: false, stories: [] });
  const want: Dossier = toDossier(analyze((await shared.store.articleTexts(collection)).map(sourceOfArticle)), 'it');
  assert.equal(got.stories.length, want.stories.length);
  let events = 0;
  for (const [g, w] of pairStories(got, want)) {
    assert.ok(g, `no story holds ${w.documents.join(', ')}`);
    assert.deepEqual(g.events.map(eventOutline), w.events.map(eventOutline), `events of ${g.id}`);
    events += g.events.length;
  }
  assert.ok(events > rows.length, `${events} events`);
  // everything else is analyze()'s to the letter: documents, entities and their ids and names, times, quotes,
  // messages and every story result but what reads entity evidence from other stories (see STORY_LOCAL_ENTITIES)
  const differ = differences(comparable(got), comparable(want));
  assert.deepEqual(differ.filter((d) => !STORY_LOCAL_ENTITIES.test(d)), []);

  // `marsad serve` on the same database serves the workers' results, without analysing the collection itself
  const server = await startServer({ databaseUrl: DATABASE_URL!, port: 0, token: 'test-token' });
  cleanups.push(() => server.close());
  const served = (await (await fetch(`${server.url}/api/collections/${collection}/dossier`)).json()) as Dossier;
  assert.deepEqual(comparable(served), comparable(got));
  assert.deepEqual(served.stories.map((s) => s.id), got.stories.map((s) => s.id));
  const stories = (await (await fetch(`${server.url}/api/collections/${collection}/stories`)).json()) as { stories: Array<{ key: string; documents: string[] }> };
  assert.deepEqual(stories.stories.map((s) => s.key), got.stories.map((s) => s.id));
  // the article list names each document's story, as the dossier groups it
  const listed = (await (await fetch(`${server.url}/api/collections/${collection}/articles`)).json()) as { articles: Array<{ analysis: { documents: Array<{ id: string; story: string | null }> } | null }> };
  const storyOfDoc = new Map(got.stories.flatMap((s) => s.documents.map((d) => [d, s.id] as const)));
  const listedDocs = listed.articles.flatMap((a) => a.analysis?.documents ?? []);
  assert.equal(listedDocs.length, got.documents.length);
  for (const d of listedDocs) assert.equal(d.story, storyOfDoc.get(d.id) ?? null, d.id);
  assert.ok(listedDocs.every((d) => d.story !== null));
  const info = (await (await fetch(`${server.url}/api/collections/${collection}`)).json()) as { stories: unknown[] };
  assert.equal(info.stories.length, got.stories.length);
  const report = await fetch(`${server.url}/collections/${collection}/report`);
  assert.equal(report.status, 200);
  const page = await report.text();
  const anEvent = got.stories.flatMap((s) => s.events as Array<{ mentions: Array<{ text: string }> }>)[0]!;
  assert.ok(page.includes(anEvent.mentions[0]!.text), 'the report shows the events the workers found');
  // nothing was analysed by the server: the store holds no dossier of its own for the collection
  assert.equal(await shared.store.dossier(collection), null);
  // a story whose analysis is not stored (yet) is served with empty analyses, and the dossier says so
  const gone = got.stories.find((s) => s.events.length)!;
  await shared.db.query('DELETE FROM queue_story_results WHERE collection_id = $1 AND story_key = $2', [collection, gone.id]);
  const partial = (await (await fetch(`${server.url}/api/collections/${collection}/dossier`)).json()) as Dossier;
  assert.deepEqual(partial.stories.find((s) => s.id === gone.id)?.events, []);
  assert.equal(partial.stories.filter((s) => s.events.length).length, got.stories.filter((s) => s.events.length).length - 1);
  const pending = partial.messages.find((m) => m.code === 'queue/stories-pending');
  assert.ok(pending?.reason.includes(gone.id), JSON.stringify(partial.messages.filter((m) => m.code.startsWith('queue/'))));
  assert.deepEqual(dossierErrors(partial), []);
  t.diagnostic(`stories queue test: ${sources.length} articles, ${rows.length} stories, ${events} events; ${differ.length} value(s) differ from analyze(), all read entities a story job resolves alone`);
});
