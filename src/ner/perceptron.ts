/**
 * An averaged structured perceptron over BIO tag sequences (Collins 2002): emission weights for every
 * (feature, tag) pair, first-order transition weights, Viterbi decoding restricted to valid BIO sequences.
 * Training is deterministic: sentences are visited in an order drawn from a seeded generator, features are
 * numbered in order of first appearance, and only plain arithmetic on doubles is used.
 */
import { STATES, allowedStateTransition, canEnd, tagsToStates } from './tags.js';

/** Number of states: the width of a weight row. */
export const K = STATES.length;
/** Row of the transition table used for the sentence start. */
const START = K;

/** -Infinity where a BIO transition is not allowed, 0 elsewhere; rows prev (START last), columns next. */
export const TRANSITION_MASK: Float64Array = (() => {
  const m = new Float64Array((K + 1) * K);
  for (let p = 0; p <= K; p++)
    for (let n = 0; n < K; n++) if (!allowedStateTransition(p === START ? null : STATES[p]!, STATES[n]!)) m[p * K + n] = -Infinity;
  return m;
})();

/**
 * Templates whose value, when too rare in training to keep, is replaced by `<UNK>`: the model learns how unseen
 * words behave from the rare words of the training data, and a word unseen at run time gets the same feature.
 */
export const UNK_TEMPLATES: readonly string[] = ['w', 's'];

function templateOf(feature: string): string {
  const eq = feature.indexOf('=');
  return eq < 0 ? feature : feature.slice(0, eq);
}

const UNK_SET = new Set(UNK_TEMPLATES);

/** The templates that name the word itself, left out by lexical dropout. */
export const DROP_TEMPLATES: readonly string[] = ['w', 'r', 's', 'a', 'w-1|w', 'w|w+1', 's-1|s'];
const DROP_SET = new Set(DROP_TEMPLATES);

/** The longest UNK template: a feature whose `=` comes later cannot fall back on a `<UNK>`. */
const UNK_MAX = Math.max(...UNK_TEMPLATES.map((t) => t.length));

/** Per feature index, template → the row of its `<UNK>` (-1 when the model has none), looked up once. */
const UNK_ROWS = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>();

/** The row of a feature, or of its template's `<UNK>` when the template has one, or -1. */
export function rowOf(index: ReadonlyMap<string, number>, f: string): number {
  const r = index.get(f);
  if (r !== undefined) return r;
  const eq = f.indexOf('=');
  if ((eq < 0 ? f.length : eq) > UNK_MAX) return -1;
  const t = eq < 0 ? f : f.slice(0, eq);
  if (!UNK_SET.has(t)) return -1;
  let unk = UNK_ROWS.get(index);
  if (unk === undefined) UNK_ROWS.set(index, (unk = new Map()));
  let u = unk.get(t);
  if (u === undefined) unk.set(t, (u = index.get(t + '=<UNK>') ?? -1));
  return u;
}

/** -Infinity for the states a sentence cannot end in. */
export const END_MASK: Float64Array = Float64Array.from(STATES, (s) => (canEnd(s) ? 0 : -Infinity));

/** A trained model as the tagger uses it. */
export interface NerModel {
  featureVersion: number;
  /** Added to the score of O at every token: below 0 leans towards entities (tuned for F1). */
  outsideBias?: number;
  /** Feature name → row of `weights`. */
  index: Map<string, number>;
  /** Row-major: weights[row * K + tag]. */
  weights: Float32Array | Float64Array;
  /** (K + 1) × K: previous tag (the start last) → next tag. */
  transitions: Float32Array | Float64Array;
}

/**
 * For each next state, the previous states (START excluded) the BIO rules allow, in increasing order: Viterbi
 * skips the others, whose score would be -Infinity and so never win (the result is the same as trying them all).
 * Flat: the previous states of state y are ALLOWED_PREV[ALLOWED_FROM[y] … ALLOWED_FROM[y + 1]).
 */
const ALLOWED_FROM = new Int32Array(K + 1);
const ALLOWED_PREV: Int32Array = (() => {
  const ps: number[] = [];
  for (let y = 0; y < K; y++) {
    for (let p = 0; p < K; p++) if (TRANSITION_MASK[p * K + y] === 0) ps.push(p);
    ALLOWED_FROM[y + 1] = ps.length;
  }
  return Int32Array.from(ps);
})();

/**
 * Per transition table, the scores Viterbi adds at each allowed step, in ALLOWED_PREV's order, and the start
 * row with the mask added: made once, since a model's table does not change (training passes a new array at
 * every call, which is decoded without the cache).
 */
const STEP_SCORES = new WeakMap<object, StepScores>();

interface StepScores {
  step: Float64Array;
  start: Float64Array;
  /** BILOU_SHAPE's steps: per next state y, its allowed steps at y × CLOSED.length … (see viterbiBilou). */
  bilou: Float64Array | null;
}

/**
 * The states no entity is open after (O, L-X, U-X) in increasing order, when the allowed steps have the BILOU
 * shape: a state that opens nothing (O, B-X, U-X) follows exactly these, a state that continues X (I-X, L-X)
 * follows exactly B-X and I-X (B-X's number the lower, as STATES orders them); else null.
 */
const CLOSED: Int32Array | null = (() => {
  const closed: number[] = [];
  for (let p = 0; p < K; p++) if (!STATES[p]!.startsWith('B-') && !STATES[p]!.startsWith('I-')) closed.push(p);
  for (let y = 0; y < K; y++) {
    const prev = Array.from(ALLOWED_PREV.subarray(ALLOWED_FROM[y]!, ALLOWED_FROM[y + 1]!));
    const st = STATES[y]!;
    const continues = st.startsWith('I-') || st.startsWith('L-');
    const want = continues ? [STATES.indexOf('B-' + st.slice(2)), STATES.indexOf('I-' + st.slice(2))] : closed;
    if (prev.length !== want.length || prev.some((p, i) => p !== want[i]) || (continues && want[1] !== want[0]! + 1)) return null;
  }
  return Int32Array.from(closed);
})();

function stepScores(transitions: ArrayLike<number>): StepScores {
  const step = new Float64Array(ALLOWED_PREV.length);
  for (let y = 0; y < K; y++) for (let j = ALLOWED_FROM[y]!; j < ALLOWED_FROM[y + 1]!; j++) step[j] = transitions[ALLOWED_PREV[j]! * K + y]!;
  const start = new Float64Array(K);
  for (let y = 0; y < K; y++) start[y] = transitions[START * K + y]! + TRANSITION_MASK[START * K + y]!;
  let bilou: Float64Array | null = null;
  if (CLOSED !== null) {
    const C = CLOSED.length;
    bilou = new Float64Array(K * C);
    for (let y = 0; y < K; y++) {
      const n = ALLOWED_FROM[y + 1]! - ALLOWED_FROM[y]!;
      for (let j = 0; j < n; j++) bilou[y * C + j] = step[ALLOWED_FROM[y]! + j]!;
    }
  }
  return { step, start, bilou };
}

/** Per state: 1 when it continues an entity (I-X, L-X: its predecessors are B-X, I-X), 0 otherwise. */
const CONTINUES = Uint8Array.from(STATES, (s) => (s.startsWith('I-') || s.startsWith('L-') ? 1 : 0));
/** Per continuing state, the number of B- of its type. */
const OPENER = Int32Array.from(STATES, (s) => (s.length > 2 ? STATES.indexOf('B-' + s.slice(2)) : 0));
/** The scores of the closed states at the previous token (viterbiBilou). */
const closedScores = new Float64Array(CLOSED?.length ?? 0);

/**
 * One step of Viterbi for the BILOU shape (CLOSED): the same candidates in the same order with the same strict
 * comparison as the generic loop, so the same path and tie-breaks, but the closed states' scores are read once per
 * token and a continuing state weighs its two predecessors without a table of them.
 */
function bilouStep(score: Float64Array, back: Uint8Array, emit: Float64Array, prevRow: number, row: number, bilou: Float64Array, closed: Int32Array): void {
  const C = closed.length;
  const cs = closedScores;
  for (let k = 0; k < C; k++) cs[k] = score[prevRow + closed[k]!]!;
  for (let y = 0; y < K; y++) {
    let best = -Infinity;
    let arg = 0;
    const at = y * C;
    if (CONTINUES[y] === 1) {
      const b = OPENER[y]!;
      const s0 = score[prevRow + b]! + bilou[at]!;
      if (s0 > best) {
        best = s0;
        arg = b;
      }
      const s1 = score[prevRow + b + 1]! + bilou[at + 1]!;
      if (s1 > best) {
        best = s1;
        arg = b + 1;
      }
    } else {
      for (let k = 0; k < C; k++) {
        const s = cs[k]! + bilou[at + k]!;
        if (s > best) {
          best = s;
          arg = closed[k]!;
        }
      }
    }
    score[row + y] = best + emit[row + y]!;
    back[row + y] = arg;
  }
}

/** Viterbi's score and back-pointer tables, grown as needed and reused from sentence to sentence. */
let scoreScratch = new Float64Array(64 * K);
let backScratch = new Uint8Array(64 * K);

/**
 * Best valid state sequence for emission scores `emit` (T × K). `cache`: whether `transitions` is a model's
 * table that will not change (its step scores are then kept).
 */
export function viterbi(emit: Float64Array, T: number, transitions: ArrayLike<number>, cache = false): Uint8Array {
  const out = new Uint8Array(T);
  if (T === 0) return out;
  if (scoreScratch.length < T * K) {
    scoreScratch = new Float64Array(T * K * 2);
    backScratch = new Uint8Array(T * K * 2);
  }
  let tables = cache ? STEP_SCORES.get(transitions) : undefined;
  if (tables === undefined) {
    tables = stepScores(transitions);
    if (cache) STEP_SCORES.set(transitions, tables);
  }
  const { step, start, bilou } = tables;
  const score = scoreScratch;
  const back = backScratch;
  for (let y = 0; y < K; y++) score[y] = emit[y]! + start[y]!;
  if (bilou !== null) for (let t = 1; t < T; t++) bilouStep(score, back, emit, (t - 1) * K, t * K, bilou, CLOSED!);
  else for (let t = 1; t < T; t++) {
    const prevRow = (t - 1) * K;
    const row = t * K;
    for (let y = 0; y < K; y++) {
      let best = -Infinity;
      let arg = 0;
      const to = ALLOWED_FROM[y + 1]!;
      for (let j = ALLOWED_FROM[y]!; j < to; j++) {
        const p = ALLOWED_PREV[j]!;
        const s = score[prevRow + p]! + step[j]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + y] = best + emit[row + y]!;
      back[row + y] = arg;
    }
  }
  return traceBack(score, (T - 1) * K, back, out);
}

/**
 * The best path's states into `out` (T of them): the last token's best state that may end a sentence (its
 * scores at `last[at …]`), then each token's back-pointer to the one before.
 */
function traceBack(last: ArrayLike<number>, at: number, back: Uint8Array, out: Uint8Array): Uint8Array {
  const T = out.length;
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < K; y++) {
    const s = last[at + y]! + END_MASK[y]!;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  out[T - 1] = arg;
  for (let t = T - 1; t > 0; t--) out[t - 1] = back[t * K + out[t]!]!;
  return out;
}

/** The tagging-time Viterbi's two score rows (previous token, this token), back-pointers, and the closed states' scores. */
const rollA = new Float64Array(K);
const rollB = new Float64Array(K);
const closedPrev = new Float64Array(K);
let tagBack = new Uint8Array(64 * K);

/**
 * {@link viterbi} for a model's own transition table at tagging time, the same path and tie-breaks: a specialised
 * loop over the BILOU shape (CLOSED) when the step scores have it, else viterbi itself. Only two rows of scores are
 * kept (the previous token's and this one's). A continuing state weighs only its opener and itself; every other
 * state weighs the closed states, whose previous scores are gathered once per token into one small row, in
 * CLOSED's order with the same strict comparison, so the candidates and the winner of each comparison are the
 * generic loop's.
 */
export function tagViterbi(emit: Float64Array, T: number, transitions: ArrayLike<number>): Uint8Array {
  let tables = STEP_SCORES.get(transitions);
  if (tables === undefined) STEP_SCORES.set(transitions, (tables = stepScores(transitions)));
  const bilou = tables.bilou;
  const closed = CLOSED;
  if (bilou === null || closed === null || closed.length !== 9 || T === 0) return viterbi(emit, T, transitions, true);
  const out = new Uint8Array(T);
  if (tagBack.length < T * K) tagBack = new Uint8Array(T * K * 2);
  const back = tagBack;
  const start = tables.start;
  const c = closedPrev;
  let prev = rollA;
  let cur = rollB;
  for (let y = 0; y < K; y++) prev[y] = emit[y]! + start[y]!;
  for (let t = 1; t < T; t++) {
    const row = t * K;
    for (let j = 0; j < 9; j++) c[j] = prev[closed[j]!]!;
    for (let y = 0; y < K; y++) {
      let best = -Infinity;
      let arg = 0;
      const at = y * 9;
      if (CONTINUES[y] === 1) {
        const b = OPENER[y]!;
        for (let j = 0; j < 2; j++) {
          const s = prev[b + j]! + bilou[at + j]!;
          if (s > best) {
            best = s;
            arg = b + j;
          }
        }
      } else {
        for (let j = 0; j < 9; j++) {
          const s = c[j]! + bilou[at + j]!;
          if (s > best) {
            best = s;
            arg = closed[j]!;
          }
        }
      }
      cur[y] = best + emit[row + y]!;
      back[row + y] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return traceBack(prev, 0, back, out);
}

/**
 * Emission scores of a featurised sentence whose features are already rows (-1: unknown). In training, the rows
 * flagged in `skip` are left out at the tokens flagged in `dropped` (lexical dropout).
 */
export function emissions(
  rows: Int32Array,
  offsets: Int32Array,
  T: number,
  weights: ArrayLike<number>,
  outsideBias = 0,
  dropped?: Uint8Array,
  skip?: Uint8Array,
): Float64Array {
  const emit = new Float64Array(T * K);
  for (let t = 0; t < T; t++) {
    emit[t * K] = outsideBias;
    const drop = dropped !== undefined && dropped[t] === 1;
    for (let j = offsets[t]!; j < offsets[t + 1]!; j++) {
      const r = rows[j]!;
      if (r < 0 || (drop && skip![r] === 1)) continue;
      const base = r * K;
      for (let y = 0; y < K; y++) emit[t * K + y]! += weights[base + y]!;
    }
  }
  return emit;
}

/** The emission scores of one sentence by the string path: every feature string looked up and its row added. */
export function stringEmissions(model: NerModel, features: readonly (readonly string[])[]): Float64Array {
  const T = features.length;
  const offsets = new Int32Array(T + 1);
  const flat: number[] = [];
  features.forEach((fs, t) => {
    for (const f of fs) flat.push(rowOf(model.index, f));
    offsets[t + 1] = flat.length;
  });
  return emissions(Int32Array.from(flat), offsets, T, model.weights, model.outsideBias);
}

/** Tags (as indices) of one sentence's tokens. */
export function decode(model: NerModel, features: readonly (readonly string[])[]): Uint8Array {
  return viterbi(stringEmissions(model, features), features.length, model.transitions);
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training data are dropped. */
  minCount: number;
  /** Words (UNK_TEMPLATES) seen fewer times than this are trained as `<UNK>`. */
  unkBelow: number;
  /**
   * Lexical dropout: at each visit of a sentence, each token loses its word-identity features (DROP_TEMPLATES)
   * with this probability, so that the model learns what context and gazetteers say about words it has not seen.
   */
  dropout?: number;
  /**
   * Loss-augmented training (a cost-sensitive structured perceptron): while a sentence is decoded for an update,
   * every state but the gold one of each token scores this much more, so the model keeps learning from a sentence
   * until its gold path wins by a margin that grows with the number of tokens a wrong path gets wrong, instead of
   * stopping at the first right answer. 0: the plain perceptron. Tagging never adds it.
   */
  margin?: number;
  /** The learner: the averaged perceptron (the default) or a linear-chain CRF trained by SGD (crf.ts). */
  learner?: 'perceptron' | 'crf';
  /** CRF: the L2 penalty over the whole training set (c2 / 2 · |w|²) and the first learning rate. */
  c2?: number;
  eta?: number;
  /** CRF: tag with the mean of the end-of-epoch weights instead of the last ones. */
  crfAverage?: boolean;
  /** Called after each epoch with the averaged model so far (for tuning on held-out data). */
  onEpoch?: (epoch: number, model: NerModel) => void;
  log?: (line: string) => void;
}

export interface TrainingExample {
  /** Features of each token (see features.ts). */
  features: readonly (readonly string[])[];
  tags: readonly string[];
}

/** A small seeded generator (mulberry32): the same seed gives the same visiting order everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Feature strings numbered once, so that the many trainings of the jackknife count and look up integers.
 * Numbers follow first appearance: the same data gives the same numbers.
 */
export class FeatureTable {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** For each feature, the number of its template's `<UNK>` (-1 when its template has none). */
  readonly unkOf: number[] = [];

  id(f: string): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(f, id);
      this.names.push(f);
      this.unkOf.push(-1);
      const t = templateOf(f);
      if (UNK_SET.has(t)) this.unkOf[id] = this.id(t + '=<UNK>');
    }
    return id;
  }

  /** One sentence's features as numbers, token after token. */
  encode(features: readonly (readonly string[])[]): EncodedFeatures {
    const offsets = new Int32Array(features.length + 1);
    let n = 0;
    for (const fs of features) n += fs.length;
    const ids = new Int32Array(n);
    let j = 0;
    features.forEach((fs, t) => {
      for (const f of fs) ids[j++] = this.id(f);
      offsets[t + 1] = j;
    });
    return { ids, offsets };
  }
}

export interface EncodedFeatures {
  ids: Int32Array;
  offsets: Int32Array;
}

/** Two encodings of the same tokens, each token's features one after the other. */
export function concatEncoded(a: EncodedFeatures, b: EncodedFeatures): EncodedFeatures {
  const T = a.offsets.length - 1;
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const offsets = new Int32Array(T + 1);
  let j = 0;
  for (let t = 0; t < T; t++) {
    ids.set(a.ids.subarray(a.offsets[t]!, a.offsets[t + 1]!), j);
    j += a.offsets[t + 1]! - a.offsets[t]!;
    ids.set(b.ids.subarray(b.offsets[t]!, b.offsets[t + 1]!), j);
    j += b.offsets[t + 1]! - b.offsets[t]!;
    offsets[t + 1] = j;
  }
  return { ids, offsets };
}

export interface EncodedExample {
  features: EncodedFeatures;
  tags: readonly string[];
}

/** Decodes an encoded sentence with a model trained from the same table (its `ids` are table numbers). */
export function decodeEncoded(model: NerModel & { rowOfId: Int32Array }, f: EncodedFeatures): Uint8Array {
  const T = f.offsets.length - 1;
  const rows = new Int32Array(f.ids.length);
  for (let j = 0; j < rows.length; j++) {
    const id = f.ids[j]!;
    rows[j] = id < model.rowOfId.length ? model.rowOfId[id]! : -1;
  }
  return viterbi(emissions(rows, f.offsets, T, model.weights, model.outsideBias), T, model.transitions);
}

export interface Encoded {
  rows: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}

/** The training sentences as model rows, and the feature rows the model keeps (shared by both learners). */
export interface PreparedTraining {
  encoded: Encoded[];
  names: string[];
  index: Map<string, number>;
  rowOfId: Int32Array;
}

/** The averaged perceptron over encoded sentences (learner.ts chooses between it and the CRF). */
export function trainEncoded(
  data: readonly EncodedExample[],
  table: FeatureTable,
  opts: TrainOptions,
): NerModel & { names: string[]; rowOfId: Int32Array } {
  return trainPrepared(prepareTraining(data, table, opts), opts);
}

/** Counts the features, keeps those seen minCount times (rare words as `<UNK>`) and maps every sentence onto rows. */
export function prepareTraining(data: readonly EncodedExample[], table: FeatureTable, opts: TrainOptions): PreparedTraining {
  const log = opts.log ?? (() => {});
  const size = table.names.length;
  const counts = new Int32Array(size);
  for (const d of data) for (const id of d.features.ids) counts[id]!++;
  // a feature is kept when seen minCount times; a word (UNK_TEMPLATES) seen fewer than unkBelow times becomes <UNK>
  const rowOfId = new Int32Array(size).fill(-1);
  const names: string[] = [];
  const index = new Map<string, number>();
  const use = new Int32Array(size).fill(-1); // the id each id is trained as
  let seen = 0;
  for (let id = 0; id < size; id++) {
    const c = counts[id]!;
    if (c === 0) continue;
    seen++;
    const unk = table.unkOf[id]!;
    const kept = c >= opts.minCount && !(unk >= 0 && c < opts.unkBelow);
    const as = kept ? id : unk;
    if (as < 0) continue;
    use[id] = as;
    if (rowOfId[as] === -1) {
      rowOfId[as] = names.length;
      index.set(table.names[as]!, names.length);
      names.push(table.names[as]!);
    }
  }
  // at decoding, an id not kept reads as its <UNK> when it has one
  for (let id = 0; id < size; id++) if (rowOfId[id] === -1 && table.unkOf[id]! >= 0) rowOfId[id] = rowOfId[table.unkOf[id]!]!;
  log(`features: ${seen} seen, ${names.length} kept (count ≥ ${opts.minCount}, words below ${opts.unkBelow} as <UNK>)`);
  const encoded: Encoded[] = data.map((d, i) => {
    const { ids, offsets } = d.features;
    const rows = new Int32Array(ids.length);
    const newOffsets = new Int32Array(offsets.length);
    let j = 0;
    for (let t = 0; t + 1 < offsets.length; t++) {
      for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
        const as = use[ids[k]!]!;
        if (as >= 0) rows[j++] = rowOfId[as]!;
      }
      newOffsets[t + 1] = j;
    }
    if (d.tags.length !== offsets.length - 1) throw new Error(`training sentence ${i + 1}: ${d.tags.length} tags for ${offsets.length - 1} tokens`);
    const gold = Uint8Array.from(tagsToStates(d.tags));
    return { rows: rows.slice(0, j), offsets: newOffsets, gold };
  });
  return { encoded, names, index, rowOfId };
}

function trainPrepared({ encoded, names, index, rowOfId }: PreparedTraining, opts: TrainOptions): NerModel & { names: string[]; rowOfId: Int32Array } {
  const log = opts.log ?? (() => {});
  const F = names.length;
  const W = new Float64Array(F * K);
  const U = new Float64Array(F * K);
  const TW = new Float64Array((K + 1) * K);
  const TU = new Float64Array((K + 1) * K);
  let c = 1;
  const averaged = (): NerModel & { rowOfId: Int32Array } => {
    const weights = new Float64Array(F * K);
    for (let i = 0; i < weights.length; i++) weights[i] = W[i]! - U[i]! / c;
    const transitions = new Float64Array(TW.length);
    for (let i = 0; i < transitions.length; i++) transitions[i] = TW[i]! - TU[i]! / c;
    return { featureVersion: 0, index, weights, transitions, rowOfId };
  };
  const bump = (w: Float64Array, u: Float64Array, i: number, d: number) => {
    w[i]! += d;
    u[i]! += c * d;
  };

  const random = seededRandom(opts.seed);
  const dropout = opts.dropout ?? 0;
  const margin = opts.margin ?? 0;
  const skip = new Uint8Array(F);
  names.forEach((n, r) => (skip[r] = DROP_SET.has(templateOf(n)) ? 1 : 0));
  const order = encoded.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    // Fisher–Yates with the seeded generator
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    let tokens = 0;
    for (const s of order) {
      const { rows, offsets, gold } = encoded[s]!;
      const T = gold.length;
      tokens += T;
      let dropped: Uint8Array | undefined;
      if (dropout > 0) {
        dropped = new Uint8Array(T);
        for (let t = 0; t < T; t++) dropped[t] = random() < dropout ? 1 : 0;
      }
      const emit = emissions(rows, offsets, T, W, 0, dropped, skip);
      if (margin > 0) for (let t = 0; t < T; t++) for (let y = 0; y < K; y++) if (y !== gold[t]) emit[t * K + y]! += margin;
      const pred = viterbi(emit, T, TW);
      for (let t = 0; t < T; t++) {
        const g = gold[t]!;
        const p = pred[t]!;
        const gp = t === 0 ? START : gold[t - 1]!;
        const pp = t === 0 ? START : pred[t - 1]!;
        if (g !== p) {
          wrong++;
          const drop = dropped !== undefined && dropped[t] === 1;
          for (let j = offsets[t]!; j < offsets[t + 1]!; j++) {
            if (drop && skip[rows[j]!] === 1) continue;
            const base = rows[j]! * K;
            bump(W, U, base + g, 1);
            bump(W, U, base + p, -1);
          }
        }
        if (g !== p || gp !== pp) {
          bump(TW, TU, gp * K + g, 1);
          bump(TW, TU, pp * K + p, -1);
        }
      }
      c++;
    }
    log(`epoch ${epoch}: ${wrong} of ${tokens} training tokens mistagged`);
    opts.onEpoch?.(epoch, averaged());
  }
  return { ...averaged(), names };
}
