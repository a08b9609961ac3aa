import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Source } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runSource } from '../pipeline/run.js';
import { groupStories } from '../story/group.js';
import { generatedArticles } from './generated-articles.js';
import { groupingDoc, storedDocument, type StoredDocument } from './stored-document.js';

function analysed(count: number): Doc[] {
  return generatedArticles(count).flatMap((a, i) => {
    const source: Source = { id: `a${i + 1}`, origin: a.name, text: a.text, format: 'text', declared: {}, messages: [] };
    return runSource(defaultPipeline, source).docs;
  });
}

/** What the store gives back: the JSON text PostgreSQL keeps, parsed. */
function roundTrip(doc: Doc): StoredDocument {
  return JSON.parse(JSON.stringify(storedDocument(doc))) as StoredDocument;
}

test('a stored document keeps its layers, whose offsets still point at their words in the source', () => {
  const docs = analysed(12);
  let spans = 0;
  for (const doc of docs) {
    const stored = roundTrip(doc);
    for (const layer of ['times', 'entities', 'quotes', 'events']) assert.ok(layer in stored.layers, `${doc.id} lacks ${layer}`);
    for (const e of stored.layers.entities as Array<{ start: number; end: number; text: string }>) {
      assert.equal(doc.source.text.slice(e.start, e.end), e.text);
      spans++;
    }
    for (const t of stored.layers.times as Array<{ start: number; end: number; text: string }>) {
      assert.equal(doc.source.text.slice(t.start, t.end), t.text);
      spans++;
    }
    for (const s of stored.sentences) assert.equal(doc.source.text.slice(s.start, s.end).trim().length > 0, true);
    assert.equal(stored.bodyText, doc.body.text);
    assert.equal(stored.title?.value, doc.title?.value);
  }
  assert.ok(spans > 24, `only ${spans} spans checked`);
});

test('a stored document leaves the tokens out (recomputed from the text; most of its size)', () => {
  const [doc] = analysed(1);
  assert.ok(doc!.tokens.length > 20);
  assert.ok(!('tokens' in roundTrip(doc!)));
});

test('grouping the stored views gives the stories grouping the live documents gives', () => {
  const docs = analysed(48);
  const live = groupStories(docs);
  const stored = groupStories(docs.map((d) => roundTrip(d)).map((s) => groupingDoc({ id: s.id, title: s.title?.value ?? null, bodyText: s.bodyText })));
  assert.deepEqual(stored, live);
  // the comparison means something only if grouping joined articles
  assert.ok(live.length < docs.length && live.length > 1, `${live.length} stories of ${docs.length}`);
});
