import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash } from '../storage/content-hash.js';
import { generatedArticles } from './generated-articles.js';

test('a thousand generated articles have a thousand different texts, names and hashes', () => {
  const articles = generatedArticles(1000);
  assert.equal(articles.length, 1000);
  assert.equal(new Set(articles.map((a) => contentHash(a.text))).size, 1000);
  assert.equal(new Set(articles.map((a) => a.name)).size, 1000);
});

test('generated articles are Arabic, headline first, and the same count gives the same articles', () => {
  const a = generatedArticles(12);
  assert.deepEqual(a, generatedArticles(12));
  for (const x of a) {
    assert.match(x.text, /^[^\n]*[\u0621-\u064a][^\n]*\n\n/);
    assert.ok(x.text.split('\n\n').length >= 4, x.name);
  }
  assert.equal(new Set(a.map((x) => x.kind)).size, 6);
});
