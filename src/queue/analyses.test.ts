/**
 * The queue's PostgreSQL side against a real server: runs when DATABASE_URL is set (CI sets it), else skips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupStories } from '../story/group.js';
import { generations, regroup, storiesOf, type Generations } from './analyses.js';
import type { SharedStore } from './connections.js';
import { testStores } from './test-stores.js';
import { generatedArticles } from './generated-articles.js';
import { analyseJobId } from './jobs.js';
import { MissingArticleError, analyseJob, regroupJob, type JobContext } from './process-job.js';
import { groupingDoc } from './stored-document.js';

const pg = testStores('the queue store tests');
const { skip, collections } = pg;

const pair = (g: Generations) => [g.stale, g.grouped];

function context(s: SharedStore, requests: Array<[string, number]> = []): JobContext {
  return {
    store: s.store,
    db: s.db,
    workerId: 'test:1',
    engineVersion: 'test',
    async requestRegroup(collection, grouped) {
      requests.push([collection, grouped]);
    },
    async requestStories() {},
  };
}

async function collectionWith(count: number, from = 0) {
  const c = await pg.shared.store.createCollection(`queue-test-${Date.now()}-${Math.random()}`);
  collections.push(c.id);
  const texts = generatedArticles(from + count).slice(from);
  const added = await pg.shared.store.addArticles(
    c.id,
    texts.map((a) => ({ origin: a.name, format: 'text' as const, text: a.text, declared: {} })),
  );
  const jobs = added.added.map((a) => ({ id: analyseJobId(c.id, a.contentHash), data: { collection: c.id, article: a.id, contentHash: a.contentHash } }));
  return { collection: c.id, jobs };
}

async function rows(collection: string) {
  return pg.shared.db.query<{ article_id: string; deliveries: number; documents: unknown[] }>(
    'SELECT article_id, deliveries, documents FROM queue_analyses WHERE collection_id = $1 ORDER BY article_seq',
    [collection],
  );
}

test('a job delivered twice, one after the pg.other or at once, leaves one row that counts both', { skip }, async () => {
  const { collection, jobs } = await collectionWith(2);
  const [a, b] = jobs;
  const requests: Array<[string, number]> = [];
  await analyseJob(context(pg.shared, requests), a!.id, a!.data);
  await analyseJob(context(pg.shared, requests), a!.id, a!.data);
  // two workers holding the same job (a stalled job handed on while its first worker still ran)
  await Promise.all([analyseJob(context(pg.shared, requests), b!.id, b!.data), analyseJob(context(pg.other, requests), b!.id, b!.data)]);
  const stored = await rows(collection);
  assert.deepEqual(
    stored.map((r) => [r.article_id, r.deliveries]),
    [
      [a!.data.article, 2],
      [b!.data.article, 2],
    ],
  );
  assert.ok(stored.every((r) => r.documents.length === 1));
  // every delivery marked the stories stale and asked for a regroup
  assert.deepEqual(pair(await generations(pg.shared.db, collection)), [4, 0]);
  assert.equal(requests.length, 4);
});

test('a job whose article is gone fails as unrecoverable', { skip }, async () => {
  const { collection, jobs } = await collectionWith(1);
  await assert.rejects(analyseJob(context(pg.shared), jobs[0]!.id, { ...jobs[0]!.data, article: 'a999' }), MissingArticleError);
  assert.equal((await rows(collection)).length, 0);
});

test('a regroup puts every analysed document in one story, and does nothing while the stories are current', { skip }, async () => {
  const { collection, jobs } = await collectionWith(24);
  for (const j of jobs) await analyseJob(context(pg.shared), j.id, j.data);
  const first = await regroup(pg.shared.db, collection);
  assert.equal(first.regrouped, true);
  assert.deepEqual(pair(first.after), [24, 24]);
  assert.ok(first.after.regroupMs >= 0);
  const stories = await storiesOf(pg.shared.db, collection);
  const docs = stories.flatMap((s) => s.documents);
  assert.equal(docs.length, 24);
  assert.equal(new Set(docs).size, 24);
  assert.ok(stories.length >= 6 && stories.length < 24, `${stories.length} stories`);
  assert.equal((await regroup(pg.shared.db, collection)).regrouped, false);
});

test('stories keep their keys as articles join them', { skip }, async () => {
  const { collection, jobs } = await collectionWith(12);
  for (const j of jobs.slice(0, 6)) await analyseJob(context(pg.shared), j.id, j.data);
  await regroup(pg.shared.db, collection);
  const before = await storiesOf(pg.shared.db, collection);
  for (const j of jobs.slice(6)) await analyseJob(context(pg.shared), j.id, j.data);
  await regroup(pg.shared.db, collection);
  const later = await storiesOf(pg.shared.db, collection);
  for (const s of before) {
    const same = later.find((l) => s.documents.every((d) => l.documents.includes(d)));
    assert.equal(same?.key, s.key, `story ${s.key} (${s.documents.join(',')}) lost its key`);
  }
});

test('regroups racing analyses on two connections end with the stories of every stored document', { skip }, async () => {
  const { collection, jobs } = await collectionWith(30);
  const requests: Array<[string, number]> = [];
  const half = jobs.length / 2;
  await Promise.all([
    (async () => {
      for (const j of jobs.slice(0, half)) await analyseJob(context(pg.shared, requests), j.id, j.data);
    })(),
    (async () => {
      for (const j of jobs.slice(half)) await analyseJob(context(pg.other, requests), j.id, j.data);
    })(),
    (async () => {
      for (let i = 0; i < 6; i++) await regroupJob(context(pg.shared, requests), { collection });
    })(),
    (async () => {
      for (let i = 0; i < 6; i++) await regroupJob(context(pg.other, requests), { collection });
    })(),
  ]);
  // whatever the interleaving, one more regroup is owed exactly when analyses landed after the last one
  const gen = await generations(pg.shared.db, collection);
  if (gen.stale > gen.grouped) await regroupJob(context(pg.shared, requests), { collection });
  assert.deepEqual(pair(await generations(pg.shared.db, collection)), [30, 30]);
  const inputs = await pg.shared.db.query<{ id: string; title: string | null; body: string }>(
    `SELECT d.value->>'id' AS id, d.value->'title'->>'value' AS title, d.value->>'bodyText' AS body
     FROM queue_analyses a CROSS JOIN LATERAL jsonb_array_elements(a.documents) WITH ORDINALITY AS d(value, n)
     WHERE a.collection_id = $1 ORDER BY a.article_seq, d.n`,
    [collection],
  );
  const expected = groupStories(inputs.map((i) => groupingDoc({ id: i.id, title: i.title, bodyText: i.body })));
  const stored = await storiesOf(pg.shared.db, collection);
  const partition = (groups: Array<{ documents: string[] }>) => groups.map((g) => [...g.documents].sort().join(' ')).sort();
  assert.deepEqual(partition(stored), partition(expected));
});

test('an analysis stored while a regroup runs makes that regroup ask for another', { skip }, async () => {
  const { collection, jobs } = await collectionWith(9);
  for (const j of jobs.slice(0, 7)) await analyseJob(context(pg.shared), j.id, j.data);
  await regroup(pg.shared.db, collection);
  await analyseJob(context(pg.shared), jobs[7]!.id, jobs[7]!.data);
  const requests: Array<[string, number]> = [];
  let running: Promise<unknown> | undefined;
  // hold the collection's story rows so that the regroup stops after reading what it groups, before it commits
  await pg.other.db.transaction(async (tx) => {
    await tx.query('SELECT story_key FROM queue_stories WHERE collection_id = $1 FOR UPDATE', [collection]);
    running = regroupJob(context(pg.shared, requests), { collection });
    const waiting = async () =>
      (await pg.other.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO queue_stories%'`))[0]!.n > 0;
    const deadline = Date.now() + 10_000;
    while (!(await waiting())) {
      if (Date.now() > deadline) throw new Error('the regroup never reached its write');
      await new Promise((r) => setTimeout(r, 20));
    }
    await analyseJob(context(pg.other), jobs[8]!.id, jobs[8]!.data);
  });
  await running;
  // the regroup grouped generation 8; the ninth analysis came after its read, so it asked again under 8
  assert.deepEqual(pair(await generations(pg.shared.db, collection)), [9, 8]);
  assert.deepEqual(requests, [[collection, 8]]);
  const next = await regroupJob(context(pg.shared, requests), { collection });
  assert.equal(next.regrouped, true);
  assert.deepEqual(pair(next.after), [9, 9]);
  assert.equal((await storiesOf(pg.shared.db, collection)).flatMap((s) => s.documents).length, 9);
});
