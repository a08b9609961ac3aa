/**
 * Per word form and pass, the sums of the weight rows of the form's features that do not depend on its neighbours'
 * identity: its own (localFeatures of features.ts: word, stem, readings, affixes, shape, length) and what it
 * gives the tokens around it (w-1=, s+1=, x2-1= …), in five blocks of K of one flat array, so that a token costs
 * one fused loop over five blocks. The rows are found through the pass's template maps from the form's analysis:
 * no `name=value` string is built; the passes of a stacked model share their value indexes (compilePasses), so a
 * new form's values are looked up once and each pass sums its own rows for them. Blocks of zeros are shared (most
 * rare words give their neighbours nothing).
 */
import type { CompiledPass, TemplateRows, ValueRows } from './compiled-pass.js';
import { PAD_END_ID, formInfo, formRaw, formShape, generation, shapeNames } from './forms.js';
import { UNSET } from './pair-table.js';
import { K } from './perceptron.js';

/** A form's blocks of K sums: its own features, then what it gives each neighbour. */
export const OWN = 0;
export const AS_PREV2 = 1; // the token two after it sees w-2=, s-2=
export const AS_PREV1 = 2; // the next token sees w-1=, s-1=, x2-1=
export const AS_NEXT1 = 3; // the token before sees w+1=, s+1=, x2+1=
export const AS_NEXT2 = 4; // the token two before sees w+2=, s+2=
export const BLOCKS = 5;
/**
 * A form's record in a pass's `forms` (compiled-pass.ts), FIELDS numbers from form number × FIELDS: where its
 * five blocks start (above), then the numbers of its normalised form and stem as sides of a pair feature (-1: none),
 * then its shape's number. What a token's scoring asks of a form is one cache line, not one per array.
 */
export const NORM_SIDE = 5;
export const STEM_SIDE = 6;
export const SHAPE = 7;
export const FIELDS = 8;

/**
 * Where `word` enters an affix chain (affixRows of compiled-pass.ts): its longest affix of at most four letters
 * (and fewer than the word's) that some template holds, as entry × 8 + letters, or -1 when none does.
 */
function chainEntry(chain: ValueRows, word: string, fromEnd: boolean): number {
  for (let k = Math.min(4, word.length - 1); k >= 1; k--) {
    const e = chain.index.get(fromEnd ? word.slice(-k) : word.slice(0, k));
    if (e !== undefined) return e * 8 + k; // else no template holds this affix: try the shorter one
  }
  return -1;
}

/** The rows of the chain entry `at` (chainEntry) added to the form's own block. */
function addChain(w: ArrayLike<number>, chain: ValueRows, at: number): void {
  if (at < 0) return;
  const base = (at >> 3) * 4;
  for (let j = 0; j < (at & 7); j++) add(w, OWN, chain.rows[base + j]!);
}

/** Grows the per-form arrays to hold form number `id`, and empties them when the form table was emptied. */
export function reserve(pass: CompiledPass, id: number): void {
  if (pass.generation !== generation) {
    pass.forms.fill(-1);
    pass.blocksEnd = K;
    pass.generation = generation;
  }
  if (id * FIELDS < pass.forms.length) return;
  let n = pass.forms.length;
  while (n <= id * FIELDS) n *= 2;
  const forms = new Int32Array(n).fill(-1);
  forms.set(pass.forms);
  pass.forms = forms;
}

/**
 * The order a form's blocks are stored in: the order a sentence's tokens read them (the token two before it reads
 * what it gives as w+2=, then the one before, itself, the ones after), so that they come from memory in a forward
 * run.
 */
const STORE_ORDER = [AS_NEXT2, AS_NEXT1, OWN, AS_PREV1, AS_PREV2] as const;

/** One form's five blocks, summed before they are stored. */
const sums = new Float64Array(BLOCKS * K);

function add(weights: ArrayLike<number>, block: number, row: number | undefined): void {
  if (row === undefined || row < 0) return;
  const at = block * K;
  const base = row * K;
  for (let y = 0; y < K; y++) sums[at + y]! += weights[base + y]!;
}

/** The stem lengths a pass's lengthRows tell apart (compiled-pass.ts): 0 … 7, and 8 for every longer one. */
export const LONGEST_LENGTH = 8;

/** Whether features.ts localFeatures gives `nisba`. */
const nisba = (shape: string, stem: string): boolean =>
  shape === 'AR' && stem.length >= 4 && (stem.endsWith('ي') || stem.endsWith('يه') || stem.endsWith('يون') || stem.endsWith('يين'));

/**
 * A form's values as entries of its pass group's shared indexes (compiled-pass.ts compilePasses), found once
 * for every pass of the group: entries of its normalised form, stem and last two letters (-1: none), of its
 * written form (r=) and readings (a=), and its affix chain entries (chainEntry).
 */
const V_NORM = 0;
const V_STEM = 1;
const V_LAST_TWO = 2;
const V_RAW = 3;
const V_PREFIX = 4;
const V_SUFFIX = 5;
const V_STEM_PREFIX = 6;
const V_STEM_SUFFIX = 7;
const values = new Int32Array(8);
/** The a= entries of the form's readings, in their order (repeats kept, as localFeatures gives them). */
let altEntries = new Int32Array(8);

/**
 * Fills form `id`'s blocks and pair sides in `pass` and in every other pass of its group that has not filled it
 * yet (the boundaries have no features of their own): its values are looked up in the shared indexes once.
 */
export function fillForm(pass: CompiledPass, id: number): void {
  const o = formInfo[id]!;
  const { norm, stem } = o;
  values[V_NORM] = pass.byNorm.index.get(norm) ?? -1;
  values[V_STEM] = pass.byStem.index.get(stem) ?? -1;
  values[V_LAST_TWO] = pass.byLastTwo.index.get(norm.slice(-2)) ?? -1;
  let alts = 0;
  if (id > PAD_END_ID) {
    const raw = formRaw[id]!;
    values[V_RAW] = raw !== norm ? (pass.byRaw.index.get(raw) ?? -1) : -1;
    if (altEntries.length < o.alts.length) altEntries = new Int32Array(2 * o.alts.length);
    for (const a of o.alts) altEntries[alts++] = pass.byAlt.index.get(a) ?? -1;
    values[V_PREFIX] = chainEntry(pass.prefixes, norm, false);
    values[V_SUFFIX] = chainEntry(pass.suffixes, norm, true);
    values[V_STEM_PREFIX] = stem !== norm ? chainEntry(pass.stemPrefixes, stem, false) : -1;
    values[V_STEM_SUFFIX] = stem !== norm ? chainEntry(pass.stemSuffixes, stem, true) : -1;
  }
  for (const p of pass.group) {
    if (p !== pass) {
      reserve(p, id);
      if (p.forms[id * FIELDS + OWN]! >= 0) continue;
    }
    sumForm(p, id, alts);
  }
}

/** The row of shape number `shape`'s sh= in a pass, looked up on first use. */
function shapeRow(pass: CompiledPass, shape: number): number {
  if (shape >= pass.shapeOwn.length) {
    const grown = new Int32Array(2 * shape + 2).fill(UNSET);
    grown.set(pass.shapeOwn);
    pass.shapeOwn = grown;
  }
  let r = pass.shapeOwn[shape]!;
  if (r === UNSET) pass.shapeOwn[shape] = r = (pass.templates.get('sh') ?? NO_ROWS).get(shapeNames[shape]!) ?? -1;
  return r;
}

/** A template's map, or none. */
const NO_ROWS: TemplateRows = new Map();

/** Sums form `id`'s blocks in one pass from its values (fillForm) and stores them with its pair sides. */
function sumForm(pass: CompiledPass, id: number, alts: number): void {
  const w = pass.weights;
  sums.fill(0);
  const o = formInfo[id]!;
  const byNorm = pass.byNorm;
  const byStem = pass.byStem;
  const n = values[V_NORM]!;
  const st = values[V_STEM]!;
  const nr = n < 0 ? -1 : n * 6;
  const sr = st < 0 ? -1 : st * 6;
  if (id > PAD_END_ID) {
    // localFeatures
    add(w, OWN, pass.bias);
    add(w, OWN, nr >= 0 && byNorm.rows[nr]! >= 0 ? byNorm.rows[nr]! : pass.unknownWord);
    const raw = values[V_RAW]!;
    if (raw >= 0) add(w, OWN, pass.byRaw.rows[raw]);
    add(w, OWN, sr >= 0 && byStem.rows[sr]! >= 0 ? byStem.rows[sr]! : pass.unknownStem);
    for (let j = 0; j < alts; j++) {
      const a = altEntries[j]!;
      if (a >= 0) add(w, OWN, pass.byAlt.rows[a]);
    }
    addChain(w, pass.prefixes, values[V_PREFIX]!);
    addChain(w, pass.suffixes, values[V_SUFFIX]!);
    addChain(w, pass.stemPrefixes, values[V_STEM_PREFIX]!);
    addChain(w, pass.stemSuffixes, values[V_STEM_SUFFIX]!);
    add(w, OWN, shapeRow(pass, formShape[id]!));
    const length = Math.min(o.stem.length, LONGEST_LENGTH);
    add(w, OWN, pass.lengthRows[length]);
    if (!o.listed) {
      add(w, OWN, pass.dictOut);
      add(w, OWN, pass.dictLengthRows[length]);
    }
    if (nisba(o.shape, o.stem)) add(w, OWN, pass.nisba);
  }
  // what it gives its neighbours (sentenceFeatures' w-1=, s-1= …)
  if (nr >= 0) {
    add(w, AS_PREV1, byNorm.rows[nr + 1]);
    add(w, AS_NEXT1, byNorm.rows[nr + 2]);
    add(w, AS_PREV2, byNorm.rows[nr + 3]);
    add(w, AS_NEXT2, byNorm.rows[nr + 4]);
  }
  if (sr >= 0) {
    add(w, AS_PREV1, byStem.rows[sr + 1]);
    add(w, AS_NEXT1, byStem.rows[sr + 2]);
    add(w, AS_PREV2, byStem.rows[sr + 3]);
    add(w, AS_NEXT2, byStem.rows[sr + 4]);
  }
  const x2 = values[V_LAST_TWO]!;
  if (x2 >= 0) {
    add(w, AS_PREV1, pass.byLastTwo.rows[x2 * 2]);
    add(w, AS_NEXT1, pass.byLastTwo.rows[x2 * 2 + 1]);
  }
  const rec = id * FIELDS;
  for (const b of STORE_ORDER) {
    let zero = true;
    for (let y = 0; y < K; y++) if (sums[b * K + y] !== 0) zero = false;
    if (zero) {
      pass.forms[rec + b] = 0;
      continue;
    }
    if (pass.blocksEnd + K > pass.blocks.length) {
      const grown = new Int32Array(pass.blocks.length * 2);
      grown.set(pass.blocks);
      pass.blocks = grown;
    }
    pass.blocks.set(sums.subarray(b * K, b * K + K), pass.blocksEnd);
    pass.forms[rec + b] = pass.blocksEnd;
    pass.blocksEnd += K;
  }
  pass.forms[rec + NORM_SIDE] = nr >= 0 ? byNorm.rows[nr + 5]! : -1;
  pass.forms[rec + STEM_SIDE] = sr >= 0 ? byStem.rows[sr + 5]! : -1;
  pass.forms[rec + SHAPE] = formShape[id]!;
}
