import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../model/document.js';
import { RecentDocs } from './recent-docs.js';

const doc = (id: string) => ({ id }) as unknown as Doc;

test('keeps the facts of recent documents and lets go of older ones once full', () => {
  const cache = new RecentDocs<string>(2);
  const [a, b, c] = [doc('a'), doc('b'), doc('c')];
  cache.set(a, 'A');
  cache.set(b, 'B');
  cache.set(a, 'A2'); // an update of a kept document does not count as one more
  assert.equal(cache.get(a), 'A2');
  assert.equal(cache.get(b), 'B');
  cache.set(c, 'C');
  assert.equal(cache.get(c), 'C');
  assert.equal(cache.get(a), undefined, 'what was dropped is worked out again by the caller');
});
