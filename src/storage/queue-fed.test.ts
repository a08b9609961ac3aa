import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../analyze.js';
import type { Source } from '../model/document.js';
import { openStore } from './open.js';
import type { QueueFedCollections } from './queue-fed.js';
import type { StoryRecord } from './store.js';
import { Workspace } from './workspace.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runSource } from '../pipeline/run.js';
import { articleIndex } from './search-terms.js';

const article = (text: string): Source => ({ id: 'x', origin: 'x.txt', text, format: 'text', declared: {}, messages: [] });

test('the workspace serves a queue-fed collection from the workers and never analyses it itself', async () => {
  const store = await openStore({ dataDir: null });
  try {
    const fed = await store.createCollection('من العمال');
    const own = await store.createCollection('محلية');
    const story: StoryRecord = { key: 'S1', dossierId: 'S1', title: 'عنوان', documents: ['a1'], createdRevision: 1, updatedRevision: 1 };
    const queueFed: QueueFedCollections = {
      isQueueFed: async (c) => c === fed.id,
      dossier: async () => ({ revision: 1, json: '{"from":"workers"}', stories: [story] }),
      stories: async () => [story],
    };
    const analysed: number[] = [];
    const workspace = new Workspace(store, {
      queueFed,
      analyse: (sources): Analysis => {
        analysed.push(sources.length);
        return analyze(sources);
      },
    });
    const text = 'افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم الأحد.';
    await workspace.addSources(fed.id, [article(text)]);
    assert.deepEqual(await workspace.dossier(fed.id), { revision: 1, json: '{"from":"workers"}' });
    assert.deepEqual(await workspace.stories(fed.id), [story]);
    assert.deepEqual(await workspace.storedStories(fed.id), [story]);
    assert.deepEqual(analysed, [], 'the queue-fed collection was analysed in the workspace');
    // any other collection is analysed here, as before
    await workspace.addSources(own.id, [article(text)]);
    assert.equal(JSON.parse((await workspace.dossier(own.id)).json).schema, 'marsad.dossier/1');
    assert.deepEqual(analysed, [1]);
    assert.equal((await workspace.storedStories(own.id)).length, 1);
  } finally {
    await store.close();
  }
});

test('search finds what the workers indexed in a queue-fed collection without analysing it, alone or beside others', async () => {
  const store = await openStore({ dataDir: null });
  try {
    const fed = await store.createCollection('من العمال');
    const own = await store.createCollection('محلية');
    const queueFed: QueueFedCollections = {
      isQueueFed: async (c) => c === fed.id,
      dossier: async () => ({ revision: 1, json: '{}', stories: [] }),
      stories: async () => [],
    };
    const analysed: string[][] = [];
    const workspace = new Workspace(store, {
      queueFed,
      analyse: (sources): Analysis => {
        analysed.push(sources.map((s) => s.origin));
        return analyze(sources);
      },
    });
    const text = 'افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم الأحد، وقال رئيس البلدية إن الحدائق ستزيد.';
    const { added } = await store.addArticles(fed.id, [{ origin: 'park.txt', format: 'text', text, declared: {} }]);
    assert.deepEqual(await workspace.search('الحدائق', { collection: fed.id }), [], 'not indexed yet: nothing');
    // what a worker does once it has analysed the article
    const docs = runSource(defaultPipeline, { ...article(text), id: added[0]!.id, origin: 'park.txt' }).docs;
    await store.indexArticle(fed.id, articleIndex(added[0]!.id, 'worker', docs));
    const hits = await workspace.search('حديقة', { collection: fed.id });
    assert.deepEqual(hits.map((h) => [h.collection, h.article]), [[fed.id, added[0]!.id]]);
    assert.deepEqual(hits[0]!.spans.map(([s, e]) => text.slice(s, e)), ['حديقة']);
    assert.ok(hits[0]!.snippet, 'a hit has a snippet to read');
    assert.deepEqual(analysed, [], 'searching a queue-fed collection analysed it');

    // a search over every collection brings the others up to date, and still leaves the queue-fed one alone
    await store.addArticles(own.id, [{ origin: 'own.txt', format: 'text', text: 'زار رئيس البلدية حديقة الحي القديمة صباح الاثنين.', declared: {} }]);
    const all = await workspace.search('حديقة');
    assert.deepEqual(all.map((h) => h.collection).sort(), [fed.id, own.id].sort());
    assert.deepEqual(analysed, [['own.txt']]);
  } finally {
    await store.close();
  }
});

test('articles added to a queue-fed collection go to the queue when there is one, new and known alike', async () => {
  const store = await openStore({ dataDir: null });
  try {
    const fed = await store.createCollection('من العمال');
    const asked: Array<{ collection: string; articles: string[] }> = [];
    const base: QueueFedCollections = {
      isQueueFed: async (c) => c === fed.id,
      dossier: async () => ({ revision: 1, json: '{}', stories: [] }),
      stories: async () => [],
    };
    const queued = new Workspace(store, {
      queueFed: { ...base, queueArticles: async (collection, articles) => (asked.push({ collection, articles: articles.map((a) => a.id) }), articles.length) },
    });
    const first = 'أعلنت وزارة التربية موعد بدء العام الدراسي الجديد في منتصف أيلول.';
    const second = 'قررت الوزارة تمديد التسجيل في المدارس الحكومية أسبوعاً إضافياً.';
    const out = await queued.addSources(fed.id, [article(first)]);
    assert.equal(out.queued, 1);
    const again = await queued.addSources(fed.id, [article(first), { ...article(second), origin: 'y.txt' }, { ...article(second), origin: 'y2.txt' }]);
    assert.equal(again.queued, 2, 'a known article is queued again (one job still, by its id)');
    assert.deepEqual(asked, [
      { collection: fed.id, articles: ['a1'] },
      { collection: fed.id, articles: ['a2', 'a1'] },
    ]);
    // without a queue: stored only, as before
    const unqueued = new Workspace(store, { queueFed: base });
    const none = await unqueued.addSources(fed.id, [{ ...article('افتتح المحافظ مكتبة عامة في البلدة.'), origin: 'z.txt' }]);
    assert.equal(none.added.length, 1);
    assert.equal(none.queued, undefined);
    assert.equal((await store.articles(fed.id)).length, 3);
  } finally {
    await store.close();
  }
});
