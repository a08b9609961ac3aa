/**
 * A linear-chain conditional random field over the tagger's BIO/BILOU states, trained by stochastic gradient
 * ascent on the log-likelihood with an L2 penalty (Bottou's SGD for CRFs: the penalty kept as one shared scale
 * of every weight, so a sentence's update touches only its own features' rows). The perceptron learns only from
 * the sentences it gets wrong and by whole steps; the CRF moves every weight by how far the model's expected
 * tags (forward–backward marginals) are from the gold ones, so a rare feature that fires where the model is
 * already sure is left near zero. Its weights have the perceptron's shape: Viterbi, stacking, ensembles and the
 * model file read them the same way. Deterministic: the visiting order comes from the seed.
 */
import { END_MASK, K, TRANSITION_MASK, seededRandom, type NerModel, type PreparedTraining, type TrainOptions } from './perceptron.js';

/** Row of the transition table used for the sentence start. */
const START = K;

/** Per next state, the previous states BIO allows; per previous state, the next ones; the states a sentence may start in. */
const PREV: readonly Int32Array[] = Array.from({ length: K }, (_, y) => Int32Array.from([...Array(K).keys()].filter((p) => TRANSITION_MASK[p * K + y] === 0)));
const NEXT: readonly Int32Array[] = Array.from({ length: K }, (_, p) => Int32Array.from([...Array(K).keys()].filter((y) => TRANSITION_MASK[p * K + y] === 0)));
const FIRST: Int32Array = Int32Array.from([...Array(K).keys()].filter((y) => TRANSITION_MASK[START * K + y] === 0));

/** log(Σ exp(values[i])) over the first `n` values, without overflow. */
function logSumExp(values: Float64Array, n: number): number {
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (values[i]! > max) max = values[i]!;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}

/**
 * Trains the CRF. `c2` (default 0.1, the best of --cv 5) is the L2 penalty over the whole training set, `eta` (default 0.1) the first
 * learning rate, which decays as 1 / (1 + eta · λ · t) over the t sentences visited (λ = c2 / sentences).
 */
export function trainCrf(prepared: PreparedTraining, opts: TrainOptions): NerModel & { names: string[]; rowOfId: Int32Array } {
  const log = opts.log ?? (() => {});
  const { encoded, names, index, rowOfId } = prepared;
  const F = names.length;
  const N = Math.max(1, encoded.length);
  const c2 = opts.c2 ?? 0.1;
  const eta0 = opts.eta ?? 0.1;
  const lambda = c2 / N;
  // the weights are scale · v (and scale · tv): the L2 decay of every weight is one multiplication of scale
  const v = new Float64Array(F * K);
  const tv = new Float64Array((K + 1) * K);
  let scale = 1;
  // the mean of the end-of-epoch weights (--crf-average): SGD's last iterate wanders with its step, the mean settles
  const sumW = new Float64Array(F * K);
  const sumT = new Float64Array(tv.length);
  let snapshots = 0;
  const times = (from: Float64Array, factor: number) => Float64Array.from(from, (x) => x * factor);
  const model = (): NerModel & { rowOfId: Int32Array } =>
    opts.crfAverage
      ? { featureVersion: 0, index, weights: times(sumW, 1 / snapshots), transitions: times(sumT, 1 / snapshots), rowOfId }
      : { featureVersion: 0, index, weights: times(v, scale), transitions: times(tv, scale), rowOfId };

  let maxT = 1;
  for (const e of encoded) maxT = Math.max(maxT, e.gold.length);
  const emit = new Float64Array(maxT * K);
  const alpha = new Float64Array(maxT * K);
  const beta = new Float64Array(maxT * K);
  const trans = new Float64Array((K + 1) * K);
  const terms = new Float64Array(K);

  const random = seededRandom(opts.seed);
  const order = encoded.map((_, i) => i);
  let visited = 0;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let logLikelihood = 0;
    for (const s of order) {
      const { rows, offsets, gold } = encoded[s]!;
      const T = gold.length;
      if (T === 0) continue;
      const eta = eta0 / (1 + eta0 * lambda * visited++);
      for (let i = 0; i < trans.length; i++) trans[i] = scale * tv[i]! + TRANSITION_MASK[i]!;
      emit.fill(0, 0, T * K);
      for (let t = 0; t < T; t++) {
        const row = t * K;
        for (let j = offsets[t]!; j < offsets[t + 1]!; j++) {
          const base = rows[j]! * K;
          for (let y = 0; y < K; y++) emit[row + y]! += v[base + y]!;
        }
        for (let y = 0; y < K; y++) emit[row + y]! *= scale;
      }
      // forward
      alpha.fill(-Infinity, 0, K);
      for (const y of FIRST) alpha[y] = trans[START * K + y]! + emit[y]!;
      for (let t = 1; t < T; t++) {
        for (let y = 0; y < K; y++) {
          const ps = PREV[y]!;
          for (let j = 0; j < ps.length; j++) terms[j] = alpha[(t - 1) * K + ps[j]!]! + trans[ps[j]! * K + y]!;
          alpha[t * K + y] = emit[t * K + y]! + logSumExp(terms, ps.length);
        }
      }
      for (let y = 0; y < K; y++) terms[y] = alpha[(T - 1) * K + y]! + END_MASK[y]!;
      const logZ = logSumExp(terms, K);
      // backward
      for (let y = 0; y < K; y++) beta[(T - 1) * K + y] = END_MASK[y]!;
      for (let t = T - 2; t >= 0; t--) {
        for (let p = 0; p < K; p++) {
          const ys = NEXT[p]!;
          for (let j = 0; j < ys.length; j++) terms[j] = trans[p * K + ys[j]!]! + emit[(t + 1) * K + ys[j]!]! + beta[(t + 1) * K + ys[j]!]!;
          beta[t * K + p] = logSumExp(terms, ys.length);
        }
      }
      let goldScore = trans[START * K + gold[0]!]!;
      for (let t = 0; t < T; t++) goldScore += emit[t * K + gold[t]!]! + (t > 0 ? trans[gold[t - 1]! * K + gold[t]!]! : 0);
      logLikelihood += goldScore - logZ;

      // the penalty's decay, then the gradient step on the sentence's rows (in units of v: divided by scale)
      scale *= 1 - eta * lambda;
      const step = eta / scale;
      for (let t = 0; t < T; t++) {
        const row = t * K;
        const g = gold[t]!;
        for (let y = 0; y < K; y++) {
          const marginal = Math.exp(alpha[row + y]! + beta[row + y]! - logZ);
          const d = ((y === g ? 1 : 0) - marginal) * step;
          if (d === 0) continue;
          for (let j = offsets[t]!; j < offsets[t + 1]!; j++) v[rows[j]! * K + y]! += d;
          if (t === 0 && TRANSITION_MASK[START * K + y] === 0) tv[START * K + y]! += d;
        }
        if (t === 0) continue;
        const gp = gold[t - 1]!;
        for (let y = 0; y < K; y++) {
          const ps = PREV[y]!;
          const after = emit[row + y]! + beta[row + y]! - logZ;
          for (let j = 0; j < ps.length; j++) {
            const p = ps[j]!;
            const pair = Math.exp(alpha[row - K + p]! + trans[p * K + y]! + after);
            tv[p * K + y]! += ((p === gp && y === g ? 1 : 0) - pair) * step;
          }
        }
      }
      if (scale < 1e-9) {
        for (let i = 0; i < v.length; i++) v[i]! *= scale;
        for (let i = 0; i < tv.length; i++) tv[i]! *= scale;
        scale = 1;
      }
    }
    log(`crf epoch ${epoch}: log-likelihood ${logLikelihood.toFixed(1)}, learning rate ${(eta0 / (1 + eta0 * lambda * visited)).toFixed(4)}`);
    if (opts.crfAverage) {
      for (let i = 0; i < v.length; i++) sumW[i]! += scale * v[i]!;
      for (let i = 0; i < tv.length; i++) sumT[i]! += scale * tv[i]!;
      snapshots++;
    }
    opts.onEpoch?.(epoch, model());
  }
  return { ...model(), names };
}
