/**
 * Emission scores (T × K) of a prepared sentence through a compiled pass, and its decoding: the features of
 * features.ts (and, in the second pass, the document context of context-codes.ts) summed as rows. A token costs
 * one loop over its own and its neighbours' per-form blocks (form-sums.ts), a few integer lookups for the pair
 * features, and a row per gazetteer hit and context feature. Nothing is allocated per token.
 */
import { passRow, type CompiledPass } from './compiled-pass.js';
import { AS_NEXT1, AS_NEXT2, AS_PREV1, AS_PREV2, FIELDS, NORM_SIDE, OWN, SHAPE, STEM_SIDE, fillForm, reserve } from './form-sums.js';
import { currentIds, formGazPath, formGazStarts, shapeNames, type PreparedSentence } from './forms.js';
import { gazetteerTrieMasks } from './gazetteer.js';
import { K, tagViterbi } from './perceptron.js';
import { SHAPE_PAIRS, UNSET } from './pair-table.js';

/** Extra features of each token of a sentence as numbers: token t's are values[offsets[t] … offsets[t + 1]). */
export interface TokenNumbers {
  values: Int32Array;
  offsets: Int32Array;
}

/** A sentence's gazetteer hits as masks (gazetteer.ts gazetteerTrieMasks), made once into the sentence's room for them. */
function hitMasks(s: PreparedSentence, ids: Int32Array): Uint32Array {
  const masks = s.hits;
  if (!s.hitsMade) {
    const T = s.tokens.length;
    let any = false;
    for (let i = 0; i < T && !any; i++) if (formGazStarts[ids[i + 2]!]!.length > 0) any = true;
    if (any)
      gazetteerTrieMasks(
        T,
        (i) => formGazStarts[ids[i + 2]!]!,
        (i) => formGazPath[ids[i + 2]!]!,
        masks,
      );
    s.hitsMade = true;
  }
  return masks;
}

/** The row of a feature through the small cache (for strings drawn from small sets). */
function memoRow(pass: CompiledPass, feature: string): number {
  let r = pass.rows.get(feature);
  if (r === undefined) {
    if (pass.rows.size >= 100_000) pass.rows.clear();
    r = passRow(pass, feature);
    pass.rows.set(feature, r);
  }
  return r;
}

/** Extra features given as strings (a learnt lexicon's, a test's), as the pass's rows. */
export function stringExtraRows(pass: CompiledPass, T: number, extra: readonly (readonly string[])[] | undefined): TokenNumbers {
  const offsets = new Int32Array(T + 1);
  const rows: number[] = [];
  for (let t = 0; t < T; t++) {
    const more = extra?.[t];
    if (more) for (const f of more) rows.push(memoRow(pass, f));
    offsets[t + 1] = rows.length;
  }
  return { values: Int32Array.from(rows), offsets };
}

function addRow(w: ArrayLike<number>, into: Float64Array, at: number, row: number): void {
  if (row < 0) return;
  const base = row * K;
  for (let y = 0; y < K; y++) into[at + y]! += w[base + y]!;
}

/** The row of shape pair template `which` (SHAPE_PAIRS) over shapes `a`, `b` (numbers), or -1. */
function shapeRow(pass: CompiledPass, which: 0 | 1, a: number, b: number): number {
  if (a >= pass.shapeCap || b >= pass.shapeCap) {
    pass.shapeCap = 2 * Math.max(a, b, pass.shapeCap);
    pass.shapeRows = new Int32Array(pass.shapeCap * pass.shapeCap * 2).fill(UNSET);
  }
  const k = (a * pass.shapeCap + b) * 2 + which;
  let r = pass.shapeRows[k]!;
  if (r === UNSET) pass.shapeRows[k] = r = passRow(pass, SHAPE_PAIRS[which] + shapeNames[a]! + '|' + shapeNames[b]!);
  return r;
}

/**
 * Per pass, what a token gets from the shapes around it, summed once per shape triple (previous, own, next): the
 * O bias, `sh-1|sh=` and `sh|sh+1=`. Shapes are a handful, so a token costs one block of K instead of two rows and
 * an addition; the same scores, since the weights are integers (compiled-pass.ts) and so are their sums.
 */
class ShapeSums {
  cap = 16;
  /** (a × cap + b) × cap + c → where the triple's sums start in {@link sums}, or -1 before they are made. */
  at = new Int32Array(16 * 16 * 16).fill(-1);
  sums = new Float64Array(64 * K);
  end = 0;

  constructor(private readonly pass: CompiledPass) {}

  /** Where the sums of shapes (a, b, c) start, made when new. */
  of(a: number, b: number, c: number): number {
    if (a >= this.cap || b >= this.cap || c >= this.cap) {
      this.cap = 2 * Math.max(a, b, c, this.cap);
      this.at = new Int32Array(this.cap * this.cap * this.cap).fill(-1);
      this.end = 0;
    }
    const k = (a * this.cap + b) * this.cap + c;
    let at = this.at[k]!;
    if (at < 0) {
      if (this.end + K > this.sums.length) {
        const grown = new Float64Array(2 * this.sums.length);
        grown.set(this.sums);
        this.sums = grown;
      }
      at = this.end;
      this.end += K;
      this.sums.fill(0, at, at + K);
      const pass = this.pass;
      this.sums[at]! += pass.outside;
      addRow(pass.weights, this.sums, at, shapeRow(pass, 0, a, b));
      addRow(pass.weights, this.sums, at, shapeRow(pass, 1, b, c));
      this.at[k] = at;
    }
    return at;
  }
}

/** One `make(pass)` per compiled pass, made on first use and kept while the pass lives. */
function perPass<T>(make: (pass: CompiledPass) => T): (pass: CompiledPass) => T {
  const made = new WeakMap<CompiledPass, T>();
  return (pass) => {
    let c = made.get(pass);
    if (c === undefined) made.set(pass, (c = make(pass)));
    return c;
  };
}

const shapeSums = perPass((pass) => new ShapeSums(pass));

/** Adds row `which` (g=, g-1=, g+1=, g-2=) of every hit of one token's masks. */
function addHits(pass: CompiledPass, emit: Float64Array, at: number, m0: number, m1: number, which: number): void {
  const w = pass.weights;
  const rows = pass.gazRows;
  while (m0 !== 0) {
    const low = m0 & -m0;
    addRow(w, emit, at, rows[4 * (31 - Math.clz32(low)) + which]!);
    m0 ^= low;
  }
  while (m1 !== 0) {
    const low = m1 & -m1;
    addRow(w, emit, at, rows[4 * (63 - Math.clz32(low)) + which]!);
    m1 ^= low;
  }
}

/**
 * The sums of the context rows of a token (the second pass's codes, context-codes.ts), by the token's list of
 * codes: a document's tokens share few lists (most: tag O, majority O, neighbours O), so a token costs one hash of
 * its ~10 codes and one row of sums instead of ~10 rows read from all over the weights. Adding the sum gives the
 * same score as adding the rows one by one because the weights are integers (compiled-pass.ts integralAndFits:
 * any 64 of them sum within 32 bits, a token has at most 21 codes). Bounded: emptied when full.
 */
class ContextSums {
  private static readonly CAPACITY = 1 << 13;
  /** Open addressing over entry numbers + 1 (0: empty), twice the capacity. */
  private readonly slots = new Int32Array(2 * ContextSums.CAPACITY);
  private readonly hashes = new Int32Array(ContextSums.CAPACITY);
  /** Entry e's codes: codes[keyAt[e] … keyAt[e + 1]). */
  private readonly keyAt = new Int32Array(ContextSums.CAPACITY + 1);
  private codes = new Int32Array(16 * ContextSums.CAPACITY);
  /** Entry e's sums: K from e × K. */
  readonly sums = new Int32Array(ContextSums.CAPACITY * K);
  private count = 0;

  constructor(private readonly pass: CompiledPass) {}

  /** The entry of codes values[from … to), made when new: its sums start at the result × K. */
  entry(values: Int32Array, from: number, to: number): number {
    let h = 0x811c9dc5 | 0;
    for (let j = from; j < to; j++) h = Math.imul(h ^ values[j]!, 0x01000193);
    const mask = this.slots.length - 1;
    const len = to - from;
    for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return this.add(values, from, to, h);
      if (this.hashes[e] !== h) continue;
      const at = this.keyAt[e]!;
      if (this.keyAt[e + 1]! - at !== len) continue;
      let same = true;
      for (let j = 0; j < len && same; j++) if (this.codes[at + j] !== values[from + j]) same = false;
      if (same) return e;
    }
  }

  private add(values: Int32Array, from: number, to: number, h: number): number {
    if (this.count === ContextSums.CAPACITY) {
      this.slots.fill(0);
      this.count = 0;
    }
    const e = this.count++;
    const at = this.keyAt[e]!;
    const len = to - from;
    if (at + len > this.codes.length) {
      const grown = new Int32Array(2 * (at + len));
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes.set(values.subarray(from, to), at);
    this.keyAt[e + 1] = at + len;
    this.hashes[e] = h;
    const { weights, contextRows } = this.pass;
    const base = e * K;
    this.sums.fill(0, base, base + K);
    for (let j = from; j < to; j++) {
      const row = contextRows[values[j]!]!;
      if (row < 0) continue;
      for (let y = 0; y < K; y++) this.sums[base + y]! += weights[row * K + y]!;
    }
    const mask = this.slots.length - 1;
    let s = (h ^ (h >>> 15)) & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
    return e;
  }
}

const contextSums = perPass((pass) => new ContextSums(pass));

/** Per sentence, where the pair rows / the stem pair row of each two adjacent positions are (reused, grown as needed). */
let normPairScratch = new Int32Array(256);
let stemPairScratch = new Int32Array(256);

/**
 * Scores into `emit` (its first T × K entries are overwritten): the features of features.ts, plus `extra` rows
 * and `context` codes (context-codes.ts, read through the pass's contextRows) per token.
 */
export function fillEmissions(
  pass: CompiledPass,
  s: PreparedSentence,
  extra: TokenNumbers | undefined,
  emit: Float64Array,
  context?: TokenNumbers,
  contextAt = 0,
): Float64Array {
  const T = s.tokens.length;
  const ids = currentIds(s);
  const E = T + 4;
  for (let e = 0; e < E; e++) {
    const id = ids[e]!;
    reserve(pass, id);
    if (pass.forms[id * FIELDS + OWN]! < 0) fillForm(pass, id);
  }
  // pair features of the positions e and e + 1 of ids, for e from 0 (two boundaries before the first word) to T + 2
  if (normPairScratch.length < E) {
    normPairScratch = new Int32Array(2 * E);
    stemPairScratch = new Int32Array(2 * E);
  }
  const np = normPairScratch;
  const sp = stemPairScratch;
  const { forms, normPairs, stemPairs } = pass;
  const stemRows = stemPairs.data;
  for (let e = 0; e + 1 < E; e++) {
    const a = ids[e]! * FIELDS;
    const b = ids[e + 1]! * FIELDS;
    const na = forms[a + NORM_SIDE]!;
    const nb = forms[b + NORM_SIDE]!;
    np[e] = na >= 0 && nb >= 0 ? normPairs.find(na, nb) : -1;
    const sa = forms[a + STEM_SIDE]!;
    const sb = forms[b + STEM_SIDE]!;
    const slot = sa >= 0 && sb >= 0 ? stemPairs.find(sa, sb) : -1;
    sp[e] = slot >= 0 ? stemRows[slot]! : -1;
  }
  const masks = hitMasks(s, ids);
  const w = pass.weights;
  const blocks = pass.blocks;
  const pairRows = normPairs.data;
  const sums = context ? contextSums(pass) : undefined;
  const shapes = shapeSums(pass);
  for (let i = 0; i < T; i++) {
    const e = i + 2;
    const o = i * K;
    const self = ids[e]! * FIELDS;
    const prev = ids[e - 1]! * FIELDS;
    const next = ids[e + 1]! * FIELDS;
    const own = forms[self + OWN]!;
    const p2 = forms[ids[e - 2]! * FIELDS + AS_PREV2]!;
    const p1 = forms[prev + AS_PREV1]!;
    const n1 = forms[next + AS_NEXT1]!;
    const n2 = forms[ids[e + 2]! * FIELDS + AS_NEXT2]!;
    const sh = shapes.of(forms[prev + SHAPE]!, forms[self + SHAPE]!, forms[next + SHAPE]!);
    const shs = shapes.sums;
    for (let y = 0; y < K; y++) emit[o + y] = blocks[own + y]! + blocks[p2 + y]! + blocks[p1 + y]! + blocks[n1 + y]! + blocks[n2 + y]! + shs[sh + y]!;
    let slot = np[e - 1]!; // (i-1, i)
    if (slot >= 0) addRow(w, emit, o, pairRows[slot]!); // w-1|w
    slot = np[e]!; // (i, i+1)
    if (slot >= 0) addRow(w, emit, o, pairRows[slot + 1]!); // w|w+1
    slot = np[e - 2]!; // (i-2, i-1)
    if (slot >= 0) addRow(w, emit, o, pairRows[slot + 2]!); // w-2|w-1
    slot = np[e + 1]!; // (i+1, i+2)
    if (slot >= 0) addRow(w, emit, o, pairRows[slot + 3]!); // w+1|w+2
    addRow(w, emit, o, sp[e - 1]!); // s-1|s
    if ((masks[2 * i]! | masks[2 * i + 1]!) !== 0) addHits(pass, emit, o, masks[2 * i]!, masks[2 * i + 1]!, 0);
    if (i > 0 && (masks[2 * i - 2]! | masks[2 * i - 1]!) !== 0) addHits(pass, emit, o, masks[2 * i - 2]!, masks[2 * i - 1]!, 1);
    if (i + 1 < T && (masks[2 * i + 2]! | masks[2 * i + 3]!) !== 0) addHits(pass, emit, o, masks[2 * i + 2]!, masks[2 * i + 3]!, 2);
    if (i > 1 && (masks[2 * i - 4]! | masks[2 * i - 3]!) !== 0) addHits(pass, emit, o, masks[2 * i - 4]!, masks[2 * i - 3]!, 3);
    if (i === 0) addRow(w, emit, o, pass.first);
    if (i === T - 1) addRow(w, emit, o, pass.last);
    if (extra) for (let j = extra.offsets[i]!; j < extra.offsets[i + 1]!; j++) addRow(w, emit, o, extra.values[j]!);
    if (context) {
      const from = context.offsets[contextAt + i]!;
      const to = context.offsets[contextAt + i + 1]!;
      if (from < to) {
        const at = sums!.entry(context.values, from, to) * K;
        const rows = sums!.sums;
        for (let y = 0; y < K; y++) emit[o + y]! += rows[at + y]!;
      }
    }
  }
  return emit;
}

/**
 * Emission scores (T × K) of a sentence, with `extra` features per token given as strings (the second pass's
 * context, a lexicon's hits), scored by the pass's model.
 */
export function fastEmissions(pass: CompiledPass, s: PreparedSentence, extra?: readonly (readonly string[])[]): Float64Array {
  const T = s.tokens.length;
  return fillEmissions(pass, s, extra ? stringExtraRows(pass, T, extra) : undefined, new Float64Array(T * K));
}

/** Emission scores of the sentence being decoded, reused from sentence to sentence (grown as needed). */
let emitScratch = new Float64Array(128 * K);

/**
 * States of one prepared sentence; `context`: the document's context codes (context-codes.ts), the sentence's
 * tokens from `contextAt` on.
 */
export function decodePrepared(pass: CompiledPass, s: PreparedSentence, extra?: TokenNumbers, context?: TokenNumbers, contextAt = 0): Uint8Array {
  const T = s.tokens.length;
  if (emitScratch.length < T * K) emitScratch = new Float64Array(T * K * 2);
  return tagViterbi(fillEmissions(pass, s, extra, emitScratch, context, contextAt), T, pass.model.transitions);
}

/** Tags (as state indices) of one prepared sentence, with extra features given as strings. */
export function fastDecode(pass: CompiledPass, s: PreparedSentence, extra?: readonly (readonly string[])[]): Uint8Array {
  return decodePrepared(pass, s, extra ? stringExtraRows(pass, s.tokens.length, extra) : undefined);
}
