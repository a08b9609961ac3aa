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

test('however compactly a text is stored, every range maps as its units say', () => {
  const html = 'أ &amp; ب\nسطر ثان هنا';
  const plain = OffsetText.slice(html, 10, html.length);
  const body = OffsetText.builder().addView(plain, 0, 3).insert('\n').addSlice(html, 0, 2).build();
  const mixed = OffsetText.builder().addSlice(html, 0, 2).addReplacement('&', 2, 7).insert('\n').addView(plain).build();
  // the units' source ranges, written out: [from, to) of each
  const unitsOf = (t: OffsetText) => Array.from({ length: t.length }, (_, i) => [t.unitStart(i), t.unitEnd(i)]);
  assert.deepEqual(unitsOf(plain).slice(0, 3), [[10, 11], [11, 12], [12, 13]]);
  assert.deepEqual(unitsOf(body), [[10, 11], [11, 12], [12, 13], [13, 13], [0, 1], [1, 2]]);
  assert.deepEqual(unitsOf(mixed).slice(0, 4), [[0, 1], [1, 2], [2, 7], [7, 7]]);
  for (const t of [plain, body, mixed, body.sub(2, 5), mixed.sub(1, 6), plain.sub(3, 8)]) {
    const units = unitsOf(t);
    for (let s = 0; s <= t.length; s++) {
      for (let e = s; e <= t.length; e++) {
        // skip inserted units at either edge, as toSource promises
        let a = s;
        let b = e;
        while (a < b && units[a]![0] === units[a]![1]) a++;
        while (b > a && units[b - 1]![0] === units[b - 1]![1]) b--;
        const at = s < t.length ? units[s]![0]! : t.length ? units[t.length - 1]![1]! : 0;
        const want = a === b ? [at, at] : [units[a]![0], units[b - 1]![1]];
        assert.deepEqual(t.toSource(s, e), want);
        assert.equal(t.sourceStart(s, e), want[0]);
        assert.equal(t.sourceEnd(s, e), want[1]);
      }
    }
  }
  assert.equal(body.sourceAt(body.length), 2);
  assert.equal(plain.fromSource(12), 2);
});
