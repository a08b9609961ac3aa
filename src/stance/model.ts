/**
 * The stance model as the classifier uses it: feature names → rows of a weight table over the three labels, and
 * the function that turns a pair of statements into probabilities.
 */
import { textPairFeatures, type FeatureVector } from './features.js';
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
  const p = softmax(scores(model.weights, model.labels.length, rows, values));
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const probabilities = Object.fromEntries(model.labels.map((l, k) => [l, p[k]!])) as Record<StanceLabel, number>;
  return { label: model.labels[best]!, confidence: p[best]!, probabilities };
}

/** Stance of statement `b` towards statement `a`. */
export function predictStance(model: StanceModel, a: string, b: string): StancePrediction {
  return predictFeatures(model, textPairFeatures(a, b));
}
