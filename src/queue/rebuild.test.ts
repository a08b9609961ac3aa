import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Source } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runSource } from '../pipeline/run.js';
import { rebuildDocuments } from './rebuild.js';
import { storedDocument, type StoredDocument } from './stored-document.js';
import { VISIT_PAGE, storyTestSources } from './story-test-articles.js';

const fresh = (s: Source): Source => ({ ...s, declared: { ...s.declared } });
/** What PostgreSQL gives back: JSON, with the keys of each object in an order of its own. */
const roundTrip = (d: Doc): StoredDocument => JSON.parse(JSON.stringify(storedDocument(d))) as StoredDocument;

function sources(): Source[] {
  return [...storyTestSources(), { id: 'p1', origin: 'visit.html', text: VISIT_PAGE, format: 'html', declared: {}, messages: [] }];
}

test('documents rebuilt from the store are the analysed ones: tokens, offsets, layers and metadata', () => {
  for (const s of sources()) {
    const live = runSource(defaultPipeline, fresh(s)).docs;
    const rebuilt = rebuildDocuments(defaultPipeline, fresh(s), live.map(roundTrip));
    assert.ok(rebuilt.fromStore, `${s.origin} was analysed again`);
    assert.equal(rebuilt.docs.length, live.length);
    for (const [k, doc] of rebuilt.docs.entries()) {
      const want = live[k]!;
      assert.equal(doc.id, want.id);
      assert.deepEqual(doc.tokens, want.tokens);
      assert.deepEqual(doc.sentences, want.sentences);
      assert.deepEqual(JSON.parse(JSON.stringify(doc.layers)), JSON.parse(JSON.stringify(want.layers)));
      assert.deepEqual([doc.title, doc.outlet, doc.published], [want.title, want.outlet, want.published]);
      assert.deepEqual(doc.messages, JSON.parse(JSON.stringify(want.messages)));
      // the body's map to the source is the analysed one, at every unit
      for (let i = 0; i < doc.body.length; i++) assert.deepEqual(doc.body.toSource(i, i + 1), want.body.toSource(i, i + 1));
      assert.ok(doc.tokens.length > 20 && Object.keys(doc.layers).length >= 4);
    }
  }
});

test('an article whose stored body no longer fits its cleaning is analysed again, whole', () => {
  const s = storyTestSources()[0]!;
  const live = runSource(defaultPipeline, fresh(s)).docs;
  const stale = live.map(roundTrip).map((d) => ({ ...d, bodyText: d.bodyText + ' ', layers: {} }));
  const rebuilt = rebuildDocuments(defaultPipeline, fresh(s), stale);
  assert.equal(rebuilt.fromStore, false);
  assert.deepEqual(JSON.parse(JSON.stringify(rebuilt.docs[0]!.layers)), JSON.parse(JSON.stringify(live[0]!.layers)));
  // stored sentences that the tokens would not fit are not taken either
  const shifted = live.map(roundTrip).map((d) => ({ ...d, sentences: d.sentences.slice(1) }));
  assert.equal(rebuildDocuments(defaultPipeline, fresh(s), shifted).fromStore, false);
});
