/**
 * Fuzz: segmentation on hostile news text. Tokens and sentences lie inside the text, in order, without overlap;
 * a sentence never begins or ends on white space; the clitic split of every normalised word gives back the word;
 * and through cleaning and the segment stage every token and sentence points at its own source units.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cliticAnalyses, splitClitics } from '../language/clitics.js';
import { normalize } from '../language/normalize.js';
import { splitSentences } from '../language/sentences.js';
import { tokenize } from '../language/tokenize.js';
import { clean } from '../stages/clean/index.js';
import { metadata } from '../stages/metadata/index.js';
import { segment } from '../stages/segment/index.js';
import { arabicArticle, arabicNewsText, fuzzOptions } from './arabic-news.js';
import { assertRange, assertSlice, textSource } from './checks.js';

test('tokens and sentences of any text lie inside it, in order, without overlap', () => {
  fc.assert(
    fc.property(arabicNewsText(80), (s) => {
      let last = 0;
      for (const t of tokenize(s)) {
        assertRange(t.start, t.end, s.length, 'token');
        assert.ok(t.start >= last && t.end > t.start, `token [${t.start}, ${t.end}) overlaps or is empty`);
        assert.ok(['word', 'latin', 'number', 'punct', 'symbol'].includes(t.kind), `token kind ${t.kind}`);
        last = t.end;
      }
      last = 0;
      for (const [a, b] of splitSentences(s)) {
        assertRange(a, b, s.length, 'sentence');
        assert.ok(a >= last && b > a, `sentence [${a}, ${b}) overlaps or is empty`);
        assert.equal(s.slice(a, b).trim(), s.slice(a, b), 'a sentence begins or ends on white space');
        last = b;
      }
    }),
    fuzzOptions(20_001),
  );
});

test('every clitic reading of a word gives the word back, its safe reading first', () => {
  fc.assert(
    fc.property(arabicNewsText(6), (s) => {
      for (const t of tokenize(s)) {
        if (t.kind !== 'word') continue;
        const word = normalize(s.slice(t.start, t.end));
        // prefixes are morphemes (لل is ل + ال with the article's alef dropped), so the word is given back by
        // the units they take, not by their spelling
        const all = cliticAnalyses(word);
        assert.deepEqual(all[0], splitClitics(word));
        for (const r of all) {
          const what = `reading ${JSON.stringify(r)} of ${word}`;
          assert.ok(r.prefixLength >= 0 && r.prefixLength <= word.length, what);
          assert.equal(word.slice(r.prefixLength), r.stem, what);
          assert.equal(r.prefixes.length === 0, r.prefixLength === 0, what);
        }
      }
    }),
    fuzzOptions(20_002),
  );
});

test('through cleaning and the segment stage, tokens and sentences point at their own source units', () => {
  fc.assert(
    fc.property(arabicArticle, (text) => {
      const source = textSource(text);
      for (const doc of clean.run(source).docs) {
        Object.assign(doc, metadata.run(doc).set);
        Object.assign(doc, segment.run(doc).set);
        const body = doc.body.text;
        let last = 0;
        for (const t of doc.tokens) {
          assertSlice(text, t, `token ${JSON.stringify(t.text)}`);
          assertRange(t.bodyStart, t.bodyEnd, body.length, 'token body range');
          assert.equal(body.slice(t.bodyStart, t.bodyEnd), t.text);
          assert.ok(t.bodyStart >= last, 'tokens out of order');
          last = t.bodyEnd;
          assert.ok(t.stemStart >= t.bodyStart && t.stemStart <= t.bodyEnd, `stem of ${t.text} starts outside it`);
          assert.ok(t.norm.endsWith(t.stem), `stem ${t.stem} of ${t.norm}`);
        }
        for (const s of doc.sentences) {
          assertRange(s.start, s.end, text.length, 'sentence');
          assertRange(s.bodyStart, s.bodyEnd, body.length, 'sentence body range');
        }
      }
    }),
    fuzzOptions(20_003),
  );
});
