/**
 * A range whose end is itself a span: a Hijri year stands for a Gregorian range of its own, and a range
 * reaching it must still have the contract's two ends (its start, then the end of that year), never three.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';
import { docFrom } from './test-doc.js';

test('a range ending on a Hijri year ends where that year ends', () => {
  const doc = docFrom('تولى الشيخ إمامة المسجد من 1/1/1950 إلى 1380 هـ ثم سافر.');
  const range = findTimes(doc).times.find((t) => t.kind === 'range');
  assert.ok(range, 'the range is found');
  assert.equal(range.text, 'من 1/1/1950 إلى 1380 هـ');
  // Hijri 1380 runs from late June 1960 to mid June 1961
  assert.equal(range.value, '1950-01-01/1961-06-14');
});

test('a range starting on a Hijri year starts where that year starts', () => {
  const doc = docFrom('بقيت القلعة مغلقة من 1380 هـ إلى 1/1/1970 بقرار من البلدية.');
  const range = findTimes(doc).times.find((t) => t.kind === 'range');
  assert.ok(range, 'the range is found');
  assert.match(range.value ?? '', /^1960-06-\d{2}\/1970-01-01$/);
});
