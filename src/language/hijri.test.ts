import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gregorianToHijri, gregorianToJdn, hijriMonthLength, hijriToGregorian, jdnToGregorian } from './hijri.js';

test('the tabular calendar puts the first of Ramadan 1445 on 11 March 2024 and 1 Muharram 1 AH in July 622', () => {
  assert.deepEqual(hijriToGregorian(1445, 9, 1), { y: 2024, m: 3, d: 11 });
  assert.deepEqual(hijriToGregorian(1446, 9, 1), { y: 2025, m: 3, d: 1 });
  assert.deepEqual(hijriToGregorian(1445, 1, 1), { y: 2023, m: 7, d: 19 });
  // 16 July 622 Julian is 19 July 622 in the proleptic Gregorian calendar
  assert.deepEqual(hijriToGregorian(1, 1, 1), { y: 622, m: 7, d: 19 });
});

test('Hijri and Gregorian conversions are inverse over three centuries', () => {
  const start = gregorianToJdn(1900, 1, 1);
  for (let jdn = start; jdn < start + 365 * 300; jdn += 17) {
    const g = jdnToGregorian(jdn);
    const h = gregorianToHijri(g.y, g.m, g.d);
    assert.ok(h.d >= 1 && h.d <= hijriMonthLength(h.y, h.m), `${JSON.stringify(h)}`);
    assert.deepEqual(hijriToGregorian(h.y, h.m, h.d), g);
  }
});

test('months alternate 30 and 29 days, and Dhu al-Hijja has 30 in a leap year', () => {
  assert.equal(hijriMonthLength(1445, 1), 30);
  assert.equal(hijriMonthLength(1445, 2), 29);
  assert.equal(hijriMonthLength(1445, 12), 30); // 1445 is the 5th year of its cycle: a leap year
  assert.equal(hijriMonthLength(1446, 12), 29);
});
