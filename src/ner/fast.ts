/**
 * The tagger's inference path for a shipped model: the same features as features.ts, scored without building most
 * of their strings. A token's emission scores are a sum of weight rows; the rows of the features that depend on
 * the token alone (word, stem, affixes, shape…) are summed once per word form and kept, and so are those of the
 * features it gives its neighbours (w-1=, s+1=, x2-1= …), so that a word seen before costs a few vector additions
 * instead of some forty string concatenations and hash look-ups. The rows of the pair features (w-1|w …) are kept
 * per pair of adjacent forms, after a test on each side that skips pairs the model cannot hold; gazetteer hits,
 * shapes and the second pass's context features, drawn from small sets, are looked up through small caches.
 *
 * Summing rows in another order gives the same scores only when the sums are exact: a shipped model's weights
 * are integers (model-file.ts), so {@link compilePass} refuses a model whose weights or transitions are not, and
 * the caller then takes the string path (stacked.ts). Caches hold values of the model alone, so they never change
 * an output; they are emptied when they grow past a bound.
 */
import { FLAGS, PAD, PAD_END, localFeatures, withGazetteer, wordInfo, type TokenInfo, type WordInfo } from './features.js';
import { K, rowOf, viterbi, type NerModel } from './perceptron.js';

/**
 * Word forms kept before a cache is emptied: bounds memory over a long run of unseen words (measured: about 2.5 kB
 * per form over both passes, its pairs included, so some 100 MB at the bounds). The frequent words of news text,
 * which make most of its tokens, fit.
 */
const MAX_FORMS = 30_000;
/** Pairs of adjacent words kept (over all forms of a pass) before they are emptied. */
const MAX_PAIRS = 120_000;

/** Per word form, the analysis features.ts makes of it (independent of the model). */
const words = new Map<string, WordInfo>();

function cachedWordInfo(token: string): WordInfo {
  let w = words.get(token);
  if (w === undefined) {
    if (words.size >= MAX_FORMS) words.clear();
    w = wordInfo(token);
    words.set(token, w);
  }
  return w;
}

/** A sentence ready for scoring: its tokens as written and their infos, gazetteer hits included. */
export interface PreparedSentence {
  tokens: readonly string[];
  info: TokenInfo[];
}

export function prepareSentence(tokens: readonly string[]): PreparedSentence {
  return { tokens, info: withGazetteer(tokens.map(cachedWordInfo)) };
}

/** Where each block of a form's cached sums starts: its own features, then what it gives each neighbour. */
const OWN = 0;
const AS_PREV2 = K; // the token two after it sees w-2=, s-2=
const AS_PREV1 = 2 * K; // the next token sees w-1=, s-1=, x2-1=
const AS_NEXT1 = 3 * K; // the token before sees w+1=, s+1=, x2+1=
const AS_NEXT2 = 4 * K; // the token two before sees w+2=, s+2=
const BLOCKS = 5 * K;

/** A model pass with its caches. */
export interface CompiledPass {
  model: NerModel;
  /** Word form as written → its sums and pair rows. */
  forms: Map<string, FormEntry>;
  /** Pair rows cached over all forms, to bound memory. */
  pairCount: number;
  /** The sentence boundaries as neighbours. */
  padStart: FormEntry;
  padEnd: FormEntry;
  /** Gazetteer hit → rows of g=, g-1=, g+1=, g-2= (-1: not in the model or, for g-2, not a trigger). */
  gaz: Map<string, Int32Array>;
  /** Other feature strings (context, first, last) → row: they come from small sets. */
  rows: Map<string, number>;
  /** Template → shape → shape → row of the shape pair feature (shapes are a handful of constants). */
  shapes: Map<string, Map<string, Map<string, number>>>;
  /** Per pair template, the words the model knows on each side of its pairs. */
  pairs: Map<string, PairSides>;
}

/** What a pass keeps of one word form. */
interface FormEntry {
  /** BLOCKS sums: OWN … AS_NEXT2. */
  sums: Float64Array;
  /**
   * Normalised form of the word after it → the rows of the pair features of the two (PAIR_TEMPLATES order; -1
   * where the model has none). The stems' pair follows from the normalised forms.
   */
  next: Map<string, Int32Array>;
}

/** The two sides of the pair features of one template (`w-1|w=` …) the model has. */
interface PairSides {
  left: Set<string>;
  right: Set<string>;
}

const PAIR_TEMPLATES = ['w-1|w=', 'w|w+1=', 's-1|s=', 'w-2|w-1=', 'w+1|w+2='];

/**
 * Every split of each pair feature's value at a `|` (a word may hold one itself): a pair whose left word is not
 * among the left sides, or right word among the right sides, is not in the model, and its string is never built.
 */
function pairSides(index: ReadonlyMap<string, number>): Map<string, PairSides> {
  const out = new Map<string, PairSides>(PAIR_TEMPLATES.map((t) => [t, { left: new Set(), right: new Set() }]));
  for (const name of index.keys()) {
    const eq = name.indexOf('=');
    const sides = out.get(name.slice(0, eq + 1));
    if (!sides) continue;
    const value = name.slice(eq + 1);
    for (let p = value.indexOf('|'); p >= 0; p = value.indexOf('|', p + 1)) {
      sides.left.add(value.slice(0, p));
      sides.right.add(value.slice(p + 1));
    }
  }
  return out;
}

/** The row of the pair feature `template + a|b`, or -1. */
function pairRow(pass: CompiledPass, template: string, a: string, b: string): number {
  const sides = pass.pairs.get(template)!;
  if (!sides.left.has(a) || !sides.right.has(b)) return -1;
  return rowOf(pass.model.index, template + a + '|' + b);
}

/** Whether a model's scores are integers, so that rows may be summed in any order with the same result. */
function integral(model: NerModel): boolean {
  if (!Number.isInteger(model.outsideBias ?? 0)) return false;
  for (let i = 0; i < model.weights.length; i++) if (!Number.isInteger(model.weights[i]!)) return false;
  for (let i = 0; i < model.transitions.length; i++) if (!Number.isInteger(model.transitions[i]!)) return false;
  return true;
}

const compiled = new WeakMap<NerModel, CompiledPass | null>();

/**
 * The pass with its caches, made once per model; null when the fast path would not give the string path's
 * result (weights that are not integers, or experiment flags this path does not compute).
 */
export function compilePass(model: NerModel): CompiledPass | null {
  let c = compiled.get(model);
  if (c !== undefined) return c;
  c = null;
  if (FLAGS.size === 0 && integral(model)) {
    const pad = () => ({ sums: new Float64Array(BLOCKS), next: new Map() });
    c = { model, forms: new Map(), pairCount: 0, padStart: pad(), padEnd: pad(), gaz: new Map(), rows: new Map(), shapes: new Map(), pairs: pairSides(model.index) };
    fillNeighbourSums(c, PAD, c.padStart.sums);
    fillNeighbourSums(c, PAD_END, c.padEnd.sums);
  }
  compiled.set(model, c);
  return c;
}

function addRow(pass: CompiledPass, into: Float64Array, at: number, row: number): void {
  if (row < 0) return;
  const w = pass.model.weights;
  const base = row * K;
  for (let y = 0; y < K; y++) into[at + y]! += w[base + y]!;
}

function addFeature(pass: CompiledPass, into: Float64Array, at: number, feature: string): void {
  addRow(pass, into, at, rowOf(pass.model.index, feature));
}

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

/** The row of the shape pair feature `template + a|b`, or -1. */
function shapeRow(pass: CompiledPass, template: string, a: string, b: string): number {
  let byA = pass.shapes.get(template);
  if (byA === undefined) pass.shapes.set(template, (byA = new Map()));
  let byB = byA.get(a);
  if (byB === undefined) byA.set(a, (byB = new Map()));
  let r = byB.get(b);
  if (r === undefined) byB.set(b, (r = rowOf(pass.model.index, template + a + '|' + b)));
  return r;
}

function fillNeighbourSums(pass: CompiledPass, o: Omit<TokenInfo, 'gaz'>, sums: Float64Array): void {
  addFeature(pass, sums, AS_PREV2, 'w-2=' + o.norm);
  addFeature(pass, sums, AS_PREV2, 's-2=' + o.stem);
  addFeature(pass, sums, AS_PREV1, 'w-1=' + o.norm);
  addFeature(pass, sums, AS_PREV1, 's-1=' + o.stem);
  addFeature(pass, sums, AS_PREV1, 'x2-1=' + o.norm.slice(-2));
  addFeature(pass, sums, AS_NEXT1, 'w+1=' + o.norm);
  addFeature(pass, sums, AS_NEXT1, 's+1=' + o.stem);
  addFeature(pass, sums, AS_NEXT1, 'x2+1=' + o.norm.slice(-2));
  addFeature(pass, sums, AS_NEXT2, 'w+2=' + o.norm);
  addFeature(pass, sums, AS_NEXT2, 's+2=' + o.stem);
}

function formEntry(pass: CompiledPass, raw: string, o: TokenInfo): FormEntry {
  let entry = pass.forms.get(raw);
  if (entry !== undefined) return entry;
  if (pass.forms.size >= MAX_FORMS) {
    pass.forms.clear();
    forgetPairs(pass);
  }
  const sums = new Float64Array(BLOCKS);
  for (const f of localFeatures(raw, o)) addFeature(pass, sums, OWN, f);
  fillNeighbourSums(pass, o, sums);
  entry = { sums, next: new Map() };
  pass.forms.set(raw, entry);
  return entry;
}

/** Empties every form's pair rows (the forms' own sums stay). */
function forgetPairs(pass: CompiledPass): void {
  for (const entry of pass.forms.values()) entry.next.clear();
  pass.padStart.next.clear();
  pass.padEnd.next.clear();
  pass.pairCount = 0;
}

/** The pair rows of word `a` followed by word `b`, `entry` being a's. */
function pairRows(pass: CompiledPass, entry: FormEntry, a: Omit<TokenInfo, 'gaz'>, b: Omit<TokenInfo, 'gaz'>): Int32Array {
  let rows = entry.next.get(b.norm);
  if (rows === undefined) {
    if (pass.pairCount >= MAX_PAIRS) forgetPairs(pass);
    rows = Int32Array.of(
      pairRow(pass, 'w-1|w=', a.norm, b.norm),
      pairRow(pass, 'w|w+1=', a.norm, b.norm),
      pairRow(pass, 's-1|s=', a.stem, b.stem),
      pairRow(pass, 'w-2|w-1=', a.norm, b.norm),
      pairRow(pass, 'w+1|w+2=', a.norm, b.norm),
    );
    entry.next.set(b.norm, rows);
    pass.pairCount++;
  }
  return rows;
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

function addBlock(into: Float64Array, at: number, from: Float64Array, block: number): void {
  for (let y = 0; y < K; y++) into[at + y]! += from[block + y]!;
}

/**
 * Emission scores (T × K) of a sentence: the features of features.ts (and `extra` features per token, such as
 * the second pass's context), scored by the pass's model.
 */
export function fastEmissions(pass: CompiledPass, s: PreparedSentence, extra?: readonly (readonly string[])[]): Float64Array {
  return fillEmissions(pass, s, extra, new Float64Array(s.info.length * K));
}

/** Scores into `emit` (zeros over the sentence's T × K first entries). */
function fillEmissions(pass: CompiledPass, s: PreparedSentence, extra: readonly (readonly string[])[] | undefined, emit: Float64Array): Float64Array {
  const T = s.info.length;
  const entries = s.info.map((o, i) => formEntry(pass, s.tokens[i]!, o));
  const entryAt = (i: number) => (i < 0 ? pass.padStart : i >= T ? pass.padEnd : entries[i]!);
  const at = (i: number): TokenInfo => (i < 0 ? PAD : i >= T ? PAD_END : s.info[i]!);
  // pair rows of the words at j and j + 1, for j from -2 (two boundary tokens before the first word) to T
  const pairs: Int32Array[] = [];
  for (let j = -2; j <= T; j++) pairs.push(pairRows(pass, entryAt(j), at(j), at(j + 1)));
  const pairAt = (j: number) => pairs[j + 2]!;
  const outside = pass.model.outsideBias ?? 0;
  for (let i = 0; i < T; i++) {
    const e = i * K;
    emit[e] = outside;
    const cur = s.info[i]!;
    addBlock(emit, e, entries[i]!.sums, OWN);
    addBlock(emit, e, entryAt(i - 2).sums, AS_PREV2);
    addBlock(emit, e, entryAt(i - 1).sums, AS_PREV1);
    addBlock(emit, e, entryAt(i + 1).sums, AS_NEXT1);
    addBlock(emit, e, entryAt(i + 2).sums, AS_NEXT2);
    const before = pairAt(i - 1); // (i-1, i)
    const after = pairAt(i); // (i, i+1)
    addRow(pass, emit, e, before[0]!); // w-1|w
    addRow(pass, emit, e, after[1]!); // w|w+1
    addRow(pass, emit, e, before[2]!); // s-1|s
    addRow(pass, emit, e, pairAt(i - 2)[3]!); // w-2|w-1
    addRow(pass, emit, e, pairAt(i + 1)[4]!); // w+1|w+2
    const p1 = at(i - 1), p2 = at(i - 2), n1 = at(i + 1);
    addRow(pass, emit, e, shapeRow(pass, 'sh-1|sh=', p1.shape, cur.shape));
    addRow(pass, emit, e, shapeRow(pass, 'sh|sh+1=', cur.shape, n1.shape));
    for (const g of cur.gaz) addRow(pass, emit, e, gazRows(pass, g)[0]!);
    for (const g of p1.gaz) addRow(pass, emit, e, gazRows(pass, g)[1]!);
    for (const g of n1.gaz) addRow(pass, emit, e, gazRows(pass, g)[2]!);
    for (const g of p2.gaz) addRow(pass, emit, e, gazRows(pass, g)[3]!);
    if (i === 0) addRow(pass, emit, e, memoRow(pass, 'first'));
    if (i === T - 1) addRow(pass, emit, e, memoRow(pass, 'last'));
    const more = extra?.[i];
    if (more) for (const f of more) addRow(pass, emit, e, memoRow(pass, f));
  }
  return emit;
}

/** Emission scores of the sentence being decoded, reused from sentence to sentence (grown as needed). */
let emitScratch = new Float64Array(128 * K);

/** Tags (as state indices) of one prepared sentence. */
export function fastDecode(pass: CompiledPass, s: PreparedSentence, extra?: readonly (readonly string[])[]): Uint8Array {
  const T = s.info.length;
  if (emitScratch.length < T * K) emitScratch = new Float64Array(T * K * 2);
  emitScratch.fill(0, 0, T * K);
  return viterbi(fillEmissions(pass, s, extra, emitScratch), T, pass.model.transitions);
}
