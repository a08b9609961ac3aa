/**
 * The stance model as the classifier uses it: feature names → rows of a weight table over the three labels, and
 * the function that turns a pair of statements into probabilities.
 */
import { emitPairFeatures, textPairFeatures, type FeatureSink, type FeatureVector } from './features.js';
import type { Statement } from './text.js';
import { scores, softmax } from './logistic.js';

export const STANCE_LABELS = ['agree', 'disagree', 'other'] as const;
export type StanceLabel = (typeof STANCE_LABELS)[number];

export interface StanceModel {
  featureVersion: number;
  labels: readonly StanceLabel[];
  index: ReadonlyMap<string, number>;
  /** Row-major: weights[row * labels.length + label]. */
  weights: ArrayLike<number>;
}

export interface StancePrediction {
  label: StanceLabel;
  /** Probability of the chosen label. */
  confidence: number;
  /** Probability of every label, in {@link STANCE_LABELS} order. */
  probabilities: Record<StanceLabel, number>;
}

/** Known features of a vector, as rows and values (unknown features carry no weight and are dropped). */
export function vectorRows(index: ReadonlyMap<string, number>, f: FeatureVector): { rows: Int32Array; values: Float64Array } {
  const rows: number[] = [];
  const values: number[] = [];
  for (const [name, v] of f) {
    const r = index.get(name);
    if (r !== undefined && v !== 0) {
      rows.push(r);
      values.push(v);
    }
  }
  return { rows: Int32Array.from(rows), values: Float64Array.from(values) };
}

export function predictFeatures(model: StanceModel, f: FeatureVector): StancePrediction {
  const { rows, values } = vectorRows(model.index, f);
  return predictRows(model, rows, values);
}

/** The prediction from a vector's known features as rows and values (in the vector's order). */
function predictRows(model: StanceModel, rows: ArrayLike<number>, values: ArrayLike<number>): StancePrediction {
  return predictionOf(model, softmax(scores(model.weights, model.labels.length, rows, values)));
}

/** The prediction from the labels' probabilities. */
function predictionOf(model: StanceModel, p: Float64Array): StancePrediction {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  // keys in label order, as Object.fromEntries over the labels would give them (no entry arrays per prediction)
  const probabilities = {} as Record<StanceLabel, number>;
  for (let k = 0; k < model.labels.length; k++) probabilities[model.labels[k]!] = p[k]!;
  return { label: model.labels[best]!, confidence: p[best]!, probabilities };
}

/** Stance of statement `b` towards statement `a`. */
export function predictStance(model: StanceModel, a: string, b: string): StancePrediction {
  return predictFeatures(model, textPairFeatures(a, b));
}

/**
 * Model rows by feature name, kept per model: a fixed name by itself, a name made of parts by its parts (so the
 * name is not built again for every pair). -1 for a name the model does not know. Bounded; emptied when full.
 */
interface RowCache {
  names: Map<string, number>;
  parts: Map<string, Map<string, number>>;
  pairs: Map<string, Map<string, Map<string, Map<string, number>>>>;
  size: number;
  /** Slot of each row in the vector being read (valid when the slot holds that row: see RowSink). */
  slots: Int32Array;
}

const ROW_CACHE_SIZE = 500_000;
const rowCaches = new WeakMap<ReadonlyMap<string, number>, RowCache>();

function rowCacheOf(model: StanceModel): RowCache {
  let c = rowCaches.get(model.index);
  if (!c) {
    let rows = 0;
    for (const r of model.index.values()) rows = Math.max(rows, r + 1);
    c = { names: new Map(), parts: new Map(), pairs: new Map(), size: 0, slots: new Int32Array(rows) };
    rowCaches.set(model.index, c);
  }
  if (c.size > ROW_CACHE_SIZE) {
    c.names.clear();
    c.parts.clear();
    c.pairs.clear();
    c.size = 0;
  }
  return c;
}

/**
 * The sink that reads features straight into model rows, in the order the vector would hold them (a feature's
 * first appearance) with the values it would sum: what {@link vectorRows} makes of the vector, without the vector.
 */
class RowSink implements FeatureSink {
  readonly rows: number[] = [];
  readonly values: number[] = [];
  constructor(
    private readonly model: StanceModel,
    private readonly cache: RowCache,
  ) {}
  private add(row: number, value: number): void {
    if (row < 0) return;
    const slot = this.cache.slots[row]!;
    // a slot is this vector's when it points at this row (no clearing between vectors)
    if (slot < this.rows.length && this.rows[slot] === row) this.values[slot] += value;
    else {
      this.cache.slots[row] = this.rows.length;
      this.rows.push(row);
      this.values.push(0 + value);
    }
  }
  private rowOf(name: string): number {
    this.cache.size++;
    return this.model.index.get(name) ?? -1;
  }
  on(name: string, value = 1): void {
    let row = this.cache.names.get(name);
    if (row === undefined) this.cache.names.set(name, (row = this.rowOf(name)));
    this.add(row, value);
  }
  part(prefix: string, part: string, value = 1): void {
    let byPart = this.cache.parts.get(prefix);
    if (!byPart) this.cache.parts.set(prefix, (byPart = new Map()));
    let row = byPart.get(part);
    if (row === undefined) byPart.set(part, (row = this.rowOf(prefix + part)));
    this.add(row, value);
  }
  parts(prefix: string, a: string, mid: string, b: string, value = 1): void {
    let byMid = this.cache.pairs.get(prefix);
    if (!byMid) this.cache.pairs.set(prefix, (byMid = new Map()));
    let byA = byMid.get(mid);
    if (!byA) byMid.set(mid, (byA = new Map()));
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map()));
    let row = byB.get(b);
    if (row === undefined) byB.set(b, (row = this.rowOf(prefix + a + mid + b)));
    this.add(row, value);
  }
}

/**
 * Stance of statement `s2` towards `s1`: the same prediction as {@link predictFeatures} of their feature vector,
 * read without building the vector.
 */
export function predictPair(model: StanceModel, s1: Statement, s2: Statement): StancePrediction {
  const sink = new RowSink(model, rowCacheOf(model));
  emitPairFeatures(s1, s2, sink);
  return predictionOf(model, softmax(nonZeroScores(model, sink.rows, sink.values)));
}

/**
 * The labels' scores over the rows whose values do not sum to zero (a feature that does carries no weight, as
 * vectorRows leaves it out), summed in the vector's order as {@link scores} sums them: the rows are read where
 * the sink left them instead of being copied into arrays of their own for every prediction.
 */
function nonZeroScores(model: StanceModel, rows: readonly number[], values: readonly number[]): Float64Array {
  const classes = model.labels.length;
  const w = model.weights;
  const s = new Float64Array(classes);
  for (let i = 0; i < rows.length; i++) {
    const v = values[i]!;
    if (v === 0) continue;
    const base = rows[i]! * classes;
    for (let k = 0; k < classes; k++) s[k] += w[base + k]! * v;
  }
  return s;
}
