import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetText } from './offset-text.js';

const source = 'عنوان\nشارك\nالفقرة الأولى هنا.\nالفقرة الثانية.';

test('a body assembled from source lines maps every range back to the exact source words', () => {
  const first = source.indexOf('الفقرة الأولى');
  const second = source.indexOf('الفقرة الثانية');
  const body = OffsetText.builder()
    .addSlice(source, 0, 5)
    .insert('\n')
    .addSlice(source, first, first + 'الفقرة الأولى هنا.'.length)
    .insert('\n')
    .addSlice(source, second, source.length)
    .build();
  assert.equal(body.text, 'عنوان\nالفقرة الأولى هنا.\nالفقرة الثانية.');
  for (const word of ['عنوان', 'الأولى', 'هنا.', 'الثانية']) {
    const at = body.text.indexOf(word);
    const [s, e] = body.toSource(at, at + word.length);
    assert.equal(source.slice(s, e), word);
  }
});

test('a range that starts or ends on an inserted separator covers only real source text', () => {
  const body = OffsetText.builder().addSlice(source, 0, 5).insert('\n').addSlice(source, 11, 17).build();
  const [s, e] = body.toSource(3, 8);
  assert.equal(source.slice(s, e), source.slice(3, 5) + source.slice(5, 11) + source.slice(11, 13));
  assert.deepEqual(body.toSource(5, 6), [5, 5]);
});

test('a replacement (a decoded character reference) maps to the whole reference', () => {
  const html = 'أ &amp; ب';
  const view = OffsetText.builder().addSlice(html, 0, 2).addReplacement('&', 2, 7).addSlice(html, 7, 9).build();
  assert.equal(view.text, 'أ & ب');
  const [s, e] = view.toSource(2, 3);
  assert.equal(html.slice(s, e), '&amp;');
});

test('derived views compose down to the source, and fromSource inverts sourceAt', () => {
  const base = OffsetText.slice(source, 6, source.length);
  const derived = base.derive('شرك', [0, 2, 3], [1, 3, 4]);
  assert.deepEqual(derived.toSource(0, 3), [6, 10]);
  for (let i = 0; i < base.length; i++) assert.equal(base.fromSource(base.sourceAt(i)), i);
  assert.throws(() => base.toSource(2, 1), RangeError);
});
