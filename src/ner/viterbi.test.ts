import { test } from 'node:test';
import assert from 'node:assert/strict';
import { K, TRANSITION_MASK, seededRandom, tagViterbi, viterbi } from './perceptron.js';
import { STATES, canEnd } from './tags.js';

/** Viterbi over every predecessor (the disallowed ones masked to -Infinity), first best kept: the reference. */
function reference(emit: Float64Array, T: number, transitions: Float64Array): number[] {
  const score = new Float64Array(T * K);
  const back = new Int32Array(T * K);
  for (let y = 0; y < K; y++) score[y] = emit[y]! + transitions[K * K + y]! + TRANSITION_MASK[K * K + y]!;
  for (let t = 1; t < T; t++)
    for (let y = 0; y < K; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < K; p++) {
        const s = score[(t - 1) * K + p]! + transitions[p * K + y]! + TRANSITION_MASK[p * K + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * K + y] = best + emit[t * K + y]!;
      back[t * K + y] = arg;
    }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < K; y++) {
    const s = score[(T - 1) * K + y]! + (canEnd(STATES[y]!) ? 0 : -Infinity);
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  const out = new Array<number>(T);
  out[T - 1] = arg;
  for (let t = T - 1; t > 0; t--) out[t - 1] = back[t * K + out[t]!]!;
  return out;
}

test('viterbi gives the path and tie-breaks of a search over every predecessor', () => {
  const random = seededRandom(7);
  // small integers, so that equal scores (ties) are frequent
  const int = (n: number) => Math.floor(random() * n) - (n >> 1);
  for (let round = 0; round < 400; round++) {
    const T = 1 + Math.floor(random() * 12);
    const transitions = Float64Array.from({ length: (K + 1) * K }, () => int(round % 2 ? 3 : 9));
    const emit = Float64Array.from({ length: T * K }, () => int(round % 2 ? 3 : 9));
    const expected = reference(emit, T, transitions);
    assert.deepEqual(Array.from(viterbi(emit, T, transitions)), expected);
    assert.deepEqual(Array.from(viterbi(emit, T, transitions, true)), expected, 'with the step scores kept');
    assert.deepEqual(Array.from(tagViterbi(emit, T, transitions)), expected, 'the tagging-time loop');
  }
});

test('the tagging-time viterbi agrees on long sentences, where a state may be out of reach for many tokens', () => {
  const random = seededRandom(11);
  for (let round = 0; round < 40; round++) {
    const T = 40 + Math.floor(random() * 120);
    // steep transitions: some states lose every comparison for a stretch, ties among the rest
    const transitions = Float64Array.from({ length: (K + 1) * K }, () => (random() < 0.2 ? -50 : Math.floor(random() * 4)));
    const emit = Float64Array.from({ length: T * K }, () => Math.floor(random() * 6) - 3);
    assert.deepEqual(Array.from(tagViterbi(emit, T, transitions)), reference(emit, T, transitions), `round ${round}`);
  }
});
