/**
 * The model file: gzip'd JSON with the feature names, their weights rounded to integers (weights × scale; scaling
 * every weight alike leaves the decoder's choices unchanged) and the transition table. Features whose rounded
 * weights are all zero are left out. The same model gives the same bytes.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION } from './features.js';
import { knownWordsChecksum } from './known-words-file.js';
import { lexiconFromJson, lexiconToJson } from './lexicon.js';
import { UNK_TEMPLATES, type NerModel } from './perceptron.js';
import type { StackedModel } from './stacked.js';
import { STATES } from './tags.js';

const FORMAT = 'marsad-ner-perceptron';
const K = STATES.length;

interface PassJson {
  transitions: number[];
  features: string[];
  /** Row-major, features.length × tags.length. */
  weights: number[];
  /** Features kept with all-zero weights: known words, so that they do not read as `<UNK>`. */
  zero: string[];
}

interface ModelJson {
  format: string;
  version: 1;
  featureVersion: number;
  /** The checksum of the known-words filter the features read (known-words-file.ts). */
  knownWords: string;
  tags: string[];
  scale: number;
  about: string;
  window: number;
  /** Whether the second pass reads the first pass's names nearby as phrases. */
  docLexicon?: boolean;
  first: PassJson;
  second: PassJson;
  /** The names learnt from the training sentences (lexicon.ts): [phrase, occurrences, PERS, LOC, ORG, MISC]. */
  lexicon?: Array<[string, number, ...number[]]>;
}

export interface SerializeOptions {
  /** Weights are stored as round(weight × scale). */
  scale: number;
  /** A feature is kept when one of its rounded weights reaches this magnitude. */
  minWeight: number;
  about: string;
}

function serializePass(model: NerModel, names: readonly string[], opts: SerializeOptions): PassJson {
  const features: string[] = [];
  const weights: number[] = [];
  const zero: string[] = [];
  const row = new Array<number>(K);
  for (let r = 0; r < names.length; r++) {
    let max = 0;
    for (let y = 0; y < K; y++) {
      row[y] = Math.round(model.weights[r * K + y]! * opts.scale) + 0; // + 0 turns -0 into 0
      max = Math.max(max, Math.abs(row[y]!));
    }
    if (max >= Math.max(1, opts.minWeight)) {
      features.push(names[r]!);
      weights.push(...row);
    } else if (UNK_TEMPLATES.includes(names[r]!.slice(0, names[r]!.indexOf('=')))) {
      zero.push(names[r]!);
    }
  }
  const transitions = Array.from(model.transitions, (w) => Math.round(w * opts.scale) + 0);
  return { transitions, features, weights, zero };
}

export function serializeModel(
  model: StackedModel,
  names: { first: readonly string[]; second: readonly string[] },
  opts: SerializeOptions,
): { bytes: Buffer; features: number } {
  const json: ModelJson = {
    format: FORMAT,
    version: 1,
    featureVersion: FEATURE_VERSION,
    knownWords: knownWordsChecksum(),
    tags: [...STATES],
    scale: opts.scale,
    about: opts.about,
    window: model.window,
    ...(model.docLexicon ? { docLexicon: true } : {}),
    first: serializePass(model.first, names.first, opts),
    second: serializePass(model.second, names.second, opts),
    ...(model.lexicon ? { lexicon: lexiconToJson(model.lexicon) } : {}),
  };
  const features = json.first.features.length + json.second.features.length;
  // gzip's header carries no time stamp here (Node writes 0), so the bytes depend on the content alone
  return { bytes: gzipSync(Buffer.from(JSON.stringify(json), 'utf8'), { level: 9 }), features };
}

/** The feature names of a pass read from a model file, in row order: `features`, then `zero` (the all-zero row). */
export interface StoredNames {
  features: readonly string[];
  zero: readonly string[];
  /**
   * The largest magnitude of the weights when the file's reader found them all integers (integerArray), so that
   * the inference path need not look at every weight again to know it may sum them in any order; else undefined.
   */
  integerMax?: number;
  /** The weight array the above was found of. */
  weights?: Float32Array;
}

const STORED = new WeakMap<NerModel, StoredNames>();

/**
 * The names of a pass read by {@link parseModel}, for the inference path (compiled-pass.ts), which splits them by
 * template straight from these arrays; undefined for a model made otherwise (then read its `index`).
 */
export function storedNames(model: NerModel): StoredNames | undefined {
  return STORED.get(model);
}

function indexOf(names: StoredNames): Map<string, number> {
  const index = new Map<string, number>();
  const { features, zero } = names;
  for (let i = 0; i < features.length; i++) index.set(features[i]!, i);
  // known words without weights share one all-zero row at the end
  for (const f of zero) index.set(f, features.length);
  return index;
}

/**
 * A pass with its weights. Its `index` (name → row, a map of every feature: a quarter of a second per pass to
 * build) is made on first use: the inference path does not read it (compiled-pass.ts), the string path does.
 */
function parsePass(json: PassJson, weightArrays: readonly Float64Array[] | null): NerModel {
  const names: StoredNames = { features: json.features, zero: json.zero };
  const weights = new Float32Array((json.features.length + 1) * K);
  const read = weightArrays?.[json.weights[0]!];
  weights.set(read ?? json.weights);
  // integers stay integers in 32 bits (those past 2^24 are rounded to integers), and rounding keeps the order
  if (read) {
    names.integerMax = Math.fround(maxMagnitude(read));
    names.weights = weights;
  }
  let index: Map<string, number> | undefined;
  const model = { featureVersion: FEATURE_VERSION, weights, transitions: Float32Array.from(json.transitions) } as Omit<NerModel, 'index'> as NerModel;
  Object.defineProperty(model, 'index', {
    enumerable: true,
    configurable: true,
    get: () => (index ??= indexOf(names)),
    set: (m: Map<string, number>) => {
      index = m;
      STORED.delete(model); // the names no longer say what the model holds
    },
  });
  STORED.set(model, names);
  return model;
}

function maxMagnitude(values: Float64Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > max) max = v;
    else if (-v > max) max = -v;
  }
  return max;
}

const WEIGHTS_KEY = Buffer.from('"weights":[');

/**
 * The integers of a JSON array whose text starts at `from` (after its `[`), and where its `]` is; null when the
 * array holds anything else than integers of up to 15 digits (then JSON.parse reads it, whatever it holds).
 */
function integerArray(text: Uint8Array, from: number): { values: Float64Array; end: number } | null {
  let count = 0;
  let end = from;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (c === 93) break; // ]
    if (c === 44) count++; // ,
    else if (!(c >= 48 && c <= 57) && c !== 45) return null; // neither a digit nor -
  }
  if (end === text.length) return null;
  if (end > from) count++;
  const values = new Float64Array(count);
  let k = 0;
  let n = 0;
  let digits = 0;
  let negative = false;
  for (let j = from; j <= end; j++) {
    const c = text[j]!;
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c === 45 && digits === 0 && !negative) {
      negative = true;
    } else {
      if (digits === 0 || digits > 15) return null; // "-", "", or beyond exact doubles
      values[k++] = negative ? -n : n;
      n = 0;
      digits = 0;
      negative = false;
    }
  }
  return k === count ? { values, end } : null;
}

/**
 * The model's JSON, its weight arrays read from the bytes: they are most of the file's numbers, and parsing them
 * as plain integers is several times faster than JSON.parse. Each array is replaced in the text by its position
 * ([0], [1] …) for JSON.parse, which reads the rest. Falls back on JSON.parse of the whole text when an array
 * holds anything but integers. (`"weights":[` cannot occur inside a JSON string: its quotes would be escaped.)
 */
function readJson(text: Buffer): { json: ModelJson; weightArrays: Float64Array[] | null } {
  const parts: Uint8Array[] = [];
  const weightArrays: Float64Array[] = [];
  let from = 0;
  for (let at = text.indexOf(WEIGHTS_KEY); at >= 0; at = text.indexOf(WEIGHTS_KEY, from)) {
    const start = at + WEIGHTS_KEY.length;
    const array = integerArray(text, start);
    if (!array) return { json: JSON.parse(text.toString('utf8')) as ModelJson, weightArrays: null };
    parts.push(text.subarray(from, start), Buffer.from(String(weightArrays.length)));
    weightArrays.push(array.values);
    from = array.end;
  }
  parts.push(text.subarray(from));
  return { json: JSON.parse(Buffer.concat(parts).toString('utf8')) as ModelJson, weightArrays };
}

export function parseModel(bytes: Uint8Array): StackedModel {
  const { json, weightArrays } = readJson(gunzipSync(bytes));
  if (json.format !== FORMAT || json.version !== 1) throw new Error(`not a ${FORMAT} model file`);
  if (json.featureVersion !== FEATURE_VERSION)
    throw new Error(`the model was trained on features v${json.featureVersion}, this code computes v${FEATURE_VERSION}: retrain it`);
  if (json.knownWords !== knownWordsChecksum())
    throw new Error(`the model was trained with known-words filter ${json.knownWords}, models/known-words.bin is ${knownWordsChecksum()}: retrain it`);
  if (json.tags.join() !== STATES.join()) throw new Error('the model was trained on another tag set');
  const model: StackedModel = { first: parsePass(json.first, weightArrays), second: parsePass(json.second, weightArrays), window: json.window };
  if (json.lexicon) model.lexicon = lexiconFromJson(json.lexicon);
  if (json.docLexicon) model.docLexicon = true;
  return model;
}
