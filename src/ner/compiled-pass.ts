/**
 * A model pass compiled for the inference path: its feature names split by template into maps from value to row,
 * so that a word's features are found from its normalised form, stem and affixes without building a single
 * `name=value` string; its pair features (w-1|w …) keyed by numbers (pair-table.ts); and small tables for what is
 * drawn from small sets (shapes, gazetteer hits, the second pass's context features, first/last).
 *
 * Summing rows in another order gives the same scores only when the sums are exact: a shipped model's weights
 * are integers (model-file.ts), so {@link compilePass} refuses a model whose weights or transitions are not, and
 * the caller then takes the string path (stacked.ts). It also scores probe texts both ways at load and refuses
 * the model when they differ, a guard against a feature added to sentenceFeatures that this path does not compute
 * (fast.test.ts compares both paths on more text).
 */
import { FLAGS, sentenceFeatures } from './features.js';
import { CONTEXT_CODE_NAMES } from './context-codes.js';
import { fillEmissions, stringExtraRows } from './emissions.js';
import { HIT_NAMES } from './gazetteer.js';
import { K, emissions, rowOf, type NerModel } from './perceptron.js';
import { NORM_PAIRS, PairTable, STEM_PAIR, UNSET } from './pair-table.js';
import { prepareSentence } from './forms.js';


/** Value → row of one template's features. */
export type TemplateRows = ReadonlyMap<string, number>;

/**
 * Rows of several templates that read the same value, found with one lookup: `index` maps a value to an entry,
 * whose rows are rows[entry × width …] (-1 where the model has none). A word's five templates over its normalised
 * form (w=, w-1= …) cost one lookup, not five: lookups into maps of thousands of strings are what a new word costs.
 */
export interface ValueRows {
  index: Map<string, number>;
  rows: Int32Array;
  width: number;
}

function valueRows(width: number, sources: readonly (ReadonlyMap<string, number> | undefined)[]): ValueRows {
  const index = new Map<string, number>();
  for (const m of sources) if (m) for (const v of m.keys()) if (!index.has(v)) index.set(v, index.size);
  const rows = new Int32Array(index.size * width).fill(-1);
  sources.forEach((m, slot) => {
    if (m) for (const [v, r] of m) rows[index.get(v)! * width + slot] = r;
  });
  return { index, rows, width };
}

/**
 * Affix templates (p1 … p4, or x1 … x4) as chains: an affix of k letters that some template holds maps to the rows
 * of its 1 … k letter affixes, so a word's four affixes cost one lookup when its longest is known (and one more per
 * letter less otherwise). `fromEnd`: suffixes.
 */
function affixRows(templates: ReadonlyMap<string, ReadonlyMap<string, number>>, prefix: string, fromEnd: boolean): ValueRows {
  const maps = [1, 2, 3, 4].map((k) => templates.get(prefix + k));
  const index = new Map<string, number>();
  for (const m of maps) if (m) for (const v of m.keys()) if (v.length >= 1 && v.length <= 4 && !index.has(v)) index.set(v, index.size);
  const rows = new Int32Array(index.size * 4).fill(-1);
  for (const [v, e] of index)
    for (let j = 1; j <= v.length; j++) rows[e * 4 + j - 1] = maps[j - 1]?.get(fromEnd ? v.slice(-j) : v.slice(0, j)) ?? -1;
  return { index, rows, width: 4 };
}

/** A model pass with its tables. */
export interface CompiledPass {
  model: NerModel;
  weights: Float32Array | Float64Array;
  outside: number;
  /** Template (the name before its first `=`) → value → row, for every template but the pair ones. */
  templates: ReadonlyMap<string, TemplateRows>;
  /** Per normalised form: w=, w-1=, w+1=, w-2=, w+2=, and its number as a side of a pair feature (-1: none). */
  byNorm: ValueRows;
  /** Per stem: s=, s-1=, s+1=, s-2=, s+2=, and its pair side. */
  byStem: ValueRows;
  /** Per last two letters: x2-1=, x2+1=. */
  byLastTwo: ValueRows;
  /** Affix chains (affixRows) of p, x, sp, sx. */
  prefixes: ValueRows;
  suffixes: ValueRows;
  stemPrefixes: ValueRows;
  stemSuffixes: ValueRows;
  /** Rows of `w=<UNK>`, `s=<UNK>` (-1 when the model has none): rowOf's fallback for unseen words. */
  unknownWord: number;
  unknownStem: number;
  /** Rows of the features without a value. */
  bias: number;
  nisba: number;
  first: number;
  last: number;
  /** The form table's generation the per-form arrays below were filled for. */
  generation: number;
  /**
   * Per form number × 5, where each of its blocks (form-sums.ts) starts in {@link blocks}; 0 is the shared block
   * of zeros, -1 before the form is filled.
   */
  blockAt: Int32Array;
  /**
   * The sums, K per block; the first block stays zero. Integers (the weights are) that fit 32 bits: compilePass
   * refuses a model whose weights could sum past them (see {@link MAX_BLOCK_ROWS}); half the memory of doubles
   * means fewer cache lines per token, which is what a token's scoring waits on.
   */
  blocks: Int32Array;
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
  /** Gazetteer hit number × 4 → rows of g=, g-1=, g+1=, g-2= (-1: not in the model or, for g-2, not a trigger). */
  gazRows: Int32Array;
  /** Context code (context-codes.ts) → row. */
  contextRows: Int32Array;
  /** Other feature strings (the learnt lexicon's) → row: they come from small sets. */
  rows: Map<string, number>;
}

/**
 * A bound on the rows summed into one block of form-sums.ts: localFeatures gives a word some 25 (bias, w, r, s,
 * up to two other readings, 16 affixes, sh, len, nisba), a neighbour block 3.
 */
const MAX_BLOCK_ROWS = 64;

/** Whether every sum of MAX_BLOCK_ROWS of the model's weights fits a 32-bit integer. */
function fitsBlocks(model: NerModel): boolean {
  let max = 0;
  for (let i = 0; i < model.weights.length; i++) max = Math.max(max, Math.abs(model.weights[i]!));
  return max * MAX_BLOCK_ROWS <= 0x7fffffff;
}

/** Whether a model's scores are integers, so that rows may be summed in any order with the same result. */
function integral(model: NerModel): boolean {
  if (!Number.isInteger(model.outsideBias ?? 0)) return false;
  for (let i = 0; i < model.weights.length; i++) if (!Number.isInteger(model.weights[i]!)) return false;
  for (let i = 0; i < model.transitions.length; i++) if (!Number.isInteger(model.transitions[i]!)) return false;
  return true;
}

/**
 * The model's features by template, and its pair features as numbers. A pair value `a|b` is split at each of its
 * `|` (a word may hold one itself): the pair (a, b) of a sentence matches the feature exactly when one of these
 * splits is (a, b).
 */
function indexFeatures(index: ReadonlyMap<string, number>) {
  const templates = new Map<string, Map<string, number>>();
  const normSides = new Map<string, number>();
  const stemSides = new Map<string, number>();
  const side = (sides: Map<string, number>, w: string) => {
    let id = sides.get(w);
    if (id === undefined) sides.set(w, (id = sides.size));
    return id;
  };
  const norm: number[] = [];
  const stem: number[] = [];
  for (const [name, row] of index) {
    const eq = name.indexOf('=');
    if (eq < 0) continue; // bias, nisba, first, last: looked up by name
    const template = name.slice(0, eq);
    const value = name.slice(eq + 1);
    const slot = template === STEM_PAIR ? -1 : NORM_PAIRS.indexOf(template as (typeof NORM_PAIRS)[number]);
    if (slot === -1 && template !== STEM_PAIR) {
      let rows = templates.get(template);
      if (rows === undefined) templates.set(template, (rows = new Map()));
      rows.set(value, row);
      continue;
    }
    for (let p = value.indexOf('|'); p >= 0; p = value.indexOf('|', p + 1)) {
      if (slot < 0) stem.push(side(stemSides, value.slice(0, p)), side(stemSides, value.slice(p + 1)), row);
      else norm.push(side(normSides, value.slice(0, p)), side(normSides, value.slice(p + 1)), row, slot);
    }
  }
  const normPairs = new PairTable(norm.length / 4, NORM_PAIRS.length);
  for (let j = 0; j < norm.length; j += 4) normPairs.values[normPairs.add(norm[j]!, norm[j + 1]!) * NORM_PAIRS.length + norm[j + 3]!] = norm[j + 2]!;
  const stemPairs = new PairTable(stem.length / 3, 1);
  for (let j = 0; j < stem.length; j += 3) stemPairs.values[stemPairs.add(stem[j]!, stem[j + 1]!)] = stem[j + 2]!;
  const sides = (m: Map<string, number>) => m as ReadonlyMap<string, number>;
  const t = (name: string) => templates.get(name);
  return {
    templates,
    normSides,
    stemSides,
    normPairs,
    stemPairs,
    byNorm: valueRows(6, [t('w'), t('w-1'), t('w+1'), t('w-2'), t('w+2'), sides(normSides)]),
    byStem: valueRows(6, [t('s'), t('s-1'), t('s+1'), t('s-2'), t('s+2'), sides(stemSides)]),
    byLastTwo: valueRows(2, [t('x2-1'), t('x2+1')]),
    prefixes: affixRows(templates, 'p', false),
    suffixes: affixRows(templates, 'x', true),
    stemPrefixes: affixRows(templates, 'sp', false),
    stemSuffixes: affixRows(templates, 'sx', true),
  };
}

function gazetteerRows(index: ReadonlyMap<string, number>): Int32Array {
  const rows = new Int32Array(HIT_NAMES.length * 4);
  HIT_NAMES.forEach((hit, h) => {
    rows[4 * h] = rowOf(index, 'g=' + hit);
    rows[4 * h + 1] = rowOf(index, 'g-1=' + hit);
    rows[4 * h + 2] = rowOf(index, 'g+1=' + hit);
    rows[4 * h + 3] = hit.startsWith('t') ? rowOf(index, 'g-2=' + hit) : -1;
  });
  return rows;
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
  if (FLAGS.size === 0 && integral(model) && fitsBlocks(model)) {
    const capacity = 1024;
    const shapeCap = 16;
    const index = model.index;
    c = {
      model,
      weights: model.weights,
      outside: model.outsideBias ?? 0,
      ...indexFeatures(index),
      unknownWord: rowOf(index, 'w=<UNK>'),
      unknownStem: rowOf(index, 's=<UNK>'),
      bias: rowOf(index, 'bias'),
      nisba: rowOf(index, 'nisba'),
      first: rowOf(index, 'first'),
      last: rowOf(index, 'last'),
      generation: -1,
      blockAt: new Int32Array(capacity * 5).fill(-1),
      blocks: new Int32Array(capacity * 2 * K),
      blocksEnd: K,
      normSide: new Int32Array(capacity),
      stemSide: new Int32Array(capacity),
      shapeRows: new Int32Array(shapeCap * shapeCap * 2).fill(UNSET),
      shapeCap,
      gazRows: gazetteerRows(index),
      contextRows: Int32Array.from(CONTEXT_CODE_NAMES, (name) => rowOf(index, name)),
      rows: new Map(),
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
    const extraRows = stringExtraRows(pass, tokens.length, extra);
    const got = fillEmissions(pass, prepareSentence(tokens), extraRows, new Float64Array(tokens.length * K));
    for (let i = 0; i < expected.length; i++) if (expected[i] !== got[i]) return false;
  }
  return true;
}
