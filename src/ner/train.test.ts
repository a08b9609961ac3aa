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

test('gazetteer dropout in training: the same seed gives the same features, another seed other hits', async () => {
  const { trainingFeatures } = await import('./train.js');
  const { sentenceFeatures } = await import('./features.js');
  const sentences = parseConll(FIXTURE);
  const a = trainingFeatures(sentences, { gazHide: 0, gazDrop: 0.5, seed: 3 });
  assert.deepEqual(trainingFeatures(sentences, { gazHide: 0, gazDrop: 0.5, seed: 3 }), a);
  const full = sentences.map((s) => sentenceFeatures(s.tokens));
  const hits = (fs: string[][][]) => fs.flat(2).filter((f) => f.startsWith('g=')).length;
  assert.ok(hits(a) < hits(full), 'some list hits are hidden');
  assert.ok(hits(a) > 0, 'not every list hit is hidden');
  assert.deepEqual(trainingFeatures(sentences, { gazHide: 0, gazDrop: 0, seed: 3 }), full);
  const seeds = [4, 5, 6, 7].map((seed) => trainingFeatures(sentences, { gazHide: 0, gazDrop: 0.5, seed }));
  assert.ok(seeds.some((f) => JSON.stringify(f) !== JSON.stringify(a)));
});

test('an ensemble sums its members: integer weights in the file, the tags of the members\u2019 mean', async () => {
  const { trainEnsemble, trainingFeatures, memberSeed } = await import('./train.js');
  const { tagWithFeatures } = await import('./stacked.js');
  const { sentenceFeatures } = await import('./features.js');
  const sentences = parseConll(FIXTURE);
  const features = (seed: number) => trainingFeatures(sentences, { gazHide: 0, gazDrop: 0.5, seed });
  const M = 3;
  const sum = trainEnsemble(sentences, OPTIONS, M, features);
  const members = [0, 1, 2].map((m) => trainStacked(sentences, { ...OPTIONS, seed: memberSeed(OPTIONS.seed, m) }, features(memberSeed(OPTIONS.seed, m))));
  // every member's feature is in the sum, with the sum of the members' weights
  for (const pass of ['first', 'second'] as const) {
    for (const m of members) for (const n of m.names[pass]) assert.ok(sum.model[pass].index.has(n), n);
    const name = members[0]!.names[pass].find((n) => n.startsWith('w='))!;
    const K = sum.model[pass].weights.length / sum.names[pass].length;
    for (let y = 0; y < K; y++) {
      const expected = members.reduce((acc, m) => acc + (m.model[pass].weights[m.model[pass].index.get(name)! * K + y] ?? 0), 0);
      assert.ok(Math.abs(sum.model[pass].weights[sum.model[pass].index.get(name)! * K + y]! - expected) < 1e-9);
    }
  }
  assert.notDeepEqual(Array.from(members[0]!.model.first.weights), Array.from(members[1]!.model.first.weights), 'the members differ');
  // the mean of the members tags as the sum does
  const mean = (p: 'first' | 'second') => ({
    ...sum.model[p],
    weights: sum.model[p].weights.map((w) => w / M),
    transitions: sum.model[p].transitions.map((w) => w / M),
  });
  const meanModel = { ...sum.model, first: mean('first'), second: mean('second') };
  const texts = [...sentences.map((s) => s.tokens), ['وزار', 'الوزير', 'كمال', 'البستاني', 'مدينة', 'حمص', 'أمس', '.']];
  const feats = texts.map((t) => sentenceFeatures(t));
  assert.deepEqual(tagWithFeatures(sum.model, texts, feats), tagWithFeatures(meanModel, texts, feats));
  // the file holds integers, tags as the sum, and the same options give the same bytes
  const bytes = serializeModel(sum.model, sum.names, SERIALIZE).bytes;
  const reloaded = parseModel(bytes);
  for (const p of ['first', 'second'] as const) {
    assert.ok(reloaded[p].weights.every(Number.isInteger));
    assert.ok(reloaded[p].transitions.every(Number.isInteger));
  }
  assert.deepEqual(tagDocumentWith(reloaded, texts), tagWithFeatures(sum.model, texts, feats));
  const again = trainEnsemble(sentences, OPTIONS, M, features);
  assert.ok(serializeModel(again.model, again.names, SERIALIZE).bytes.equals(bytes));
});

test('an ensemble of one member is the single model', async () => {
  const { trainEnsemble, trainingFeatures } = await import('./train.js');
  const sentences = parseConll(FIXTURE);
  const features = (seed: number) => trainingFeatures(sentences, { gazHide: 0, gazDrop: 0, seed });
  const one = trainEnsemble(sentences, OPTIONS, 1, features);
  const single = trainStacked(sentences, OPTIONS);
  assert.ok(serializeModel(one.model, one.names, SERIALIZE).bytes.equals(serializeModel(single.model, single.names, SERIALIZE).bytes));
});

test('a training margin keeps learning from sentences already tagged right, and still learns them', () => {
  const sentences = parseConll(FIXTURE);
  const plain = trainStacked(sentences, OPTIONS);
  assert.ok(serializeModel(trainStacked(sentences, { ...OPTIONS, margin: 0 }).model, plain.names, SERIALIZE).bytes.equals(serializeModel(plain.model, plain.names, SERIALIZE).bytes), 'margin 0 is the plain perceptron');
  const wide = trainStacked(sentences, { ...OPTIONS, margin: 20 });
  const tokens = sentences.map((s) => s.tokens);
  assert.deepEqual(tagDocumentWith(wide.model, tokens), sentences.map((s) => s.tags));
  // the plain perceptron stops updating once a sentence is right; with the margin the weights grow past that
  const size = (w: ArrayLike<number>) => Array.from(w).reduce((a, x) => a + Math.abs(x), 0);
  assert.ok(size(wide.model.first.weights) > size(plain.model.first.weights));
  const again = trainStacked(sentences, { ...OPTIONS, margin: 20 });
  assert.deepEqual(Array.from(again.model.second.weights), Array.from(wide.model.second.weights));
});
