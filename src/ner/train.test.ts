import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConll } from './conll.js';
import { parseModel, serializeModel } from './model-file.js';
import { trainStacked, tagDocumentWith } from './stacked.js';

const FIXTURE = readFileSync(new URL('../../src/ner/fixtures/tiny.conll', import.meta.url), 'utf8');
const OPTIONS = { epochs: 4, secondEpochs: 3, seed: 7, minCount: 1, unkBelow: 1, folds: 2, window: 3 };
const SERIALIZE = { scale: 100, minWeight: 1, about: 'test' };

test('training a tiny model twice on the same data gives the same weights and the same file', () => {
  const sentences = parseConll(FIXTURE);
  const a = trainStacked(sentences, OPTIONS);
  const b = trainStacked(sentences, OPTIONS);
  assert.deepEqual(a.names, b.names);
  assert.deepEqual(Array.from(a.model.first.weights), Array.from(b.model.first.weights));
  assert.deepEqual(Array.from(a.model.second.weights), Array.from(b.model.second.weights));
  assert.deepEqual(Array.from(a.model.second.transitions), Array.from(b.model.second.transitions));
  const fa = serializeModel(a.model, a.names, SERIALIZE).bytes;
  const fb = serializeModel(b.model, b.names, SERIALIZE).bytes;
  assert.ok(fa.equals(fb));
});

test('a tiny model learns its training sentences and survives the model file', () => {
  const sentences = parseConll(FIXTURE);
  const { model, names } = trainStacked(sentences, OPTIONS);
  const tokens = sentences.map((s) => s.tokens);
  const direct = tagDocumentWith(model, tokens);
  assert.deepEqual(direct, sentences.map((s) => s.tags));
  const reloaded = parseModel(serializeModel(model, names, SERIALIZE).bytes);
  assert.deepEqual(tagDocumentWith(reloaded, tokens), direct);
});

test('a different seed visits the sentences in another order', () => {
  const sentences = parseConll(FIXTURE);
  const a = trainStacked(sentences, OPTIONS);
  const c = trainStacked(sentences, { ...OPTIONS, seed: 8 });
  assert.notDeepEqual(Array.from(a.model.first.weights), Array.from(c.model.first.weights));
});

test('a model with the learnt lexicon and the phrase context keeps both through the model file', () => {
  const sentences = parseConll(FIXTURE);
  const { model, names } = trainStacked(sentences, { ...OPTIONS, lexicon: true, docLexicon: true });
  assert.ok(model.lexicon && model.lexicon.size > 0);
  const tokens = sentences.map((s) => s.tokens);
  const direct = tagDocumentWith(model, tokens);
  const bytes = serializeModel(model, names, SERIALIZE).bytes;
  const reloaded = parseModel(bytes);
  assert.deepEqual(reloaded.lexicon, model.lexicon);
  assert.equal(reloaded.docLexicon, true);
  assert.deepEqual(tagDocumentWith(reloaded, tokens), direct);
  const again = trainStacked(sentences, { ...OPTIONS, lexicon: true, docLexicon: true });
  assert.ok(serializeModel(again.model, again.names, SERIALIZE).bytes.equals(bytes), 'the same bytes from the same data');
});
