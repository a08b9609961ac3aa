/**
 * Fuzz: the quote stage on hostile reported speech (cue verbs before and after, quotation marks of every kind,
 * closed or not, across lines): it never throws, what was said and who said it lie inside the source, and every
 * speaker that names a span carries exactly the words there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clean } from '../stages/clean/index.js';
import { metadata } from '../stages/metadata/index.js';
import { segment } from '../stages/segment/index.js';
import { findQuotes } from '../stages/quotes/index.js';
import { docFrom } from '../stages/time/test-doc.js';
import type { Doc } from '../model/document.js';
import { arabicArticle, fuzzOptions, fuzzRuns } from './arabic-news.js';
import { assertRange, textSource } from './checks.js';

let found = 0;

function check(doc: Readonly<Doc>): void {
  const text = doc.source.text;
  const quotes = findQuotes(doc);
  found += quotes.length;
  for (const q of quotes) {
    const what = `quote ${JSON.stringify(q)}`;
    assertRange(q.start, q.end, text.length, what);
    assert.ok(q.end > q.start, `${what}: says nothing`);
    if (typeof q['text'] === 'string') assert.equal(q['text'], text.slice(q.start, q.end), what);
    assert.equal(typeof q.direct, 'boolean', what);
    assert.ok(Array.isArray(q.via) && q.via.every((v) => typeof v === 'string'), what);
    assert.ok(q.cue === null || typeof q.cue === 'string', what);
    const sp = q.speaker;
    assert.ok(sp.text === null || typeof sp.text === 'string', what);
    // the speaker's text is how the article names the speaker (a surname may carry the full name given earlier,
    // brackets are dropped), so it is not a slice; its span is where the name is written, for entity linking
    if (sp.start !== undefined || sp.end !== undefined) {
      assertRange(sp.start, sp.end, text.length, `${what}: speaker`);
      assert.ok(sp.end! > sp.start!, `${what}: empty speaker span`);
    }
    const cueSpan = q['cueSpan'];
    if (cueSpan !== null && cueSpan !== undefined) {
      assert.ok(Array.isArray(cueSpan) && cueSpan.length === 2, what);
      assertRange(cueSpan[0], cueSpan[1], text.length, `${what}: cue`);
    }
  }
}

test('findQuotes on any body: no throw, what was said and who said it lie inside the text', () => {
  fc.assert(
    fc.property(arabicArticle, (text) => check(docFrom(text.replace(/\r\n?/g, '\n')))),
    fuzzOptions(40_001),
  );
  // the generator must reach the stage's rules, not only its early exits
  assert.ok(found >= fuzzRuns() / 10, `only ${found} quotes were found in the generated articles`);
});

test('findQuotes through cleaning and segmentation: spans point into the decoded source', () => {
  fc.assert(
    fc.property(arabicArticle, (text) => {
      for (const doc of clean.run(textSource(text)).docs) {
        Object.assign(doc, metadata.run(doc).set);
        Object.assign(doc, segment.run(doc).set);
        check(doc);
      }
    }),
    fuzzOptions(40_002),
  );
});
