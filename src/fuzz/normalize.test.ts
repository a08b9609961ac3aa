/**
 * Fuzz: Arabic normalisation keeps its offset map exact on hostile news text. Every unit of the normalised text
 * points at a non-empty, in-order range of the input whose own normalisation holds that unit; the mapped view
 * agrees with the plain `normalize`; and, carried through an OffsetText, every range maps back inside the source.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldForComparison, normalize, normalizeOffsetText, normalizeView } from '../language/normalize.js';
import { OffsetText } from '../model/offset-text.js';
import { arabicNewsText, fuzzOptions } from './arabic-news.js';
import { assertRange } from './checks.js';

test('normalizeView maps every unit to its own input range, in order, and agrees with normalize', () => {
  fc.assert(
    fc.property(arabicNewsText(80), (s) => {
      const v = normalizeView(s);
      assert.equal(v.text, normalize(s));
      assert.equal(v.from.length, v.text.length);
      assert.equal(v.to.length, v.text.length);
      for (let j = 0; j < v.text.length; j++) {
        const a = v.from[j]!;
        const b = v.to[j]!;
        assertRange(a, b, s.length, `unit ${j}`);
        assert.ok(a < b, `unit ${j} covers no input`);
        if (j) assert.ok(a >= v.from[j - 1]!, `unit ${j} goes back in the input`);
        assert.ok(normalize(s.slice(a, b)).includes(v.text[j]!), `unit ${j} (${v.text[j]}) is not what its input normalises to`);
      }
      // normalising is idempotent: matching a normalised lexicon entry against normalised text is stable
      assert.equal(normalize(v.text), v.text);
      assert.equal(typeof foldForComparison(s), 'string');
    }),
    fuzzOptions(10_001),
  );
});

test('a normalised OffsetText maps any of its ranges back inside the source', () => {
  fc.assert(
    fc.property(arabicNewsText(60), fc.nat(), fc.nat(), (s, x, y) => {
      const n = normalizeOffsetText(OffsetText.slice(s));
      assert.equal(n.text, normalize(s));
      const a = n.length ? x % (n.length + 1) : 0;
      const b = n.length ? y % (n.length + 1) : 0;
      const [start, end] = n.toSource(Math.min(a, b), Math.max(a, b));
      assertRange(start, end, s.length, 'mapped range');
      // the source range normalises to at least the normalised range's text
      if (a !== b) assert.ok(normalize(s.slice(start, end)).includes(n.text.slice(Math.min(a, b), Math.max(a, b))));
    }),
    fuzzOptions(10_002),
  );
});
