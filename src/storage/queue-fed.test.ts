import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../analyze.js';
import type { Source } from '../model/document.js';
import { openStore } from './open.js';
import type { QueueFedCollections } from './queue-fed.js';
import type { StoryRecord } from './store.js';
import { Workspace } from './workspace.js';

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
