/**
 * Properties of the language layer on arbitrary text (fast-check): normalising, tokenising and splitting
 * sentences never throw, and every range they return maps back inside the input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize, normalizeView } from './normalize.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Text drawn from the characters that make Arabic news pages hard: letters, marks, digits, quotes, controls. */
const alphabet = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة', ...'\u064B\u064E\u0650\u0651\u0652\u0640\u0670',
  ...'٠١٢٣٤٥٦٧٨٩۰۴0123456789', ...'«»“”"\'().,،؛؟!:-–—/…', ' ', ' ', '\n', '\r', '\t', '\u00A0',
  '\u200B', '\u200C', '\u200F', '\u202B', '\u2066', '\uFEFF', ...'\uFEFB\uFE8D\uFB50', ...'abcXYZ', '😀', '\uD800',
];
const arabicish = fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }).map((cs) => cs.join(''));
const runs = { numRuns: 2000 };

test('normalizeView maps every unit inside the input, in order, and agrees with normalize', () => {
  fc.assert(
    fc.property(arabicish, (s) => {
      const v = normalizeView(s);
      assert.equal(v.text, normalize(s));
      for (let j = 0; j < v.text.length; j++) {
        assert.ok(v.from[j]! >= 0 && v.to[j]! <= s.length && v.from[j]! < v.to[j]!);
        if (j) assert.ok(v.from[j]! >= v.from[j - 1]!);
      }
    }),
    runs,
  );
});

test('tokens and sentences lie inside the text, in order, without overlap', () => {
  fc.assert(
    fc.property(arabicish, (s) => {
      let last = 0;
      for (const t of tokenize(s)) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= s.length);
        last = t.end;
      }
      last = 0;
      for (const [a, b] of splitSentences(s)) {
        assert.ok(a >= last && b > a && b <= s.length);
        assert.equal(s.slice(a, b).trim(), s.slice(a, b));
        last = b;
      }
    }),
    runs,
  );
});
