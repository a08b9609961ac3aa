import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture } from '../../testing/fixtures.js';
import { decodeBytes } from '../charset/index.js';
import { analyze } from '../../analyze.js';
import { extractHtml } from './index.js';

const html = decodeBytes(readFixture('html/article-utf8.html'), { html: true }).text;

test('what the extraction leaves out between the headline and the last paragraph is listed, one run per box', () => {
  const { leftOut, blocks } = extractHtml(html);
  assert.deepEqual(
    leftOut.map((l) => l.text),
    ['القاهرة - قسم الثقافة الأحد 2 نوفمبر 2025', 'شارك على فيسبوك شارك على إكس أرسل عبر واتساب'],
  );
  for (const l of leftOut) {
    // the span runs from the run's first text to its last, in the html
    const words = l.text.split(' ');
    assert.ok(html.slice(l.start, l.end).startsWith(words[0]!) && html.slice(l.start, l.end).endsWith(words[words.length - 1]!));
    // and holds no character of the article
    for (const b of blocks) {
      const [s, e] = b.view.toSource(0, b.view.length);
      assert.ok(l.end <= s || e <= l.start, `${l.text} overlaps ${b.view.text}`);
    }
  }
});

test('the page around the article (menus, search box, footer) is not the article’s furniture', () => {
  const all = extractHtml(html).leftOut.map((l) => l.text).join(' ');
  for (const page of ['الرئيسية', 'مقالات الرأي', 'بحث', 'جميع الحقوق محفوظة']) assert.ok(!all.includes(page), page);
});

test('the document lists what the extraction left out with what cleaning removed, in page order', () => {
  const { docs } = analyze([{ id: 'p', origin: 'p.html', text: html, format: 'html', declared: {}, messages: [] }], undefined, []);
  const furniture = docs[0]!.furniture;
  const left = furniture.filter((f) => f.kind === 'extraction');
  assert.deepEqual(
    left.map((f) => f.text),
    ['القاهرة - قسم الثقافة الأحد 2 نوفمبر 2025', 'شارك على فيسبوك شارك على إكس أرسل عبر واتساب'],
  );
  assert.deepEqual(
    furniture.map((f) => f.start),
    [...furniture.map((f) => f.start)].sort((a, b) => a - b),
  );
  for (const f of left) assert.ok(docs[0]!.span.start <= f.start && f.end <= docs[0]!.span.end);
});
