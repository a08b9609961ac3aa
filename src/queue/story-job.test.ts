/**
 * Story jobs and the assembled dossier against a real PostgreSQL: runs when DATABASE_URL is set (CI sets it),
 * else skips. The jobs run here by hand, in the order a worker would run them, and out of it (twice, at once,
 * late); queue_story_results must end with one row per story, at its current generation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { toDossier, type Dossier } from '../outputs/dossier.js';
import { dossierErrors } from '../testing/schema.js';
import { storiesDue, type StoryDue } from './analyses.js';
import type { SharedStore } from './connections.js';
import { testStores } from './test-stores.js';
import { assembleQueueDossier } from './dossier.js';
import { comparable, eventOutline, pairStories } from './dossier-match.js';
import { analyseJobId, storyJobId } from './jobs.js';
import { analyseJob, regroupJob, type JobContext } from './process-job.js';
import { sourceOfArticle } from './rebuild.js';
import { storyJob } from './story-job.js';
import { storyTestSources } from './story-test-articles.js';

const pg = testStores('the story job tests');
const { skip, collections } = pg;

function context(s: SharedStore, asked: StoryDue[][] = []): JobContext {
  return {
    store: s.store,
    db: s.db,
    workerId: `test:${s === pg.shared ? 1 : 2}`,
    engineVersion: 'test',
    async requestRegroup() {},
    async requestStories(_collection, stories) {
      asked.push([...stories]);
    },
  };
}

/** A collection of the written articles, each analysed and the whole grouped, as workers leave it. */
async function analysedCollection(count = storyTestSources().length) {
  const c = await pg.shared.store.createCollection(`story-test-${Date.now()}-${Math.random()}`);
  collections.push(c.id);
  const sources = storyTestSources().slice(0, count);
  const added = await pg.shared.store.addArticles(c.id, sources.map((s) => ({ origin: s.origin, format: s.format, text: s.text, declared: s.declared })));
  for (const a of added.added) await analyseJob(context(pg.shared), analyseJobId(c.id, a.contentHash), { collection: c.id, article: a.id, contentHash: a.contentHash });
  const asked: StoryDue[][] = [];
  await regroupJob(context(pg.shared, asked), { collection: c.id });
  return { collection: c.id, due: asked.flat() };
}

async function resultRows(collection: string) {
  return pg.shared.db.query<{ story_key: string; generation: number; deliveries: number; updated_generation: number }>(
    `SELECT r.story_key, r.generation, r.deliveries, s.updated_generation FROM queue_story_results r
     JOIN queue_stories s USING (collection_id, story_key) WHERE r.collection_id = $1 ORDER BY r.story_key`,
    [collection],
  );
}

const run = (s: SharedStore, collection: string, d: StoryDue) => storyJob(context(s), storyJobId(collection, d.key, d.generation), { collection, story: d.key, generation: d.generation });

test('a regroup asks for each story it changed; delivered twice, or to two workers at once, a story job leaves one row', { skip }, async () => {
  const { collection, due } = await analysedCollection();
  assert.equal(due.length, 3, JSON.stringify(due));
  const [first, ...rest] = due;
  const once = await run(pg.shared, collection, first!);
  assert.deepEqual([once.written, once.deliveries, once.rebuilt], [true, 1, { stored: once.documents, reanalysed: 0 }]);
  assert.equal((await run(pg.shared, collection, first!)).deliveries, 2);
  await Promise.all(rest.flatMap((d) => [run(pg.shared, collection, d), run(pg.other, collection, d)]));
  const rows = await resultRows(collection);
  assert.deepEqual(rows.map((r) => r.story_key).sort(), due.map((d) => d.key).sort());
  assert.ok(rows.every((r) => r.generation === r.updated_generation));
  assert.deepEqual(rows.map((r) => r.deliveries).sort(), [2, 2, 2]);
  assert.deepEqual(await storiesDue(pg.shared.db, collection), [], 'nothing is left to analyse');
  // a regroup finding the stories current asks for nothing
  const asked: StoryDue[][] = [];
  await regroupJob(context(pg.shared, asked), { collection });
  assert.deepEqual(asked, []);
});

test('a story job whose story has changed since, or is gone, writes nothing', { skip }, async () => {
  const all = storyTestSources();
  // the strike story without its third report; the report then joins it
  const { collection, due } = await analysedCollection(5);
  for (const d of due) await run(pg.shared, collection, d);
  const before = await resultRows(collection);
  const late = all[5]!;
  const added = await pg.shared.store.addArticles(collection, [{ origin: late.origin, format: late.format, text: late.text, declared: late.declared }]);
  const a = added.added[0]!;
  await analyseJob(context(pg.shared), analyseJobId(collection, a.contentHash), { collection, article: a.id, contentHash: a.contentHash });
  const asked: StoryDue[][] = [];
  await regroupJob(context(pg.shared, asked), { collection });
  const grown = asked.flat();
  assert.equal(grown.length, 1, 'only the story the report joined changed');
  const old = due.find((d) => d.key === grown[0]!.key)!;
  assert.ok(grown[0]!.generation > old.generation);
  // the old job, late: its story is at a newer generation, so it leaves the old row as it was
  assert.equal((await run(pg.shared, collection, old)).written, false);
  assert.deepEqual(await resultRows(collection), before.map((r) => (r.story_key === old.key ? { ...r, updated_generation: grown[0]!.generation } : r)));
  const now = await run(pg.shared, collection, grown[0]!);
  assert.deepEqual([now.written, now.deliveries], [true, 1]);
  // and late again after the new result: still nothing
  assert.equal((await run(pg.shared, collection, old)).written, false);
  const rows = await resultRows(collection);
  assert.equal(rows.find((r) => r.story_key === old.key)?.generation, grown[0]!.generation);
  assert.ok(rows.every((r) => r.generation === r.updated_generation && r.deliveries === 1));
  // a story dissolved by a regroup takes its result with it, and its job finds nothing to do
  await pg.shared.db.query('DELETE FROM queue_stories WHERE collection_id = $1 AND story_key = $2', [collection, old.key]);
  assert.equal((await resultRows(collection)).length, rows.length - 1);
  assert.equal((await run(pg.shared, collection, grown[0]!)).written, false);
});

test('the dossier assembled from the stored results is the one analyze() makes of the same articles', { skip }, async () => {
  const { collection, due } = await analysedCollection();
  for (const d of due) await run(pg.shared, collection, d);
  const assembled = await assembleQueueDossier(pg.shared.store, pg.shared.db, collection, { version: 'test' });
  assert.ok(assembled);
  assert.deepEqual(assembled.pending, { articles: 0, grouping: false, stories: [] });
  const got = assembled.dossier;
  assert.deepEqual(dossierErrors(got), []);

  const sources = (await pg.shared.store.articleTexts(collection)).map(sourceOfArticle);
  const want: Dossier = toDossier(analyze(sources), 'test');
  const pairs = pairStories(got, want);
  assert.equal(got.stories.length, want.stories.length);
  // in the core's order too (largest story first), under the stories' stable keys
  assert.deepEqual(got.stories.map((s) => s.documents), want.stories.map((s) => s.documents));
  assert.ok(got.stories.every((s) => /^S\d+$/.test(s.id)));
  for (const [g, w] of pairs) {
    assert.ok(g, `no story holds ${w.documents.join(', ')}`);
    assert.deepEqual(g.events.map(eventOutline), w.events.map(eventOutline), `events of ${g.id}`);
  }
  // the test means something: events across outlets, and an undated report re-dated by its story
  assert.ok(want.stories.some((s) => s.events.some((e) => eventOutline(e).docs.length === 3)));
  const inferred = got.documents.filter((d) => d.evidence.published?.by.startsWith('inferred'));
  assert.equal(inferred.length, 1);
  // and beyond the outlines: every document, entity, time, quote and story result, entity ids included
  assert.deepEqual(comparable(got), comparable(want));
});
