/**
 * Per word form and pass, the sums of the weight rows of the form's features that do not depend on its neighbours'
 * identity: its own (localFeatures of features.ts: word, stem, readings, affixes, shape, length) and what it
 * gives the tokens around it (w-1=, s+1=, x2-1= …), in five blocks of K of one flat array, so that a token costs
 * one fused loop over five blocks. The rows are found through the pass's template maps from the form's analysis:
 * no `name=value` string is built. Blocks of zeros are shared (most rare words give their neighbours nothing).
 */
import type { CompiledPass, TemplateRows, ValueRows } from './compiled-pass.js';
import { PAD_END_ID, formInfo, formRaw, formShape, generation } from './forms.js';
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

/** The rows of the affix chain of `word` (affixRows of compiled-pass.ts) added to the form's own block. */
function addAffixes(w: ArrayLike<number>, chain: ValueRows, word: string, fromEnd: boolean): void {
  for (let k = Math.min(4, word.length - 1); k >= 1; k--) {
    const e = chain.index.get(fromEnd ? word.slice(-k) : word.slice(0, k));
    if (e === undefined) continue; // no template holds this affix: try the shorter one
    for (let j = 0; j < k; j++) add(w, OWN, chain.rows[e * 4 + j]!);
    return;
  }
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

/** features.ts lengthBucket. */
const lengthBucket = (n: number): string => (n <= 5 ? String(n) : n <= 7 ? '6-7' : '8+');

/** Whether features.ts localFeatures gives `nisba`. */
const nisba = (shape: string, stem: string): boolean =>
  shape === 'AR' && stem.length >= 4 && (stem.endsWith('ي') || stem.endsWith('يه') || stem.endsWith('يون') || stem.endsWith('يين'));

/** A template's map, or none. */
const NO_ROWS: TemplateRows = new Map();

/** Fills form `id`'s blocks and pair sides (the boundaries have no features of their own). */
export function fillForm(pass: CompiledPass, id: number): void {
  const w = pass.weights;
  sums.fill(0);
  const o = formInfo[id]!;
  const { norm, stem } = o;
  const byNorm = pass.byNorm;
  const byStem = pass.byStem;
  const n = byNorm.index.get(norm);
  const st = byStem.index.get(stem);
  const nr = n === undefined ? -1 : n * 6;
  const sr = st === undefined ? -1 : st * 6;
  if (id > PAD_END_ID) {
    // localFeatures
    add(w, OWN, pass.bias);
    add(w, OWN, nr >= 0 && byNorm.rows[nr]! >= 0 ? byNorm.rows[nr]! : pass.unknownWord);
    const raw = formRaw[id]!;
    if (raw !== norm) add(w, OWN, (pass.templates.get('r') ?? NO_ROWS).get(raw));
    add(w, OWN, sr >= 0 && byStem.rows[sr]! >= 0 ? byStem.rows[sr]! : pass.unknownStem);
    if (o.alts.length) {
      const alts = pass.templates.get('a') ?? NO_ROWS;
      for (const a of o.alts) add(w, OWN, alts.get(a));
    }
    addAffixes(w, pass.prefixes, norm, false);
    addAffixes(w, pass.suffixes, norm, true);
    if (stem !== norm) {
      addAffixes(w, pass.stemPrefixes, stem, false);
      addAffixes(w, pass.stemSuffixes, stem, true);
    }
    add(w, OWN, (pass.templates.get('sh') ?? NO_ROWS).get(o.shape));
    add(w, OWN, (pass.templates.get('len') ?? NO_ROWS).get(lengthBucket(stem.length)));
    if (!o.listed) {
      const dict = pass.templates.get('dict') ?? NO_ROWS;
      add(w, OWN, dict.get('out'));
      add(w, OWN, dict.get('out|len=' + lengthBucket(stem.length)));
    }
    if (nisba(o.shape, stem)) add(w, OWN, pass.nisba);
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
  const x2 = pass.byLastTwo.index.get(norm.slice(-2));
  if (x2 !== undefined) {
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
