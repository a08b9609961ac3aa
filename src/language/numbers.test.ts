import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOf, ORDINAL_DAYS } from './numbers.js';
import { normalize } from './normalize.js';

test('ordinal days are read in every spelling, from the first to the thirty-first', () => {
  const cases: Array<[string, number]> = [
    ['الأول', 1], ['الثاني', 2], ['العاشر', 10], ['الحادي عشر', 11], ['الثاني عشر', 12], ['التاسع عشر', 19],
    ['العشرين', 20], ['الحادي والعشرين', 21], ['الواحد والعشرين', 21], ['الخامس والعشرين', 25], ['الثلاثين', 30],
    ['الحادي والثلاثين', 31],
  ];
  for (const [word, n] of cases) assert.equal(ORDINAL_DAYS.get(normalize(word)), n, word);
});

test('counts are read from digits and from words, whatever the spelling', () => {
  assert.equal(countOf('15'), 15);
  assert.equal(countOf('ثلاثة'), 3);
  assert.equal(countOf('ثلاثه'), 3);
  assert.equal(countOf('أربع'), 4);
  assert.equal(countOf('اثني عشر'), 12);
  assert.equal(countOf('كثير'), null);
});
