/**
 * Search over a collection the workers analyse: each analysed article is indexed by its worker, once however
 * often its job is delivered, and the workspace's search finds it without analysing the collection itself.
 * Needs DATABASE_URL (a PostgreSQL server); skips without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { Workspace } from '../storage/workspace.js';
import { analyseJobId } from './jobs.js';
import { analyseJob, type JobContext } from './process-job.js';
import type { SharedStore } from './connections.js';
import { queueFedCollections } from './queue-fed.js';
import { testStores } from './test-stores.js';

const pg = testStores('the queue search tests');
const { skip, collections } = pg;

function context(s: SharedStore): JobContext {
  return { store: s.store, db: s.db, workerId: 'test:1', engineVersion: 'search-test', async requestRegroup() {}, async requestStories() {} };
}

const BRIDGE = 'افتتاح جسر جديد فوق النهر\nافتتحت وزارة الأشغال العامة صباح الخميس جسراً جديداً يربط ضفتي النهر، وقال الوزير إن الجسر سيختصر الطريق إلى المستشفيات والمدارس.\n';
const HARVEST = 'موسم قمح وفير في السهول الشمالية\nتوقع مزارعون في السهول الشمالية موسماً وفيراً من القمح بعد أمطار غزيرة، وقالت نقابة المزارعين إن الإنتاج قد يتجاوز حاجة السوق المحلية.\n';

test('a worker indexes the article it analyses, once however often the job is delivered, and search finds it without an analysis', { skip }, async () => {
  const store = pg.shared.store;
  const c = await store.createCollection(`queue-search-${process.pid}-${Date.now()}`);
  collections.push(c.id);
  const { added } = await store.addArticles(c.id, [
    { origin: 'bridge.txt', format: 'text', text: BRIDGE, declared: { outlet: 'صحيفة النهار' } },
    { origin: 'harvest.txt', format: 'text', text: HARVEST, declared: {} },
  ]);
  const [bridge, harvest] = added.map((a) => ({ id: analyseJobId(c.id, a.contentHash), data: { collection: c.id, article: a.id, contentHash: a.contentHash } }));
  let analysed = 0;
  const workspace = new Workspace(store, {
    version: 'search-test',
    queueFed: queueFedCollections(store, pg.shared.db, { version: 'search-test' }),
    analyse: (sources) => {
      analysed++;
      return analyze(sources);
    },
  });

  await analyseJob(context(pg.shared), bridge!.id, bridge!.data);
  const first = await workspace.search('الجسر', { collection: c.id });
  assert.deepEqual(first.map((h) => h.article), [bridge!.data.article]);
  assert.equal(first[0]!.title, 'افتتاح جسر جديد فوق النهر');
  assert.equal(first[0]!.outlet, 'صحيفة النهار');
  assert.deepEqual(first[0]!.spans.map(([s, e]) => BRIDGE.slice(s, e)), ['جسر', 'جسراً', 'الجسر']);
  assert.equal(first[0]!.snippet?.match, 'جسر', 'the snippet marks the first hit');
  assert.deepEqual(await workspace.search('القمح', { collection: c.id }), [], 'an article not analysed yet is not found');

  // a retry, and two workers holding one job at once: the same hits as one delivery
  await analyseJob(context(pg.shared), bridge!.id, bridge!.data);
  await Promise.all([analyseJob(context(pg.shared), harvest!.id, harvest!.data), analyseJob(context(pg.other), harvest!.id, harvest!.data)]);
  assert.deepEqual(await workspace.search('الجسر', { collection: c.id }), first);
  const wheat = await workspace.search('قمح المزارعين', { collection: c.id });
  assert.deepEqual(wheat.map((h) => h.article), [harvest!.data.article]);
  assert.deepEqual(wheat[0]!.spans.map(([s, e]) => HARVEST.slice(s, e)), ['قمح', 'مزارعون', 'القمح', 'المزارعين']);
  const terms = await pg.shared.db.query<{ n: number }>('SELECT count(*)::int AS n FROM search_terms WHERE collection_id = $1 AND article_id = $2 AND term = $3', [c.id, harvest!.data.article, 'قمح']);
  assert.equal(terms[0]!.n, 1, 'one row per term, not one per delivery');
  for (const a of await store.articles(c.id)) assert.equal(a.indexedVersion, 'search-test');

  assert.equal(analysed, 0, 'the workspace analysed a queue-fed collection to search it');
  assert.equal(await store.dossier(c.id), null, 'no dossier of its own was stored for it');
});
