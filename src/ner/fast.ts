/**
 * The tagger's inference path for a shipped model: the same features as features.ts, scored without building most
 * of their strings. A token's emission scores are a sum of weight rows. Every word form seen gets a number once
 * (per process, whatever the model); its feature strings (localFeatures, and those it gives its neighbours: w-1=,
 * s+1=, x2-1= …) are built and looked up once, in one table of the feature names of every compiled pass, and kept
 * as numbers. Each pass then keeps, per form, the sums of those rows in five blocks of one flat array (its own,
 * and what it gives the tokens two before … two after it), so a token costs one fused loop over five blocks. The
 * pair features (w-1|w …) are looked up by numbers too: at load, each word on a side of a pair feature gets a
 * number and each pair feature a key of its two sides' numbers in an open-addressing table, so a pair of words the
 * model cannot hold is skipped without building a string, and one it may hold costs a few integer operations.
 * Shapes, gazetteer hits, `first`/`last` and the second pass's context features, drawn from small sets, go
 * through small tables.
 *
 * Summing rows in another order gives the same scores only when the sums are exact: a shipped model's weights
 * are integers (model-file.ts), so {@link compilePass} refuses a model whose weights or transitions are not, and
 * the caller then takes the string path (stacked.ts). It also scores a probe text both ways at load and refuses
 * the model when they differ, a guard against a feature added to sentenceFeatures that this file does not
 * compute (fast.test.ts compares both paths on more text). Caches hold values of the model alone, so they never
 * change an output; the form table is emptied when it grows past a bound.
 */
import { FLAGS, PAD, PAD_END, localFeatures, sentenceFeatures, withGazetteer, wordInfo, type TokenInfo, type WordInfo } from './features.js';
import { K, UNK_TEMPLATES, emissions, rowOf, viterbi, type NerModel } from './perceptron.js';

/**
 * Word forms numbered before the table is emptied: bounds memory over a long run of unseen words. Each form holds
 * its feature numbers (some 60 integers) and, per pass, at most 5 blocks of K doubles (blocks of zeros are shared:
 * most rare words give their neighbours nothing): under 1.7 kB over both passes, so under 70 MB at the bound.
 * The vocabulary of a thousand news articles (some 30,000 forms) fits.
 */
const MAX_FORMS = 40_000;

/** Form numbers of the sentence boundaries, never emptied. */
const PAD_ID = 0;
const PAD_END_ID = 1;

/** A form's blocks of K sums: its own features, then what it gives each neighbour. */
const OWN = 0;
const AS_PREV2 = 1; // the token two after it sees w-2=, s-2=
const AS_PREV1 = 2; // the next token sees w-1=, s-1=, x2-1=
const AS_NEXT1 = 3; // the token before sees w+1=, s+1=, x2+1=
const AS_NEXT2 = 4; // the token two before sees w+2=, s+2=
const BLOCKS = 5;

// ---- the form table: model independent, shared by every pass --------------------------------------------------

const padInfo = (p: TokenInfo): WordInfo => ({ norm: p.norm, stem: p.stem, alts: p.alts, shape: p.shape, keys: [] });

/** Token as written → form number. */
const formIds = new Map<string, number>();
/** Per form number: the token as written, its analysis (features.ts) and its shape's number. */
const formRaw: string[] = [PAD.norm, PAD_END.norm];
const formInfo: WordInfo[] = [padInfo(PAD), padInfo(PAD_END)];
const formShape: number[] = [];
/** Per form number: 1 once its features are numbered (formFeatureRange). */
let formHasFeatures = new Uint8Array(1 << 11);
/** Bumped whenever the table is emptied: numbers given before then mean nothing now. */
let generation = 0;

/** Shape string → number (shapes are a handful of constants; never emptied). */
const shapeIds = new Map<string, number>();
const shapeNames: string[] = [];

function shapeId(shape: string): number {
  let id = shapeIds.get(shape);
  if (id === undefined) {
    id = shapeNames.length;
    shapeIds.set(shape, id);
    shapeNames.push(shape);
  }
  return id;
}
formShape.push(shapeId(PAD.shape), shapeId(PAD_END.shape));

function formId(token: string): number {
  let id = formIds.get(token);
  if (id === undefined) {
    id = formRaw.length;
    const info = wordInfo(token);
    formIds.set(token, id);
    formRaw.push(token);
    formInfo.push(info);
    formShape.push(shapeId(info.shape));
    if (id >= formHasFeatures.length) {
      const grown = new Uint8Array(2 * id);
      grown.set(formHasFeatures);
      formHasFeatures = grown;
    }
  }
  return id;
}

/** Empties the form table (the boundaries stay): every number given so far means nothing now. */
function clearForms(): void {
  formIds.clear();
  formRaw.length = formInfo.length = formShape.length = 2;
  formHasFeatures.fill(0);
  formFeaturesEnd = 0;
  generation++;
}

/**
 * Forgets every word form seen so far (and the sums each pass keeps of them), to release their memory; the next
 * sentences are numbered afresh. Tags never depend on it.
 */
export function forgetForms(): void {
  clearForms();
}

/** Empties the table when it is full; called before a sentence is numbered, so one sentence's numbers agree. */
function makeRoom(): void {
  if (formRaw.length >= MAX_FORMS) clearForms();
}

/** A sentence ready for scoring: its tokens as written, their infos (gazetteer hits included) and form numbers. */
export interface PreparedSentence {
  tokens: readonly string[];
  info: TokenInfo[];
  /** Form numbers, two boundary tokens either side: ids[i + 2] is token i's. */
  ids: Int32Array;
  /** The form table's generation the numbers belong to. */
  generation: number;
}

export function prepareSentence(tokens: readonly string[]): PreparedSentence {
  makeRoom();
  const T = tokens.length;
  const ids = new Int32Array(T + 4);
  ids[0] = ids[1] = PAD_ID;
  ids[T + 2] = ids[T + 3] = PAD_END_ID;
  const words = new Array<WordInfo>(T);
  for (let i = 0; i < T; i++) {
    const id = formId(tokens[i]!);
    ids[i + 2] = id;
    words[i] = formInfo[id]!;
  }
  return { tokens, info: withGazetteer(words), ids, generation };
}

/** The sentence's form numbers in the current table (numbered again if the table was emptied since). */
function currentIds(s: PreparedSentence): Int32Array {
  if (s.generation !== generation) {
    makeRoom();
    for (let i = 0; i < s.tokens.length; i++) s.ids[i + 2] = formId(s.tokens[i]!);
    s.generation = generation;
  }
  return s.ids;
}

// ---- feature numbers: one table over the features of every compiled pass -----------------------------------------

/**
 * Feature string → number, over the names of every pass compiled so far, so that a form's feature strings are
 * looked up once for both passes; each pass maps numbers to its rows ({@link passRow}). A string in no pass reads
 * as its template's `<UNK>` (whose name gets a number too) or as nothing (-1).
 */
const featureIds = new Map<string, number>();
const featureNames: string[] = [];

function featureNumber(name: string): number {
  let id = featureIds.get(name);
  if (id === undefined) {
    id = featureNames.length;
    featureIds.set(name, id);
    featureNames.push(name);
  }
  return id;
}

/** The number of a feature of a form: its own, its `<UNK>`'s, or -1 (no pass can have a row for it). */
function featureOf(name: string): number {
  const id = featureIds.get(name);
  if (id !== undefined) return id;
  const eq = name.indexOf('=');
  const template = eq < 0 ? name : name.slice(0, eq);
  return UNK_TEMPLATES.includes(template) ? featureNumber(template + '=<UNK>') : -1;
}

/**
 * Per form number, its features as numbers × 8 + the block they go to (OWN … AS_NEXT2 as 0 … 4), in
 * formFeatures[featuresFrom[id] … featuresFrom[id + 1]) once found (featuresFrom[id + 1] = 0 before).
 */
let formFeatures = new Int32Array(1 << 16);
let formFeaturesEnd = 0;
let featuresFrom = new Int32Array(1 << 11);
let featuresTo = new Int32Array(1 << 11);

function pushFeature(name: string, block: number): void {
  const id = featureOf(name);
  if (id < 0) return;
  if (formFeaturesEnd === formFeatures.length) {
    const grown = new Int32Array(formFeatures.length * 2);
    grown.set(formFeatures);
    formFeatures = grown;
  }
  formFeatures[formFeaturesEnd++] = id * 8 + block;
}

/** The features of form `id` as numbers, found once per form for every pass (the boundaries have none of their own). */
function formFeatureRange(id: number): void {
  if (id >= featuresFrom.length) {
    let n = featuresFrom.length;
    while (n <= id) n *= 2;
    const from = new Int32Array(n);
    from.set(featuresFrom);
    featuresFrom = from;
    const to = new Int32Array(n);
    to.set(featuresTo);
    featuresTo = to;
  }
  const o = formInfo[id]!;
  featuresFrom[id] = formFeaturesEnd;
  if (id !== PAD_ID && id !== PAD_END_ID) {
    const own = localFeatures(formRaw[id]!, o);
    for (let j = 0; j < own.length; j++) pushFeature(own[j]!, OWN);
  }
  const { norm, stem } = o;
  const x2 = norm.slice(-2);
  pushFeature('w-2=' + norm, AS_PREV2);
  pushFeature('s-2=' + stem, AS_PREV2);
  pushFeature('w-1=' + norm, AS_PREV1);
  pushFeature('s-1=' + stem, AS_PREV1);
  pushFeature('x2-1=' + x2, AS_PREV1);
  pushFeature('w+1=' + norm, AS_NEXT1);
  pushFeature('s+1=' + stem, AS_NEXT1);
  pushFeature('x2+1=' + x2, AS_NEXT1);
  pushFeature('w+2=' + norm, AS_NEXT2);
  pushFeature('s+2=' + stem, AS_NEXT2);
  featuresTo[id] = formFeaturesEnd;
  formHasFeatures[id] = 1;
}

// ---- a compiled pass --------------------------------------------------------------------------------------------

/** The pair templates over normalised words, in the order of their rows in a {@link PairTable} of 4 values. */
const NORM_PAIRS = ['w-1|w', 'w|w+1', 'w-2|w-1', 'w+1|w+2'] as const;
const STEM_PAIR = 's-1|s';
const SHAPE_PAIRS = ['sh-1|sh=', 'sh|sh+1='] as const;
/** A table entry not looked up yet. */
const UNSET = -2;

/**
 * Pairs of numbers → `width` rows, by open addressing over typed arrays: a pair of adjacent words costs a few
 * integer operations, not a string. Filled at load, read-only after.
 */
class PairTable {
  private keys: Int32Array;
  readonly values: Int32Array;
  private mask: number;

  constructor(
    entries: number,
    readonly width: number,
  ) {
    let cap = 16;
    while (cap < entries * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap * 2).fill(-1);
    this.values = new Int32Array(cap * width).fill(-1);
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }

  /** The slot of (a, b), or -1. */
  find(a: number, b: number): number {
    const keys = this.keys;
    for (let i = PairTable.hash(a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[2 * i]!;
      if (k === a && keys[2 * i + 1] === b) return i;
      if (k === -1) return -1;
    }
  }

  /** The slot of (a, b), made when new. */
  add(a: number, b: number): number {
    const keys = this.keys;
    for (let i = PairTable.hash(a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[2 * i]!;
      if (k === a && keys[2 * i + 1] === b) return i;
      if (k === -1) {
        keys[2 * i] = a;
        keys[2 * i + 1] = b;
        return i;
      }
    }
  }
}

/** A model pass with its tables. */
export interface CompiledPass {
  model: NerModel;
  weights: ArrayLike<number>;
  outside: number;
  /** Feature number → row (UNSET: not looked up yet). */
  rowOfFeature: Int32Array;
  /** The form table's generation the per-form arrays below were filled for. */
  generation: number;
  /**
   * Per form number × 5, where each of its blocks (OWN … AS_NEXT2) starts in {@link blocks}; 0 is the shared
   * block of zeros (most rare words give their neighbours nothing), -1 before the form is filled.
   */
  blockAt: Int32Array;
  /** The sums, K per block; the first block stays zero. */
  blocks: Float64Array;
  blocksEnd: number;
  /** Per form number, the number of its normalised form / stem as a side of a pair feature, or -1. */
  normSide: Int32Array;
  stemSide: Int32Array;
  /** Words (and stems) on a side of a pair feature → their number. */
  normSides: Map<string, number>;
  stemSides: Map<string, number>;
  /** (left, right) word numbers → the rows of the 4 NORM_PAIRS templates (-1 where the model has none). */
  normPairs: PairTable;
  /** (left, right) stem numbers → the row of `s-1|s=`. */
  stemPairs: PairTable;
  /** (shape × shapeCap + shape) × 2 + template → row of the shape pair feature (UNSET: not looked up yet). */
  shapeRows: Int32Array;
  shapeCap: number;
  /** Gazetteer hit → rows of g=, g-1=, g+1=, g-2= (-1: not in the model or, for g-2, not a trigger). */
  gaz: Map<string, Int32Array>;
  /** Other feature strings (context, lexicon) → row: they come from small sets. */
  rows: Map<string, number>;
  first: number;
  last: number;
}

/** Whether a model's scores are integers, so that rows may be summed in any order with the same result. */
function integral(model: NerModel): boolean {
  if (!Number.isInteger(model.outsideBias ?? 0)) return false;
  for (let i = 0; i < model.weights.length; i++) if (!Number.isInteger(model.weights[i]!)) return false;
  for (let i = 0; i < model.transitions.length; i++) if (!Number.isInteger(model.transitions[i]!)) return false;
  return true;
}

/**
 * The pair features of the model as numbers; numbers every feature name. A value `a|b` is split at each of its
 * `|` (a word may hold one itself): the pair (a, b) of a sentence matches the feature exactly when one of these
 * splits is (a, b).
 */
function indexFeatures(index: ReadonlyMap<string, number>) {
  const normSides = new Map<string, number>();
  const stemSides = new Map<string, number>();
  const side = (sides: Map<string, number>, w: string) => {
    let id = sides.get(w);
    if (id === undefined) sides.set(w, (id = sides.size));
    return id;
  };
  const norm: number[] = [];
  const stem: number[] = [];
  const rowOfFeature = new Int32Array(featureNames.length + index.size + 1024).fill(UNSET);
  for (const [name, row] of index) {
    rowOfFeature[featureNumber(name)] = row;
    const eq = name.indexOf('=');
    if (eq < 5 || eq > 7) continue; // the pair templates' lengths
    const template = name.slice(0, eq);
    const slot = template === STEM_PAIR ? -1 : NORM_PAIRS.indexOf(template as (typeof NORM_PAIRS)[number]);
    if (slot === -1 && template !== STEM_PAIR) continue;
    const value = name.slice(eq + 1);
    for (let p = value.indexOf('|'); p >= 0; p = value.indexOf('|', p + 1)) {
      if (slot < 0) stem.push(side(stemSides, value.slice(0, p)), side(stemSides, value.slice(p + 1)), row);
      else norm.push(side(normSides, value.slice(0, p)), side(normSides, value.slice(p + 1)), row, slot);
    }
  }
  const normPairs = new PairTable(norm.length / 4, NORM_PAIRS.length);
  for (let j = 0; j < norm.length; j += 4) normPairs.values[normPairs.add(norm[j]!, norm[j + 1]!) * NORM_PAIRS.length + norm[j + 3]!] = norm[j + 2]!;
  const stemPairs = new PairTable(stem.length / 3, 1);
  for (let j = 0; j < stem.length; j += 3) stemPairs.values[stemPairs.add(stem[j]!, stem[j + 1]!)] = stem[j + 2]!;
  return { rowOfFeature, normSides, stemSides, normPairs, stemPairs };
}

const compiled = new WeakMap<NerModel, CompiledPass | null>();

/**
 * The pass with its tables, made once per model; null when the fast path would not give the string path's
 * result (weights that are not integers, experiment flags this path does not compute, or a probe text that
 * scores otherwise than through the feature strings).
 */
export function compilePass(model: NerModel): CompiledPass | null {
  let c = compiled.get(model);
  if (c !== undefined) return c;
  c = null;
  if (FLAGS.size === 0 && integral(model)) {
    const capacity = 1024;
    const shapeCap = 16;
    const tables = indexFeatures(model.index);
    // forms numbered their features before this pass's names had numbers: number them again
    clearForms();
    c = {
      model,
      weights: model.weights,
      outside: model.outsideBias ?? 0,
      generation,
      blockAt: new Int32Array(capacity * BLOCKS).fill(-1),
      blocks: new Float64Array(capacity * 2 * K),
      blocksEnd: K,
      normSide: new Int32Array(capacity),
      stemSide: new Int32Array(capacity),
      ...tables,
      shapeRows: new Int32Array(shapeCap * shapeCap * 2).fill(UNSET),
      shapeCap,
      gaz: new Map(),
      rows: new Map(),
      first: rowOf(model.index, 'first'),
      last: rowOf(model.index, 'last'),
    };
    if (!agreesOnProbe(c)) c = null;
  }
  compiled.set(model, c);
  return c;
}

/**
 * Tokens written for this check (names with clitics, a gazetteer phrase, digits, a year, Latin letters, quotes,
 * brackets, a nisba, words no model has seen), scored both ways when a model is compiled.
 */
const PROBE: readonly (readonly string[])[] = [
  ['وقال', 'وزير', 'الخارجية', 'المصري', 'سامح', 'شكري', 'إن', 'بلاده', 'ترحب', 'بالمبادرة', '.'],
  ['(', 'أ', 'ف', 'ب', ')', '-', 'أعلنت', 'شركة', 'Siemens', 'الألمانية', 'عام', '2019', 'عن', '1.200', 'وظيفة', '"', 'جديدة', '"', 'في', 'الرياض', '،'],
  ['زارت', 'كزافييرا', 'ماكغرونتي', 'مدينتي', 'فاس', 'ومراكش', 'برفقة', 'السفير', 'الفرنسي', 'لدى', 'الرباط', 'ق3'],
  ['الأمين', 'العام', 'للأمم', 'المتحدة', 'في', 'نيويورك'],
  ['؟'],
];

function agreesOnProbe(pass: CompiledPass): boolean {
  const model = pass.model;
  const extra = [['p=O', 'first-probe'], ['p=B-PERS']];
  for (const tokens of PROBE) {
    const features = sentenceFeatures(tokens).map((fs, t) => (extra[t] ? [...fs, ...extra[t]!] : fs));
    const offsets = new Int32Array(features.length + 1);
    const rows: number[] = [];
    features.forEach((fs, t) => {
      for (const f of fs) rows.push(rowOf(model.index, f));
      offsets[t + 1] = rows.length;
    });
    const expected = emissions(Int32Array.from(rows), offsets, tokens.length, model.weights, model.outsideBias);
    const got = fillEmissions(pass, prepareSentence(tokens), extra, new Float64Array(tokens.length * K));
    for (let i = 0; i < expected.length; i++) if (expected[i] !== got[i]) return false;
  }
  return true;
}

// ---- per-form sums ----------------------------------------------------------------------------------------------

function addRow(pass: CompiledPass, into: Float64Array, at: number, row: number): void {
  if (row < 0) return;
  const w = pass.weights;
  const base = row * K;
  for (let y = 0; y < K; y++) into[at + y]! += w[base + y]!;
}

/**
 * The pass's row of feature number `id`: filled at load for the pass's own features; the others (names of other
 * passes, `<UNK>` names) are looked up on first use, and fall back on the pass's `<UNK>` rows as rowOf does.
 */
function passRow(pass: CompiledPass, id: number): number {
  if (id >= pass.rowOfFeature.length) {
    const grown = new Int32Array(featureNames.length + 1024).fill(UNSET);
    grown.set(pass.rowOfFeature);
    pass.rowOfFeature = grown;
  }
  let r = pass.rowOfFeature[id]!;
  if (r === UNSET) pass.rowOfFeature[id] = r = rowOf(pass.model.index, featureNames[id]!);
  return r;
}

/** Grows the per-form arrays to hold form number `id`, and empties them when the form table was emptied. */
function reserve(pass: CompiledPass, id: number): void {
  if (pass.generation !== generation) {
    pass.blockAt.fill(-1);
    pass.blocksEnd = K;
    pass.generation = generation;
  }
  if (id < pass.normSide.length) return;
  let n = pass.normSide.length;
  while (n <= id) n *= 2;
  const blockAt = new Int32Array(n * BLOCKS).fill(-1);
  blockAt.set(pass.blockAt);
  pass.blockAt = blockAt;
  const normSide = new Int32Array(n);
  normSide.set(pass.normSide);
  pass.normSide = normSide;
  const stemSide = new Int32Array(n);
  stemSide.set(pass.stemSide);
  pass.stemSide = stemSide;
}

/** One form's five blocks, summed before they are stored. */
const formScratch = new Float64Array(BLOCKS * K);

/** Fills form `id`'s blocks and pair sides. */
function fillForm(pass: CompiledPass, id: number): void {
  if (formHasFeatures[id] !== 1) formFeatureRange(id);
  const sums = formScratch;
  sums.fill(0);
  for (let j = featuresFrom[id]!; j < featuresTo[id]!; j++) {
    const f = formFeatures[j]!;
    addRow(pass, sums, (f & 7) * K, passRow(pass, f >> 3));
  }
  for (let b = 0; b < BLOCKS; b++) {
    let zero = true;
    for (let y = 0; y < K; y++) if (sums[b * K + y] !== 0) zero = false;
    if (zero) {
      pass.blockAt[id * BLOCKS + b] = 0;
      continue;
    }
    if (pass.blocksEnd + K > pass.blocks.length) {
      const grown = new Float64Array(pass.blocks.length * 2);
      grown.set(pass.blocks);
      pass.blocks = grown;
    }
    pass.blocks.set(sums.subarray(b * K, b * K + K), pass.blocksEnd);
    pass.blockAt[id * BLOCKS + b] = pass.blocksEnd;
    pass.blocksEnd += K;
  }
  const o = formInfo[id]!;
  pass.normSide[id] = pass.normSides.get(o.norm) ?? -1;
  pass.stemSide[id] = pass.stemSides.get(o.stem) ?? -1;
}

// ---- small tables -----------------------------------------------------------------------------------------------

/** The row of a feature through the small cache (for strings drawn from small sets). */
function memoRow(pass: CompiledPass, feature: string): number {
  let r = pass.rows.get(feature);
  if (r === undefined) {
    if (pass.rows.size >= MAX_FORMS) pass.rows.clear();
    r = rowOf(pass.model.index, feature);
    pass.rows.set(feature, r);
  }
  return r;
}

/** The row of shape pair template `which` (SHAPE_PAIRS) over shapes `a`, `b` (numbers), or -1. */
function shapeRow(pass: CompiledPass, which: 0 | 1, a: number, b: number): number {
  if (a >= pass.shapeCap || b >= pass.shapeCap) {
    pass.shapeCap = 2 * Math.max(a, b, pass.shapeCap);
    pass.shapeRows = new Int32Array(pass.shapeCap * pass.shapeCap * 2).fill(UNSET);
  }
  const k = (a * pass.shapeCap + b) * 2 + which;
  let r = pass.shapeRows[k]!;
  if (r === UNSET) pass.shapeRows[k] = r = rowOf(pass.model.index, SHAPE_PAIRS[which] + shapeNames[a]! + '|' + shapeNames[b]!);
  return r;
}

function gazRows(pass: CompiledPass, hit: string): Int32Array {
  let r = pass.gaz.get(hit);
  if (r === undefined) {
    const index = pass.model.index;
    r = Int32Array.of(rowOf(index, 'g=' + hit), rowOf(index, 'g-1=' + hit), rowOf(index, 'g+1=' + hit), hit.startsWith('t') ? rowOf(index, 'g-2=' + hit) : -1);
    pass.gaz.set(hit, r);
  }
  return r;
}

function addGaz(pass: CompiledPass, emit: Float64Array, at: number, hits: readonly string[], which: number): void {
  for (let j = 0; j < hits.length; j++) addRow(pass, emit, at, gazRows(pass, hits[j]!)[which]!);
}

// ---- emissions and decoding -------------------------------------------------------------------------------------

/** Per sentence, the pair slots / stem pair rows of each two adjacent positions (reused, grown as needed). */
let normPairScratch = new Int32Array(256);
let stemPairScratch = new Int32Array(256);

/**
 * Emission scores (T × K) of a sentence: the features of features.ts (and `extra` features per token, such as
 * the second pass's context), scored by the pass's model.
 */
export function fastEmissions(pass: CompiledPass, s: PreparedSentence, extra?: readonly (readonly string[])[]): Float64Array {
  return fillEmissions(pass, s, extra, new Float64Array(s.info.length * K));
}

/** Scores into `emit` (its first T × K entries are overwritten). */
function fillEmissions(pass: CompiledPass, s: PreparedSentence, extra: readonly (readonly string[])[] | undefined, emit: Float64Array): Float64Array {
  const T = s.info.length;
  const ids = currentIds(s);
  const E = T + 4;
  for (let e = 0; e < E; e++) {
    const id = ids[e]!;
    reserve(pass, id);
    if (pass.blockAt[id * BLOCKS]! < 0) fillForm(pass, id);
  }
  // pair features of the positions e and e + 1 of ids, for e from 0 (two boundaries before the first word) to T + 2
  if (normPairScratch.length < E) {
    normPairScratch = new Int32Array(2 * E);
    stemPairScratch = new Int32Array(2 * E);
  }
  const np = normPairScratch;
  const sp = stemPairScratch;
  const { normSide, stemSide, normPairs, stemPairs } = pass;
  const stemRows = stemPairs.values;
  for (let e = 0; e + 1 < E; e++) {
    const a = ids[e]!;
    const b = ids[e + 1]!;
    const na = normSide[a]!;
    const nb = normSide[b]!;
    np[e] = na >= 0 && nb >= 0 ? normPairs.find(na, nb) : -1;
    const sa = stemSide[a]!;
    const sb = stemSide[b]!;
    const slot = sa >= 0 && sb >= 0 ? stemPairs.find(sa, sb) : -1;
    sp[e] = slot >= 0 ? stemRows[slot]! : -1;
  }
  const blocks = pass.blocks;
  const blockAt = pass.blockAt;
  const pairRows = normPairs.values;
  const P = NORM_PAIRS.length;
  for (let i = 0; i < T; i++) {
    const e = i + 2;
    const o = i * K;
    const own = blockAt[ids[e]! * BLOCKS + OWN]!;
    const p2 = blockAt[ids[e - 2]! * BLOCKS + AS_PREV2]!;
    const p1 = blockAt[ids[e - 1]! * BLOCKS + AS_PREV1]!;
    const n1 = blockAt[ids[e + 1]! * BLOCKS + AS_NEXT1]!;
    const n2 = blockAt[ids[e + 2]! * BLOCKS + AS_NEXT2]!;
    for (let y = 0; y < K; y++) emit[o + y] = blocks[own + y]! + blocks[p2 + y]! + blocks[p1 + y]! + blocks[n1 + y]! + blocks[n2 + y]!;
    emit[o]! += pass.outside;
    let slot = np[e - 1]!; // (i-1, i)
    if (slot >= 0) addRow(pass, emit, o, pairRows[slot * P + 0]!); // w-1|w
    slot = np[e]!; // (i, i+1)
    if (slot >= 0) addRow(pass, emit, o, pairRows[slot * P + 1]!); // w|w+1
    slot = np[e - 2]!; // (i-2, i-1)
    if (slot >= 0) addRow(pass, emit, o, pairRows[slot * P + 2]!); // w-2|w-1
    slot = np[e + 1]!; // (i+1, i+2)
    if (slot >= 0) addRow(pass, emit, o, pairRows[slot * P + 3]!); // w+1|w+2
    addRow(pass, emit, o, sp[e - 1]!); // s-1|s
    const shape = formShape[ids[e]!]!;
    addRow(pass, emit, o, shapeRow(pass, 0, formShape[ids[e - 1]!]!, shape));
    addRow(pass, emit, o, shapeRow(pass, 1, shape, formShape[ids[e + 1]!]!));
    addGaz(pass, emit, o, s.info[i]!.gaz, 0);
    if (i > 0) addGaz(pass, emit, o, s.info[i - 1]!.gaz, 1);
    if (i + 1 < T) addGaz(pass, emit, o, s.info[i + 1]!.gaz, 2);
    if (i > 1) addGaz(pass, emit, o, s.info[i - 2]!.gaz, 3);
    if (i === 0) addRow(pass, emit, o, pass.first);
    if (i === T - 1) addRow(pass, emit, o, pass.last);
    const more = extra?.[i];
    if (more) for (let j = 0; j < more.length; j++) addRow(pass, emit, o, memoRow(pass, more[j]!));
  }
  return emit;
}

/** Emission scores of the sentence being decoded, reused from sentence to sentence (grown as needed). */
let emitScratch = new Float64Array(128 * K);

/** Tags (as state indices) of one prepared sentence. */
export function fastDecode(pass: CompiledPass, s: PreparedSentence, extra?: readonly (readonly string[])[]): Uint8Array {
  const T = s.info.length;
  if (emitScratch.length < T * K) emitScratch = new Float64Array(T * K * 2);
  return viterbi(fillEmissions(pass, s, extra, emitScratch), T, pass.model.transitions, true);
}
