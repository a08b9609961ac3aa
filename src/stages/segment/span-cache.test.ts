import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanCache } from './span-cache.js';

test('a range of a text finds the value stored under the same string, and only that one', () => {
  const cache = new SpanCache<number>(4);
  cache.set('الوزير', 1);
  cache.set('وزير', 2);
  const text = 'قال الوزير إن وزيرا';
  assert.equal(cache.get(text, 4, 10), 1);
  assert.equal(cache.get(text, 14, 18), 2);
  // a longer or shorter range over the same letters is another key
  assert.equal(cache.get(text, 14, 19), undefined);
  assert.equal(cache.get(text, 5, 10), undefined);
});

test('a full cache empties itself and goes on storing', () => {
  const cache = new SpanCache<number>(3); // 8 slots, emptied at 4 keys
  const words = ['أمس', 'اليوم', 'غدا', 'قال', 'أكد', 'نفى'];
  words.forEach((w, i) => cache.set(w, i));
  const text = words.join(' ');
  // the last keys stored after the reset are found; what the reset dropped is gone, never wrong
  let at = 0;
  words.forEach((w, i) => {
    const got = cache.get(text, at, at + w.length);
    assert.ok(got === undefined || got === i);
    at += w.length + 1;
  });
  assert.equal(cache.get(text, text.length - 3, text.length), 5);
});
