import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HIJRI_MONTHS, MONTHS, WEEKDAYS } from './months.js';
import { normalize } from './normalize.js';

test('month names of the three systems, with their spelling variants, name the same month', () => {
  const cases: Array<[string, number]> = [
    ['يناير', 1], ['كانون الثاني', 1], ['كانون ثاني', 1], ['جانفي', 1], ['شباط', 2], ['فيفري', 2], ['آذار', 3],
    ['إبريل', 4], ['أفريل', 4], ['أيار', 5], ['ماي', 5], ['يونيه', 6], ['جوان', 6], ['يوليه', 7], ['جويلية', 7],
    ['يوليوز', 7], ['اغسطس', 8], ['آب', 8], ['أوت', 8], ['غشت', 8], ['أيلول', 9], ['شتنبر', 9], ['تشرين أول', 10],
    ['تشرين الثاني', 11], ['نونبر', 11], ['كانون الأول', 12], ['دجنبر', 12],
  ];
  for (const [name, n] of cases) assert.equal(MONTHS.get(normalize(name)), n, name);
});

test('Hijri months and weekdays are keyed by their normalised forms', () => {
  assert.equal(HIJRI_MONTHS.get(normalize('رمضان')), 9);
  assert.equal(HIJRI_MONTHS.get(normalize('ذي الحجة')), 12);
  assert.equal(HIJRI_MONTHS.get(normalize('جمادى الآخرة')), 6);
  assert.equal(WEEKDAYS.get(normalize('الأربعاء')), 3);
  assert.equal(WEEKDAYS.get(normalize('الإثنين')), 1);
});
