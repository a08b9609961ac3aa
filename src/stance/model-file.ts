/**
 * The model file: gzip'd JSON with the feature names in sorted order and their weights rounded to integers
 * (weight × scale). Features whose rounded weights are all zero are left out. Only feature names and numbers are
 * stored, never a statement of the training data. The same model gives the same bytes.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { STANCE_FEATURE_VERSION } from './features.js';
import { STANCE_LABELS, type StanceModel } from './model.js';

const FORMAT = 'marsad-stance-logistic';

interface ModelJson {
  format: string;
  version: 1;
  featureVersion: number;
  labels: string[];
  scale: number;
  about: string;
  /** Settings chosen on the development set that the users of the model read (e.g. a contradiction threshold). */
  tuned: Record<string, number>;
  features: string[];
  /** Row-major, features.length × labels.length. */
  weights: number[];
}

export interface StanceModelFile extends StanceModel {
  about: string;
  tuned: Record<string, number>;
}

export function serializeStanceModel(
  names: readonly string[],
  weights: ArrayLike<number>,
  opts: { scale: number; about: string; tuned: Record<string, number> },
): { bytes: Buffer; features: number } {
  const K = STANCE_LABELS.length;
  const kept: Array<{ name: string; row: number[] }> = [];
  for (let r = 0; r < names.length; r++) {
    const row: number[] = [];
    let max = 0;
    for (let k = 0; k < K; k++) {
      const v = Math.round(weights[r * K + k]! * opts.scale) + 0; // + 0 turns -0 into 0
      row.push(v);
      max = Math.max(max, Math.abs(v));
    }
    if (max > 0) kept.push({ name: names[r]!, row });
  }
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tuned = Object.fromEntries(Object.entries(opts.tuned).sort(([a], [b]) => (a < b ? -1 : 1)));
  const json: ModelJson = {
    format: FORMAT,
    version: 1,
    featureVersion: STANCE_FEATURE_VERSION,
    labels: [...STANCE_LABELS],
    scale: opts.scale,
    about: opts.about,
    tuned,
    features: kept.map((k) => k.name),
    weights: kept.flatMap((k) => k.row),
  };
  // gzip's header carries no time stamp here (Node writes 0), so the bytes depend on the content alone
  return { bytes: gzipSync(Buffer.from(JSON.stringify(json), 'utf8'), { level: 9 }), features: kept.length };
}

export function parseStanceModel(bytes: Uint8Array): StanceModelFile {
  const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelJson;
  if (json.format !== FORMAT || json.version !== 1) throw new Error(`not a ${FORMAT} model file`);
  if (json.featureVersion !== STANCE_FEATURE_VERSION)
    throw new Error(`the model was trained on features v${json.featureVersion}, this code computes v${STANCE_FEATURE_VERSION}: retrain it`);
  if (json.labels.join() !== STANCE_LABELS.join()) throw new Error('the model was trained on another label set');
  const index = new Map<string, number>();
  json.features.forEach((f, i) => index.set(f, i));
  const weights = Float64Array.from(json.weights, (w) => w / json.scale);
  return { featureVersion: json.featureVersion, labels: STANCE_LABELS, index, weights, about: json.about, tuned: json.tuned };
}
