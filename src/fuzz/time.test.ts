/**
 * Fuzz: the time parser on hostile news text, with and without a publication date, alone on a body and through
 * cleaning: it never throws, every expression lies inside the source with its own words, and every value has one
 * of the contract's forms (ISO prefix, week, season, range a/b) or is null.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Doc, Evidence } from '../model/document.js';
import { clean } from '../stages/clean/index.js';
import { metadata } from '../stages/metadata/index.js';
import { segment } from '../stages/segment/index.js';
import { findTimes } from '../stages/time/index.js';
import { docFrom } from '../stages/time/test-doc.js';
import { arabicArticle, arabicNewsText, fuzzOptions, fuzzRuns, timePhrases } from './arabic-news.js';
import { assertRange, assertSlice, assertTimeValue, textSource } from './checks.js';

const KINDS = ['date', 'time', 'range', 'duration', 'set'];
const ANCHORS = ['published', 'inferred-anchor', 'explicit', 'none'];

const published: fc.Arbitrary<Evidence<string> | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2024-07-23', '2024-02-29', '2023-12-31', '2025-01-01', '2024-07', '2024').map((value) => ({ value, span: null, by: 'declared' })),
  fc.constantFrom('2024-03-10').map((value) => ({ value, span: null, by: 'inferred:events' })),
);

let found = 0;

function check(doc: Readonly<Doc>, anchor: Evidence<string> | null): void {
  const text = doc.source.text;
  const result = findTimes(doc, anchor);
  found += result.times.filter((t) => t.value !== null).length;
  for (const t of result.times) {
    const what = `time ${JSON.stringify(t)}`;
    assertSlice(text, t, what);
    assertRange(t.bodyStart, t.bodyEnd, doc.body.length, what);
    assert.ok(KINDS.includes(t.kind), what);
    assert.ok(ANCHORS.includes(t.anchor), what);
    assertTimeValue(t.value, what);
  }
  for (const m of result.messages) assert.equal(typeof m.code, 'string');
}

test('findTimes on any body: no throw, exact spans, contract values', () => {
  fc.assert(
    fc.property(arabicNewsText(60), published, (text, anchor) => {
      // docFrom splits on \n only: a body holding \r is what a stage meets when cleaning kept it
      check(docFrom(text, anchor?.value ?? null), anchor);
    }),
    fuzzOptions(30_001),
  );
  // the generator must reach the parsers and resolution, not only texts without a time in them
  assert.ok(found >= fuzzRuns() / 10, `only ${found} valued time expressions were found in the generated texts`);
});

test('findTimes through cleaning and segmentation: spans point into the decoded source', () => {
  fc.assert(
    fc.property(arabicArticle, published, (text, anchor) => {
      for (const doc of clean.run(textSource(text)).docs) {
        Object.assign(doc, metadata.run(doc).set);
        Object.assign(doc, segment.run(doc).set);
        check(doc, anchor ?? doc.published);
      }
    }),
    fuzzOptions(30_002),
  );
});

test('findTimes on dense time phrases (ranges, weekdays, clocks, Hijri dates side by side): same guarantees', () => {
  fc.assert(
    fc.property(timePhrases, published, (text, anchor) => check(docFrom(text, anchor?.value ?? null), anchor)),
    fuzzOptions(30_003),
  );
});
