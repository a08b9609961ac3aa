/**
 * Property: whatever the text (time words in any order, digits of three scripts, marks, tatweel, invisible
 * controls, broken surrogates, stray punctuation, several lines), the stage never throws, every span lies
 * inside the source with `source.slice(start, end) === text`, and every value has the contract's shape.
 * The inputs come from a small seeded generator, so a failure is reproducible from its seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source } from '../../model/document.js';
import { clean } from '../clean/index.js';
import { metadata } from '../metadata/index.js';
import { segment } from '../segment/index.js';
import { time } from './index.js';
import { docFrom } from './test-doc.js';
import type { TimeExpr } from './types.js';
// the repository's one seeded generator (mulberry32), so a seed means the same inputs wherever it is quoted
import { seededRandom as random } from '../../ner/perceptron.js';

const PIECES = [
  'أمس', 'اليوم', 'غداً', 'الاثنين', 'يوم', 'يومي', 'و', 'من', 'إلى', 'بين', 'شهر', 'شهري', 'عام', 'لعام', 'العام',
  'الماضي', 'المقبل', 'الجاري', 'هذا', 'قبل', 'منذ', 'بعد', 'أشهر', 'سنوات', 'أيام', 'عامين', 'الأسبوع', 'الشهر',
  'يناير', 'فبراير', '(شباط)', 'كانون الثاني', 'آب/أغسطس', 'تموز', 'جويلية', 'أوت', 'مارس', 'رمضان', 'ذي الحجة',
  'هـ', 'ه', 'م', 'الساعة', 'بتوقيت', 'غرينتش', 'صباحاً', 'مساء', 'ص', 'الحادي عشر', 'الخامس والعشرين', 'الأول',
  'الصيف', 'شتاء', 'كل', 'سنوياً', 'على مدى', 'الستة', 'خلال', 'نهاية', 'أواخر', 'مطلع', 'سيعقد', 'اجتماع', 'قال',
  '2024', '1445', '22', '23', '٢٥', '۱۲', '15:41', '2:56', '2024/01/25', '25/1/2024', '٢٠٢٤/٠١/٢٥', '3-1', '12.5',
  '،', ',', '.', '؛', ':', '-', '/', '(', ')', '«', '»', '"', '\n', '\n\n', ' ', '  ', '\u064E', '\u0651', '\u0640',
  '\u200F', '\u200C', '\uFEFF', '\u00A0', '\uD83D', '\uDE00', 'abc', 'Jan', '١', '۵', 'ًٌ',
];

function garbled(next: () => number): string {
  const n = 1 + Math.floor(next() * 60);
  let out = '';
  for (let i = 0; i < n; i++) {
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    const glue = next() < 0.7 ? ' ' : next() < 0.5 ? '' : '\n';
    out += piece + glue;
  }
  return out;
}

const VALUE = /^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{4}-(SP|SU|FA|WI))(\/(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{4}-(SP|SU|FA|WI)))?$/;

function check(times: TimeExpr[], source: string, bodyLength: number, seed: number): void {
  for (const t of times) {
    const where = `seed ${seed}: ${JSON.stringify(t)}`;
    assert.ok(Number.isInteger(t.start) && Number.isInteger(t.end) && 0 <= t.start && t.start <= t.end && t.end <= source.length, where);
    assert.ok(0 <= t.bodyStart && t.bodyStart <= t.bodyEnd && t.bodyEnd <= bodyLength, where);
    assert.equal(source.slice(t.start, t.end), t.text, where);
    assert.ok(t.value === null || VALUE.test(t.value), where);
  }
}

test('on garbled text the stage never throws and every span points at its own words', () => {
  for (let seed = 1; seed <= 400; seed++) {
    const next = random(seed);
    const text = garbled(next);
    const published = next() < 0.5 ? '2024-07-23' : null;
    const doc = docFrom(text, published);
    const result = time.run(doc);
    check(result.layers!.times as TimeExpr[], text, doc.body.length, seed);
  }
});

test('through cleaning, metadata and segmentation, spans still point into the decoded source', () => {
  for (let seed = 1000; seed < 1150; seed++) {
    const next = random(seed);
    const text = `عنوان الخبر ${garbled(next)}\n\n${garbled(next)}\n${garbled(next)}`;
    const source: Source = { id: 'p', origin: 'p.txt', text, format: 'text', declared: {}, messages: [] };
    for (const doc of clean.run(source).docs) {
      Object.assign(doc, metadata.run(doc).set);
      Object.assign(doc, segment.run(doc).set);
      const result = time.run(doc);
      check(result.layers!.times as TimeExpr[], text, doc.body.length, seed);
    }
  }
});
