import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceFeatures } from './features.js';
import { gazetteerHits, matchKeys } from './gazetteer.js';
import { normalize } from '../language/normalize.js';

const SENTENCE = ['وصل', 'الرئيس', 'سمير', 'الحلواني', 'إلى', 'بالقاهرة', 'قادما', 'من', 'الأمم', 'المتحدة', '.'];

test('features are deterministic: the same tokens give the same features in the same order', () => {
  const a = sentenceFeatures(SENTENCE);
  sentenceFeatures(['كلمات', 'أخرى', 'بينهما']);
  const b = sentenceFeatures([...SENTENCE]);
  assert.deepEqual(a, b);
  assert.equal(a.length, SENTENCE.length);
  for (const fs of a) assert.ok(fs.every((f) => typeof f === 'string' && f.length > 0));
});

test('a token sees its clitic-stripped form, its neighbours and its gazetteer hits', () => {
  const fs = sentenceFeatures(SENTENCE);
  const cairo = fs[5]!;
  assert.ok(cairo.includes('w=' + normalize('بالقاهرة')));
  assert.ok(cairo.includes('s=' + normalize('قاهرة')));
  assert.ok(cairo.includes('g=city:B'));
  assert.ok(cairo.includes('w-1=' + normalize('إلى')));
  assert.ok(fs[2]!.includes('g-1=tPERS:B'), 'the title before the name');
});

test('gazetteer phrases match across tokens, with clitics on the first', () => {
  const norms = ['وللأمم', 'المتحدة', 'في', 'نيويورك'].map(normalize);
  const hits = gazetteerHits(norms, norms.map(matchKeys));
  assert.ok(hits[0]!.includes('org:B'));
  assert.ok(hits[1]!.includes('org:I'));
  assert.deepEqual(hits[2], []);
  assert.ok(hits[3]!.includes('city:B'));
});

test('a phrase hidden from the gazetteer (training) gives no hit, the others still do', async () => {
  const { hiddenShare } = await import('./gazetteer.js');
  const tokens = ['زار', 'جورج', 'القاهرة', 'أمس'];
  const all = sentenceFeatures(tokens);
  assert.ok(all[1]!.includes('g=given:B'));
  assert.ok(all[2]!.some((f) => f.startsWith('g=city')));
  const noGiven = sentenceFeatures(tokens, (p) => p === 'جورج');
  assert.ok(!noGiven[1]!.includes('g=given:B'));
  assert.ok(noGiven[2]!.some((f) => f.startsWith('g=city')));
  // the shares of hiddenShare cut the phrases apart: each phrase is in exactly one of them
  const shares = [0, 1, 2, 3].map((s) => hiddenShare(s, 4));
  for (const p of ['جورج', 'القاهره', 'بلنسيه', 'الامم المتحده']) assert.equal(shares.filter((h) => h(p)).length, 1);
});

test('gazetteer dropout is reproducible: the same seed and sentence hide the same phrases', async () => {
  const { droppedInSentence } = await import('./gazetteer.js');
  const phrases = Array.from({ length: 4000 }, (_, i) => `اسم${i} عائلة${i % 97}`);
  const hiddenSet = (p: number, seed: number, sentence: number) => {
    const h = droppedInSentence(p, seed, sentence);
    return phrases.filter((x) => h(x));
  };
  assert.deepEqual(hiddenSet(0.5, 11, 3), hiddenSet(0.5, 11, 3));
  assert.notDeepEqual(hiddenSet(0.5, 11, 3), hiddenSet(0.5, 11, 4), 'another sentence hides other phrases');
  assert.notDeepEqual(hiddenSet(0.5, 11, 3), hiddenSet(0.5, 12, 3), 'another seed hides other phrases');
  assert.deepEqual(hiddenSet(0, 11, 3), []);
  for (const p of [0.3, 0.7]) {
    const share = hiddenSet(p, 5, 9).length / phrases.length;
    assert.ok(Math.abs(share - p) < 0.03, `about ${p} of the phrases hidden, got ${share}`);
  }
  // across sentences, one phrase is hidden in about a share p of them: it is seen both with and without its hit
  const h = Array.from({ length: 2000 }, (_, s) => droppedInSentence(0.3, 5, s)('القاهره'));
  const share = h.filter(Boolean).length / h.length;
  assert.ok(Math.abs(share - 0.3) < 0.04, `one phrase hidden in about 0.3 of the sentences, got ${share}`);
});

test('a phrase the dropout hides in a sentence gives no list hit there, and the full lists are untouched', async () => {
  const { droppedInSentence } = await import('./gazetteer.js');
  const tokens = ['زار', 'جورج', 'القاهرة', 'أمس'];
  // find a sentence number whose draw hides the city but not the given name
  let s = 0;
  while (!(droppedInSentence(0.5, 1, s)('القاهره') && !droppedInSentence(0.5, 1, s)('جورج'))) s++;
  const dropped = sentenceFeatures(tokens, droppedInSentence(0.5, 1, s));
  assert.ok(!dropped[2]!.some((f) => f.startsWith('g=city')));
  assert.ok(dropped[1]!.includes('g=given:B'));
  assert.ok(sentenceFeatures(tokens)[2]!.some((f) => f.startsWith('g=city')));
});
