import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseConll } from './conll.js';
import { compilePass } from './fast.js';
import { sentenceFeatures } from './features.js';
import { parseModel, serializeModel } from './model-file.js';
import { tagDocumentWith, tagWithFeatures, trainStacked } from './stacked.js';

const FIXTURE = readFileSync(new URL('../../src/ner/fixtures/tiny.conll', import.meta.url), 'utf8');
const OPTIONS = { epochs: 4, secondEpochs: 3, seed: 7, minCount: 1, unkBelow: 1, folds: 2, window: 3 };
const SERIALIZE = { scale: 100, minWeight: 1, about: 'a "quoted" note: "weights":[1,2]' };

/** The passes of a model file as JSON.parse reads them (the reference the byte reader must match). */
function viaJsonParse(bytes: Uint8Array) {
  const json = JSON.parse(gunzipSync(bytes).toString('utf8'));
  return { first: json.first, second: json.second };
}

test('the weights read from the bytes are those JSON.parse reads, row for row', () => {
  const sentences = parseConll(FIXTURE);
  const { model, names } = trainStacked(sentences, { ...OPTIONS, lexicon: true });
  const bytes = serializeModel(model, names, SERIALIZE).bytes;
  const reference = viaJsonParse(bytes);
  const parsed = parseModel(bytes);
  for (const pass of ['first', 'second'] as const) {
    const json = reference[pass];
    assert.ok(json.weights.some((w: number) => w < 0), 'negative weights are read too');
    assert.deepEqual(Array.from(parsed[pass].weights.subarray(0, json.weights.length)), json.weights);
    assert.deepEqual(Array.from(parsed[pass].transitions), json.transitions);
    assert.deepEqual([...parsed[pass].index.keys()], [...json.features, ...json.zero]);
  }
});

test('a model file whose weights are not integers is read whole by JSON.parse, and takes the string path', () => {
  const sentences = parseConll(FIXTURE);
  const { model, names } = trainStacked(sentences, OPTIONS);
  const json = JSON.parse(gunzipSync(serializeModel(model, names, SERIALIZE).bytes).toString('utf8'));
  json.first.weights = json.first.weights.map((w: number, i: number) => (i % 7 === 0 ? w + 0.25 : w));
  json.second.weights[0] = 1e-3;
  const parsed = parseModel(gzipSync(Buffer.from(JSON.stringify(json))));
  assert.deepEqual(Array.from(parsed.first.weights.subarray(0, json.first.weights.length)), Array.from(Float32Array.from(json.first.weights)));
  assert.equal(parsed.second.weights[0], Math.fround(1e-3));
  assert.equal(compilePass(parsed.first), null);
  const tokens = sentences.map((s) => s.tokens);
  assert.deepEqual(tagDocumentWith(parsed, tokens), tagWithFeatures(parsed, tokens, tokens.map((s) => sentenceFeatures(s))));
});

test('a trained model read back tags through the fast path as through the feature strings', () => {
  const sentences = parseConll(FIXTURE);
  const { model, names } = trainStacked(sentences, { ...OPTIONS, lexicon: true, docLexicon: true });
  const reloaded = parseModel(serializeModel(model, names, SERIALIZE).bytes);
  assert.ok(compilePass(reloaded.first) && compilePass(reloaded.second), 'integer weights: the fast path');
  // the training sentences, and sentences written for this test with words the tiny model has never seen
  const docs = [
    sentences.map((s) => s.tokens),
    [
      ['وصل', 'الوزير', 'هوراشيو', 'فالديبينيا', 'إلى', 'العاصمة', 'أمس', '.'],
      ['وقال', 'فالديبينيا', 'إن', 'المحادثات', 'مع', 'شركة', 'Brenntal', 'مستمرة', '.'],
    ],
  ];
  for (const tokens of docs) assert.deepEqual(tagDocumentWith(reloaded, tokens), tagWithFeatures(reloaded, tokens, tokens.map((s) => sentenceFeatures(s))));
});
