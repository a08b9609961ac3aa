import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFullDate } from './stamps.js';

test('page stamps are read in their common forms', () => {
  const cases: Array<[string, string]> = [
    ['تم النشر: 2023/12/20 الساعة 11:05', '2023-12-20'],
    ['نُشر في 20 ديسمبر 2023', '2023-12-20'],
    ['٢٠/١٢/٢٠٢٣', '2023-12-20'],
    ['الأربعاء 3 كانون الثاني 2024 10:14 ص', '2024-01-03'],
    ['21 أبريل، 2024 2:56 ص', '2024-04-21'],
    ['الخميس 25 يناير/كانون الثاني 2024', '2024-01-25'],
    ['2024-07-23T10:00:00Z', '2024-07-23'],
    ['5 جويلية 2023', '2023-07-05'],
    ['12 آب (أغسطس) 2023', '2023-08-12'],
    ['11/29/2024 10:15 ص', '2024-11-29'],
    ['03/04/2024', '2024-04-03'],
  ];
  for (const [text, value] of cases) assert.equal(findFullDate(text)?.value, value, text);
});

test('the date found points at its own words', () => {
  const text = 'تاريخ النشر: ٢٠/١٢/٢٠٢٣ - 11:05';
  const d = findFullDate(text)!;
  assert.equal(text.slice(d.start, d.end), '٢٠/١٢/٢٠٢٣');
});

test('impossible dates and partial dates are not stamps', () => {
  assert.equal(findFullDate('2023/13/40'), null);
  assert.equal(findFullDate('31 فبراير 2024'), null);
  assert.equal(findFullDate('في ديسمبر 2023'), null);
});
