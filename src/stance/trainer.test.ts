import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseStanceModel, serializeStanceModel } from './model-file.js';
import { predictStance } from './model.js';
import { scoreStance } from './score.js';
import { syntheticPairs } from './synthetic.js';
import { featurize, trainStance } from './trainer.js';

const OPTS = { l2: 0.01, minCount: 1, balance: 1, iterations: 200 };

function modelBytes(pairs = syntheticPairs()) {
  const { model, names } = trainStance(featurize(pairs), OPTS);
  return serializeStanceModel(names, model.weights, { scale: 1000, about: 'test', tuned: { disagreeThreshold: 0.6 } }).bytes;
}

test('training is deterministic: the same pairs give the same bytes, in any order', () => {
  const a = modelBytes();
  const b = modelBytes();
  assert.ok(a.equals(b));
  const reversed = modelBytes(syntheticPairs().reverse());
  assert.ok(a.equals(reversed), 'the order the pairs came in changed the model');
});

test('the trained model separates its training pairs and reads back from its file', () => {
  const pairs = syntheticPairs();
  const model = parseStanceModel(modelBytes());
  const preds = pairs.map((p) => predictStance(model, p.s1, p.s2).label);
  const s = scoreStance(pairs.map((p) => p.stance!), preds);
  assert.ok(s.macroF1 >= 0.9, `macro-F1 ${s.macroF1}`);
  assert.equal(model.tuned['disagreeThreshold'], 0.6);
});

test('the model file keeps feature names and numbers, never a training statement', () => {
  const json = gunzipSync(modelBytes()).toString('utf8');
  for (const p of syntheticPairs()) {
    assert.ok(!json.includes(p.s1), `the file holds "${p.s1}"`);
    assert.ok(!json.includes(p.s2), `the file holds "${p.s2}"`);
  }
});

test('a model file of other features is refused', () => {
  const bytes = modelBytes();
  const json = JSON.parse(gunzipSync(bytes).toString('utf8'));
  json.featureVersion = -1;
  assert.throws(() => parseStanceModel(gzipSync(Buffer.from(JSON.stringify(json)))), /retrain it/);
});

