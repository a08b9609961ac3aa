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
