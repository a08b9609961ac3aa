/**
 * Multinomial logistic regression with an L2 penalty, fitted by L-BFGS on the whole training set (the objective
 * is convex, so the optimum does not depend on the order examples are read in, and the arithmetic is plain
 * doubles in a fixed order: the same data give the same weights). Examples carry weights, which is how class
 * imbalance is handled: a rare class's examples count for more.
 */

export interface SparseExample {
  /** Feature rows and their values. */
  rows: Int32Array;
  values: Float64Array;
  label: number;
  weight: number;
}

export interface LogisticOptions {
  classes: number;
  features: number;
  /** L2 strength λ: the objective is Σ weight·(−log p) / Σ weight + λ/2·‖w‖² (the bias rows included). */
  l2: number;
  iterations: number;
  /** L-BFGS memory. */
  memory?: number;
  log?: (line: string) => void;
}

/** Row-major features × classes. */
export type Weights = Float64Array;

export function scores(w: ArrayLike<number>, classes: number, rows: ArrayLike<number>, values: ArrayLike<number>): Float64Array {
  const s = new Float64Array(classes);
  for (let i = 0; i < rows.length; i++) {
    const base = rows[i]! * classes;
    const v = values[i]!;
    for (let k = 0; k < classes; k++) s[k] += w[base + k]! * v;
  }
  return s;
}

export function softmax(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (const x of s) max = Math.max(max, x);
  let sum = 0;
  const p = new Float64Array(s.length);
  for (let k = 0; k < s.length; k++) sum += p[k] = Math.exp(s[k]! - max);
  for (let k = 0; k < s.length; k++) p[k]! /= sum;
  return p;
}

/** Loss and its gradient at `w`. */
function objective(w: Weights, data: readonly SparseExample[], opts: LogisticOptions, grad: Float64Array): number {
  const K = opts.classes;
  grad.fill(0);
  let loss = 0;
  let total = 0;
  for (const e of data) total += e.weight;
  for (const e of data) {
    const p = softmax(scores(w, K, e.rows, e.values));
    const c = e.weight / total;
    loss -= c * Math.log(Math.max(p[e.label]!, 1e-300));
    for (let k = 0; k < K; k++) p[k]! -= k === e.label ? 1 : 0;
    for (let i = 0; i < e.rows.length; i++) {
      const base = e.rows[i]! * K;
      const v = e.values[i]! * c;
      for (let k = 0; k < K; k++) grad[base + k] += p[k]! * v;
    }
  }
  for (let j = 0; j < w.length; j++) {
    loss += 0.5 * opts.l2 * w[j]! * w[j]!;
    grad[j] += opts.l2 * w[j]!;
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Fits the weights; `onIteration` sees them after each step (for tuning by held-out score). */
export function trainLogistic(data: readonly SparseExample[], opts: LogisticOptions, onIteration?: (it: number, w: Weights) => void): Weights {
  const n = opts.features * opts.classes;
  const m = opts.memory ?? 10;
  let w = new Float64Array(n);
  let g = new Float64Array(n);
  let f = objective(w, data, opts, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  for (let it = 1; it <= opts.iterations; it++) {
    // two-loop recursion: d = −H·g
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let i = S.length - 1; i >= 0; i--) {
      const a = dot(S[i]!, q) / dot(Y[i]!, S[i]!);
      alpha[i] = a;
      for (let j = 0; j < n; j++) q[j] -= a * Y[i]![j]!;
    }
    if (S.length) {
      const last = S.length - 1;
      const gamma = dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!);
      for (let j = 0; j < n; j++) q[j] *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g)) || 1;
      for (let j = 0; j < n; j++) q[j] /= norm;
    }
    for (let i = 0; i < S.length; i++) {
      const b = dot(Y[i]!, q) / dot(Y[i]!, S[i]!);
      for (let j = 0; j < n; j++) q[j] += S[i]![j]! * (alpha[i]! - b);
    }
    const d = q.map((x) => -x);
    let slope = dot(g, d);
    if (slope >= 0) {
      // not a descent direction (numerical trouble): restart from the gradient
      S.length = 0;
      Y.length = 0;
      for (let j = 0; j < n; j++) d[j] = -g[j]!;
      slope = -dot(g, g);
    }
    // backtracking line search (Armijo)
    let step = 1;
    const wNext = new Float64Array(n);
    const gNext = new Float64Array(n);
    let fNext = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < n; j++) wNext[j] = w[j]! + step * d[j]!;
      fNext = objective(wNext, data, opts, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNext < f)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = wNext[j]! - w[j]!;
      y[j] = gNext[j]! - g[j]!;
    }
    if (dot(s, y) > 1e-12) {
      S.push(s);
      Y.push(y);
      if (S.length > m) {
        S.shift();
        Y.shift();
      }
    }
    const improvement = f - fNext;
    w = wNext;
    g = gNext;
    f = fNext;
    onIteration?.(it, w);
    if (opts.log && it % 25 === 0) opts.log(`iteration ${it}: loss ${f.toFixed(5)}`);
    if (improvement < 1e-9 * Math.max(1, Math.abs(f))) break;
  }
  return w;
}
