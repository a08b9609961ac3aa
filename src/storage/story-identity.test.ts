import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyStories } from './story-identity.js';
import type { StoryRecord } from './store.js';

const stored = (key: string, documents: string[], createdRevision = 1): StoryRecord => ({ key, dossierId: 'x', title: null, documents, createdRevision, updatedRevision: createdRevision });

test('a story that grew keeps its key even when the core renumbers it', () => {
  const prev = [stored('S1', ['a1', 'a2']), stored('S2', ['a3'])];
  const out = keyStories(prev, [
    { dossierId: 'story-1', title: 't', documents: ['a3', 'a4', 'a5'] },
    { dossierId: 'story-2', title: null, documents: ['a1', 'a2'] },
  ], 3, 3);
  assert.deepEqual(out.stories.map((s) => [s.key, s.dossierId, s.updatedRevision]), [['S2', 'story-1', 3], ['S1', 'story-2', 1]]);
  assert.equal(out.nextNumber, 3, 'no key handed out');
});

test('a split story keeps its key on the larger part; the rest gets a new key', () => {
  const out = keyStories([stored('S1', ['a1', 'a2', 'a3'])], [
    { dossierId: 'story-1', title: null, documents: ['a1'] },
    { dossierId: 'story-2', title: null, documents: ['a2', 'a3'] },
  ], 2, 2);
  assert.deepEqual(out.stories.map((s) => [s.key, s.documents.join()]), [['S2', 'a1'], ['S1', 'a2,a3']]);
  assert.equal(out.stories[0]!.createdRevision, 2);
  assert.equal(out.nextNumber, 3);
});

test('two stories merged keep the older key', () => {
  const out = keyStories([stored('S1', ['a1'], 1), stored('S2', ['a2'], 2)], [{ dossierId: 'story-1', title: null, documents: ['a1', 'a2'] }], 3, 3);
  assert.deepEqual(out.stories.map((s) => s.key), ['S1']);
});
