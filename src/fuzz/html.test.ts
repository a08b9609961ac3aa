/**
 * Fuzz (extra target): generated articles as HTML pages — headline in `<title>` and `<h1>`, paragraphs with
 * character references, soft hyphens, `<br>` and misnested inline tags spliced in — through the default pipeline.
 * No stage fails, and every token, time, entity and event span is an ordered range inside the page. (The words
 * of an HTML mention are the decoded text, so only time texts, which the stage slices from the source, are
 * compared with the page.) HTML extraction runs jsdom and Readability, about fifty times slower per case than
 * plain text, so this target runs a twentieth of `MARSAD_FUZZ_RUNS`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Doc } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runSource } from '../pipeline/run.js';
import type { EntityMention } from '../stages/entities/index.js';
import type { EventMentionItem } from '../stages/events/index.js';
import type { TimeExpr } from '../stages/time/index.js';
import { arabicArticle, fuzzOptions } from './arabic-news.js';
import { assertRange, assertSlice, assertTimeValue } from './checks.js';

const INSERTS = ['&amp;', '&nbsp;', '&quot;', '&#1605;', '&laquo;', '&raquo;', '&shy;', '&#x200F;', '&lt;', '<br>', '<b>', '</b>', '<span>', '</span>', '<i>', '</p><p>'];

const page: fc.Arbitrary<string> = fc
  .tuple(arabicArticle, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INSERTS)), { maxLength: 10 }))
  .map(([text, inserts]) => {
    const lines = text.split(/\r\n|\r|\n/);
    // markup characters of the text itself are escaped, as a page writes them
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    let body = lines.map((l, i) => (i === 0 ? `<h1>${esc(l)}</h1>` : `<p>${esc(l)}</p>`)).join('\n');
    for (const [k, insert] of inserts) {
      const at = k % (body.length + 1);
      // never inside a tag or a reference
      if (!/<[^>]*$|&[#a-z0-9]*$/i.test(body.slice(0, at))) body = body.slice(0, at) + insert + body.slice(at);
    }
    return `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${esc(lines[0] ?? '')}</title></head><body><article>${body}</article></body></html>`;
  });

function checkDoc(doc: Doc, html: string): void {
  assert.deepEqual(doc.messages.filter((m) => m.code === 'stage/failed'), [], 'a stage threw on this document');
  const ordered = (x: { start: number; end: number }, what: string) => assertRange(x.start, x.end, html.length, what);
  for (const t of doc.tokens) ordered(t, `token ${JSON.stringify(t.text)}`);
  for (const t of (doc.layers['times'] as TimeExpr[] | undefined) ?? []) {
    assertSlice(html, t, `time ${JSON.stringify(t)}`);
    assertTimeValue(t.value, 'time');
  }
  for (const m of (doc.layers['entities'] as EntityMention[] | undefined) ?? []) ordered(m, `entity ${JSON.stringify(m)}`);
  for (const e of (doc.layers['events'] as EventMentionItem[] | undefined) ?? []) {
    ordered(e, `event ${JSON.stringify(e)}`);
    ordered(e.trigger, `trigger of ${JSON.stringify(e)}`);
  }
  for (const f of doc.furniture) ordered(f, `furniture ${f.kind}`);
}

test('the default pipeline on any HTML page: no stage fails, every span an ordered range of the page', () => {
  const options = fuzzOptions(60_001);
  fc.assert(
    fc.property(page, (html) => {
      const { docs, messages } = runSource(defaultPipeline, { id: 'h', origin: 'h.html', text: html, format: 'html', declared: {}, messages: [] });
      assert.deepEqual(messages.filter((m) => m.code === 'stage/failed'), [], 'the source stage threw');
      for (const doc of docs) checkDoc(doc, html);
    }),
    { ...options, numRuns: Math.max(1, Math.floor(options.numRuns / 20)) },
  );
});
