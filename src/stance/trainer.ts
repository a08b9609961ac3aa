/**
 * Training the stance model from labelled pairs: features of every pair, the features seen in fewer than
 * `minCount` pairs dropped (they would only memorise), examples weighted against class imbalance, and an L2
 * logistic regression fitted on the rest. Pure: pairs in, model out; the same pairs and options give the same
 * weights.
 */
import { textPairFeatures, type FeatureVector } from './features.js';
import { trainLogistic, type SparseExample } from './logistic.js';
import { STANCE_LABELS, vectorRows, type StanceLabel, type StanceModel } from './model.js';
import { STANCE_FEATURE_VERSION } from './features.js';

export interface StanceTrainOptions {
  l2: number;
  iterations: number;
  /** Features seen in fewer pairs than this are dropped. */
  minCount: number;
  /**
   * Class weights are (N / (K · n_class))^power: 0 leaves the data as they are, 1 makes every class count as much
   * as every other in the loss (macro-F1 treats them so).
   */
  balance: number;
  log?: (line: string) => void;
}

export interface LabelledFeatures {
  features: FeatureVector;
  label: StanceLabel;
}

export function featurize(pairs: ReadonlyArray<{ s1: string; s2: string; stance: StanceLabel | null }>): LabelledFeatures[] {
  return pairs.map((p) => {
    if (!p.stance) throw new Error('a training pair has no stance');
    return { features: textPairFeatures(p.s1, p.s2), label: p.stance };
  });
}

export interface TrainedStance {
  model: StanceModel;
  /** Feature names by row. */
  names: string[];
}

export function trainStance(data: readonly LabelledFeatures[], opts: StanceTrainOptions): TrainedStance {
  const counts = new Map<string, number>();
  for (const d of data) for (const name of d.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  // rows numbered in sorted name order: independent of the order pairs came in
  const names = [...counts].filter(([, n]) => n >= opts.minCount).map(([name]) => name).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const K = STANCE_LABELS.length;
  const perClass = STANCE_LABELS.map((l) => data.filter((d) => d.label === l).length);
  const classWeight = perClass.map((n) => (n ? Math.pow(data.length / (K * n), opts.balance) : 0));
  const examples: SparseExample[] = data.map((d) => {
    const label = STANCE_LABELS.indexOf(d.label);
    return { ...vectorRows(index, d.features), label, weight: classWeight[label]! };
  });
  opts.log?.(`${data.length} pairs (${STANCE_LABELS.map((l, k) => `${l} ${perClass[k]}`).join(', ')}), ${names.length} features`);
  const weights = trainLogistic(examples, { classes: K, features: names.length, l2: opts.l2, iterations: opts.iterations, log: opts.log });
  return { model: { featureVersion: STANCE_FEATURE_VERSION, labels: STANCE_LABELS, index, weights }, names };
}
