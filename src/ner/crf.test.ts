import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConll } from './conll.js';
import { trainCrf } from './crf.js';
import { END_MASK, FeatureTable, K, TRANSITION_MASK, decode, prepareTraining } from './perceptron.js';
import { trainStacked, tagDocumentWith } from './stacked.js';
import { STATES, statesToTags, tagsToStates } from './tags.js';

const FIXTURE = readFileSync(new URL('../../src/ner/fixtures/tiny.conll', import.meta.url), 'utf8');
const START = K;

/** Every state sequence of length `n` that BIO/BILOU allows, from the start and to the end. */
function validSequences(n: number): number[][] {
  let out: number[][] = [[]];
  for (let t = 0; t < n; t++) {
    const next: number[][] = [];
    for (const s of out)
      for (let y = 0; y < K; y++) if (TRANSITION_MASK[(t === 0 ? START : s[t - 1]!) * K + y] === 0) next.push([...s, y]);
    out = next;
  }
  return out.filter((s) => END_MASK[s[n - 1]!] === 0);
}

test('one CRF step from zero weights moves each weight by the learning rate times the exact log-likelihood gradient', () => {
  // three tokens: with every weight 0 each allowed sequence is equally likely, so the marginals are counts
  const tokens = [['w=a', 'shape=x'], ['w=b', 'shape=x'], ['w=c']];
  const tags = ['B-PERS', 'I-PERS', 'O'];
  const table = new FeatureTable();
  const prepared = prepareTraining([{ features: table.encode(tokens), tags }], table, { epochs: 1, seed: 1, minCount: 1, unkBelow: 1 });
  const eta = 0.05;
  const model = trainCrf(prepared, { epochs: 1, seed: 1, minCount: 1, unkBelow: 1, c2: 0, eta });
  const gold = tagsToStates(tags);
  const seqs = validSequences(3);
  const marginal = (t: number, y: number) => seqs.filter((s) => s[t] === y).length / seqs.length;
  for (const [name, row] of model.index) {
    for (let y = 0; y < K; y++) {
      let grad = 0;
      tokens.forEach((fs, t) => {
        if (fs.includes(name)) grad += (gold[t] === y ? 1 : 0) - marginal(t, y);
      });
      assert.ok(Math.abs(model.weights[row * K + y]! - eta * grad) < 1e-12, `${name} → ${STATES[y]}`);
    }
  }
  for (let p = 0; p < K; p++) {
    for (let y = 0; y < K; y++) {
      const grad = [1, 2].reduce((g, t) => g + (gold[t - 1] === p && gold[t] === y ? 1 : 0) - seqs.filter((s) => s[t - 1] === p && s[t] === y).length / seqs.length, 0);
      assert.ok(Math.abs(model.transitions[p * K + y]! - eta * grad) < 1e-12, `${STATES[p]} → ${STATES[y]}`);
    }
  }
  for (let y = 0; y < K; y++) {
    const grad = (gold[0] === y ? 1 : 0) - marginal(0, y);
    assert.ok(Math.abs(model.transitions[START * K + y]! - eta * grad) < 1e-12, `start → ${STATES[y]}`);
  }
});

test('the CRF raises the log-likelihood of its training sentences and then tags them right', () => {
  const sentences = parseConll(FIXTURE);
  const table = new FeatureTable();
  const words = (s: readonly string[]) => s.map((w, t) => [`w=${w}`, `w-1=${s[t - 1] ?? '<s>'}`, `w+1=${s[t + 1] ?? '</s>'}`]);
  const data = sentences.map((s) => ({ features: table.encode(words(s.tokens)), tags: s.tags }));
  const opts = { epochs: 30, seed: 3, minCount: 1, unkBelow: 1, c2: 0.1, eta: 0.5 };
  const lines: string[] = [];
  const model = trainCrf(prepareTraining(data, table, opts), { ...opts, log: (l) => lines.push(l) });
  const ll = lines.map((l) => Number(/log-likelihood (-?[\d.]+)/.exec(l)![1]));
  assert.equal(ll.length, 30);
  assert.ok(ll[29]! > ll[0]!, `log-likelihood ${ll[0]} → ${ll[29]}`);
  const looser = [] as string[];
  trainCrf(prepareTraining(data, table, opts), { ...opts, c2: 0.01, log: (l) => looser.push(l) });
  const last = (ls: string[]) => Number(/log-likelihood (-?[\d.]+)/.exec(ls.at(-1)!)![1]);
  assert.ok(last(looser) > ll[29]!, 'a smaller penalty fits the training sentences closer');
  assert.ok(last(looser) > -1, 'with a small penalty the training sentences are all but certain');
  for (const s of sentences) assert.deepEqual(statesToTags(decode(model, words(s.tokens))), s.tags);
  const again = trainCrf(prepareTraining(data, table, opts), opts);
  assert.deepEqual(Array.from(again.weights), Array.from(model.weights), 'the same weights from the same data and seed');
});

test('the two-pass tagger trains with the CRF learner and tags its training sentences', () => {
  const sentences = parseConll(FIXTURE);
  const { model } = trainStacked(sentences, { epochs: 20, secondEpochs: 20, seed: 7, minCount: 1, unkBelow: 1, folds: 2, window: 3, learner: 'crf', c2: 0.1, eta: 0.5 });
  assert.deepEqual(tagDocumentWith(model, sentences.map((s) => s.tokens)), sentences.map((s) => s.tags));
});
