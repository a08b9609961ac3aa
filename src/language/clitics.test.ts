import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cliticAnalyses, splitClitics } from './clitics.js';

test('proclitics anchored by the article are split off', () => {
  assert.deepEqual(splitClitics('والولايات'), { prefixes: ['و', 'ال'], stem: 'ولايات', prefixLength: 3 });
  assert.deepEqual(splitClitics('للطرفين').prefixes, ['ل', 'ال']);
  assert.equal(splitClitics('للطرفين').stem, 'طرفين');
  assert.deepEqual(splitClitics('وبالتالي').prefixes, ['و', 'ب', 'ال']);
  assert.equal(splitClitics('فالحكومه').stem, 'حكومه');
});

test('words that merely begin like a clitic are left whole', () => {
  for (const w of ['وزير', 'بغداد', 'لبنان', 'كتائب', 'واشنطن', 'فصائل']) assert.equal(splitClitics(w).stem, w);
});

test('other readings are offered for lexicon checks, the safe one first', () => {
  const readings = cliticAnalyses('وقال').map((a) => a.stem);
  assert.deepEqual(readings, ['وقال', 'قال']);
  assert.ok(cliticAnalyses('بواشنطن').some((a) => a.stem === 'واشنطن'));
});
