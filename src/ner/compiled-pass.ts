/**
 * A model pass compiled for the inference path: its feature names split by template into maps from value to row,
 * so that a word's features are found from its normalised form, stem and affixes without building a single
 * `name=value` string; its pair features (w-1|w …) keyed by numbers (pair-table.ts); and small tables for what is
 * drawn from small sets (shapes, gazetteer hits, the second pass's context features, first/last). The two passes
 * of a stacked model are compiled together ({@link compilePasses}): their value indexes are one, so a word seen for
 * the first time is looked up once for both (form-sums.ts), each pass keeping its own rows per entry.
 *
 * Summing rows in another order gives the same scores only when the sums are exact: a shipped model's weights
 * are integers (model-file.ts), so {@link compilePass} refuses a model whose weights or transitions are not, and
 * the caller then takes the string path (stacked.ts). It also scores probe texts both ways at load and refuses
 * the model when they differ, a guard against a feature added to sentenceFeatures that this path does not compute
 * (fast.test.ts compares both paths on more text).
 */
import { FLAGS, lengthBucket, sentenceFeatures } from './features.js';
import { CONTEXT_CODE_NAMES } from './context-codes.js';
import { fillEmissions, stringExtraRows } from './emissions.js';
import { LONGEST_LENGTH } from './form-sums.js';
import { HIT_NAMES } from './gazetteer.js';
import { K, UNK_TEMPLATES, emissions, rowOf, type NerModel } from './perceptron.js';
import { storedNames } from './model-file.js';
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

/**
 * {@link ValueRows} being filled, one name at a time. The index may be shared with the other passes of a stacked
 * model (compilePasses): a value then has one entry for all of them, and each pass its own rows for it.
 */
class ValueRowsBuilder {
  rows: Int32Array;
  constructor(
    readonly width: number,
    readonly index: Map<string, number> = new Map(),
  ) {
    this.rows = new Int32Array(1024 * width).fill(-1);
  }

  entry(value: string): number {
    let e = this.index.get(value);
    if (e === undefined) {
      e = this.index.size;
      this.index.set(value, e);
    }
    this.fit(e + 1);
    return e;
  }

  /** Grows the rows to hold `entries` entries (a shared index may have given entries another pass made). */
  private fit(entries: number): void {
    if (entries * this.width <= this.rows.length) return;
    let n = this.rows.length;
    while (n < entries * this.width) n *= 2;
    const grown = new Int32Array(n).fill(-1);
    grown.set(this.rows);
    this.rows = grown;
  }

  /** The rows of every entry of the index (shared: once every pass has added its names). */
  done(): ValueRows {
    this.fit(this.index.size);
    return { index: this.index, rows: this.rows.slice(0, this.index.size * this.width), width: this.width };
  }
}

/**
 * Affix templates (p1 … p4, or x1 … x4) as chains: an affix of k letters that some template holds maps to the rows
 * of its 1 … k letter affixes, so a word's four affixes cost one lookup when its longest is known (and one more per
 * letter less otherwise). `fromEnd`: suffixes. One index over the affixes of every pass given (`templates`, one
 * per pass), each pass its rows: an affix some other pass holds has -1 rows for the letters this pass lacks, so a
 * word's rows are the same whichever of its affixes the chain is entered by.
 */
function affixRows(templates: readonly ReadonlyMap<string, ReadonlyMap<string, number>>[], prefix: string, fromEnd: boolean): ValueRows[] {
  const index = new Map<string, number>();
  const maps = templates.map((t) => [1, 2, 3, 4].map((k) => t.get(prefix + k)));
  for (const ms of maps) for (const m of ms) if (m) for (const v of m.keys()) if (v.length >= 1 && v.length <= 4 && !index.has(v)) index.set(v, index.size);
  return maps.map((ms) => {
    const rows = new Int32Array(index.size * 4).fill(-1);
    for (const [v, e] of index)
      for (let j = 1; j <= v.length; j++) rows[e * 4 + j - 1] = ms[j - 1]?.get(fromEnd ? v.slice(-j) : v.slice(0, j)) ?? -1;
    return { index, rows, width: 4 };
  });
}

/** One template's values (r=, a=) in one index over every pass given, each pass its row per entry (-1: none). */
function sharedTemplateRows(templates: readonly ReadonlyMap<string, ReadonlyMap<string, number>>[], template: string): ValueRows[] {
  const index = new Map<string, number>();
  for (const t of templates) for (const v of t.get(template)?.keys() ?? []) if (!index.has(v)) index.set(v, index.size);
  return templates.map((t) => {
    const rows = new Int32Array(index.size).fill(-1);
    const m = t.get(template);
    if (m) for (const [v, e] of index) rows[e] = m.get(v) ?? -1;
    return { index, rows, width: 1 };
  });
}

/** The templates read in groups: template → group (0 normalised form, 1 stem, 2 last two letters) × 8 + slot. */
const GROUPED = new Map<string, number>([
  ...['w', 'w-1', 'w+1', 'w-2', 'w+2'].map((t, slot): [string, number] => [t, slot]),
  ...['s', 's-1', 's+1', 's-2', 's+2'].map((t, slot): [string, number] => [t, 8 + slot]),
  ...['x2-1', 'x2+1'].map((t, slot): [string, number] => [t, 16 + slot]),
]);
/** The group slot holding a value's number as a side of a pair feature (its entry), or -1. */
const SIDE = 5;
/** GROUPED's code of the pair templates: NORM_PAIRS' slot + PAIR, or STEM_PAIR_CODE. */
const PAIR = 32;
const STEM_PAIR_CODE = 64;
const TEMPLATE_CODE = new Map<string, number>([...GROUPED, ...NORM_PAIRS.map((t, slot): [string, number] => [t, PAIR + slot]), [STEM_PAIR, STEM_PAIR_CODE]]);

/** What a pass's names hold, split by template; {@link passRow} finds a feature's row in it. */
interface FeatureTables {
  model: NerModel;
  /** Template (the name before its first `=`) → value → row, for every template but the grouped and pair ones. */
  templates: ReadonlyMap<string, TemplateRows>;
  /** The features without a value (bias, nisba, first, last) → row. */
  plain: ReadonlyMap<string, number>;
  /** Per normalised form: w=, w-1=, w+1=, w-2=, w+2=, and its number as a side of a pair feature (its entry; -1: none). */
  byNorm: ValueRows;
  /** Per stem: s=, s-1=, s+1=, s-2=, s+2=, and its pair side. */
  byStem: ValueRows;
  /** Per last two letters: x2-1=, x2+1=. */
  byLastTwo: ValueRows;
}

/** Every name of a pass with its row: from the model file's arrays when it was read from one, else its index. */
function forEachName(model: NerModel, visit: (name: string, row: number) => void): void {
  const stored = storedNames(model);
  if (!stored) {
    for (const [name, row] of model.index) visit(name, row);
    return;
  }
  const { features, zero } = stored;
  for (let i = 0; i < features.length; i++) visit(features[i]!, i);
  for (const name of zero) visit(name, features.length);
}

/**
 * The model's features by template, and its pair features as numbers, in one pass over its names (no name is
 * built, and the model's index is not read when the names come from the model file). A pair value `a|b` is split
 * at each of its `|` (a word may hold one itself): the pair (a, b) of a sentence matches the feature exactly when
 * one of these splits is (a, b). The rows of the names in `wanted` are kept in `exact` (the probe's features).
 */
function indexFeatures(model: NerModel, wanted: ReadonlySet<string>, shared: SharedIndexes) {
  const templates = new Map<string, Map<string, number>>();
  const plain = new Map<string, number>();
  const exact = new Map<string, number>();
  const groups = [new ValueRowsBuilder(6, shared.norm), new ValueRowsBuilder(6, shared.stem), new ValueRowsBuilder(2, shared.lastTwo)];
  const [byNorm, byStem] = groups as [ValueRowsBuilder, ValueRowsBuilder, ValueRowsBuilder];
  const norm: number[] = [];
  const stem: number[] = [];
  /** The entry of a pair side, marked as one. */
  const side = (group: ValueRowsBuilder, w: string): number => {
    const e = group.entry(w);
    group.rows[e * 6 + SIDE] = e;
    return e;
  };
  let lastTemplate = '';
  let lastRows: Map<string, number> | undefined;
  forEachName(model, (name, row) => {
    if (wanted.has(name)) exact.set(name, row);
    const eq = name.indexOf('=');
    if (eq < 0) {
      plain.set(name, row); // bias, nisba, first, last
      return;
    }
    const template = name.slice(0, eq);
    const value = name.slice(eq + 1);
    const code = TEMPLATE_CODE.get(template);
    if (code === undefined) {
      // names of one template often come together: the last template's map is kept at hand
      if (template !== lastTemplate) {
        lastRows = templates.get(template);
        if (lastRows === undefined) templates.set(template, (lastRows = new Map()));
        lastTemplate = template;
      }
      lastRows!.set(value, row);
      return;
    }
    if (code < PAIR) {
      const group = groups[code >> 3]!;
      group.rows[group.entry(value) * group.width + (code & 7)] = row;
      return;
    }
    for (let p = value.indexOf('|'); p >= 0; p = value.indexOf('|', p + 1)) {
      if (code === STEM_PAIR_CODE) stem.push(side(byStem, value.slice(0, p)), side(byStem, value.slice(p + 1)), row);
      else norm.push(side(byNorm, value.slice(0, p)), side(byNorm, value.slice(p + 1)), row, code - PAIR);
    }
  });
  const normPairs = new PairTable(norm.length / 4, NORM_PAIRS.length);
  for (let j = 0; j < norm.length; j += 4) normPairs.data[normPairs.add(norm[j]!, norm[j + 1]!) + norm[j + 3]!] = norm[j + 2]!;
  const stemPairs = new PairTable(stem.length / 3, 1);
  for (let j = 0; j < stem.length; j += 3) stemPairs.data[stemPairs.add(stem[j]!, stem[j + 1]!)] = stem[j + 2]!;
  return { templates, plain, exact, normPairs, stemPairs, groups };
}

/**
 * The value indexes the passes of one stacked model share (compilePasses): a word's normalised form, stem and
 * last two letters each have one entry for every pass, so a new word's values are looked up once, not per pass.
 */
interface SharedIndexes {
  norm: Map<string, number>;
  stem: Map<string, number>;
  lastTwo: Map<string, number>;
}

/**
 * The tables of several passes, every value index shared (pairs are keyed by the shared entries): the names of
 * every pass are indexed first, then each pass's rows are laid out over the full indexes.
 */
function indexPasses(models: readonly NerModel[], wanted: ReadonlySet<string>) {
  const shared: SharedIndexes = { norm: new Map(), stem: new Map(), lastTwo: new Map() };
  const parts = models.map((m) => indexFeatures(m, wanted, shared));
  const templates = parts.map((p) => p.templates);
  const prefixes = affixRows(templates, 'p', false);
  const suffixes = affixRows(templates, 'x', true);
  const stemPrefixes = affixRows(templates, 'sp', false);
  const stemSuffixes = affixRows(templates, 'sx', true);
  const byRaw = sharedTemplateRows(templates, 'r');
  const byAlt = sharedTemplateRows(templates, 'a');
  return parts.map(({ groups, ...p }, i) => ({
    ...p,
    byNorm: groups[0]!.done(),
    byStem: groups[1]!.done(),
    byLastTwo: groups[2]!.done(),
    prefixes: prefixes[i]!,
    suffixes: suffixes[i]!,
    stemPrefixes: stemPrefixes[i]!,
    stemSuffixes: stemSuffixes[i]!,
    byRaw: byRaw[i]!,
    byAlt: byAlt[i]!,
  }));
}

/** The row of a value in a template's table, or undefined. */
function templateRow(tables: FeatureTables, template: string, value: string): number | undefined {
  const code = GROUPED.get(template);
  if (code === undefined) return tables.templates.get(template)?.get(value);
  const group = code < 8 ? tables.byNorm : code < 16 ? tables.byStem : tables.byLastTwo;
  const e = group.index.get(value);
  const r = e === undefined ? -1 : group.rows[e * group.width + (code & 7)]!;
  return r < 0 ? undefined : r;
}

/**
 * The row of a feature name, as perceptron.ts rowOf finds it in the model's index (`<UNK>` rows for unseen
 * words included), from the pass's tables; a pair feature's is looked up in the index itself (the inference path
 * never asks for one by name).
 */
export function passRow(tables: FeatureTables, name: string): number {
  const eq = name.indexOf('=');
  const t = eq < 0 ? name : name.slice(0, eq);
  if (eq >= 0 && (TEMPLATE_CODE.get(t) ?? 0) >= PAIR) return rowOf(tables.model.index, name);
  const r = eq < 0 ? tables.plain.get(name) : templateRow(tables, t, name.slice(eq + 1));
  if (r !== undefined) return r;
  // rowOf's fallback: a word or stem the model has not seen reads as its template's <UNK>
  return UNK_TEMPLATES.includes(t) ? (templateRow(tables, t, '<UNK>') ?? -1) : -1;
}

/** A model pass with its tables. */
export interface CompiledPass extends FeatureTables {
  /** The model's weights, as 16-bit integers when they fit ({@link compactWeights}). */
  weights: Int16Array | Float32Array | Float64Array;
  outside: number;
  /** Affix chains (affixRows) of p, x, sp, sx. */
  prefixes: ValueRows;
  suffixes: ValueRows;
  stemPrefixes: ValueRows;
  stemSuffixes: ValueRows;
  /** Rows of r= (the token as written) and a= (another reading's stem), width 1. */
  byRaw: ValueRows;
  byAlt: ValueRows;
  /** Shape number (forms.ts) → row of its sh= (UNSET: not looked up yet; shapes are a handful, never emptied). */
  shapeOwn: Int32Array;
  /** Stem length (8: 8 or more) → row of len=, and of dict=out|len= (for a word no dictionary lists). */
  lengthRows: Int32Array;
  dictLengthRows: Int32Array;
  /** Row of dict=out. */
  dictOut: number;
  /**
   * The passes whose value indexes this pass shares, itself included (compilePasses): a new form's values are
   * looked up once and every pass of the group fills its sums from them (form-sums.ts fillForm).
   */
  group: readonly CompiledPass[];
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
   * Per form number, its record (form-sums.ts FIELDS numbers): where each of its blocks starts in {@link blocks}
   * (0 is the shared block of zeros, -1 before the form is filled), its pair sides and its shape.
   */
  forms: Int32Array;
  /**
   * The sums, K per block; the first block stays zero. Integers (the weights are) that fit 32 bits: compilePass
   * refuses a model whose weights could sum past them (see {@link MAX_BLOCK_ROWS}); half the memory of doubles
   * means fewer cache lines per token, which is what a token's scoring waits on.
   */
  blocks: Int32Array;
  blocksEnd: number;
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

/**
 * Whether a model's scores are integers, so that rows may be summed in any order with the same result, and every
 * sum of MAX_BLOCK_ROWS of its weights fits a 32-bit integer. The model file's reader may have found its weights
 * integers already (model-file.ts storedNames), which spares a look at each of them.
 */
function integralAndFits(model: NerModel): boolean {
  const max = largestWeight(model);
  return max >= 0 && max * MAX_BLOCK_ROWS <= 0x7fffffff;
}

/** The largest magnitude of the model's weights when they are all integers (and so its other scores), else -1. */
function largestWeight(model: NerModel): number {
  if (!Number.isInteger(model.outsideBias ?? 0)) return -1;
  for (let i = 0; i < model.transitions.length; i++) if (!Number.isInteger(model.transitions[i]!)) return -1;
  const stored = storedNames(model);
  if (stored?.integerMax !== undefined && stored.weights === model.weights) return stored.integerMax;
  let max = 0;
  for (let i = 0; i < model.weights.length; i++) {
    const w = model.weights[i]!;
    if (!Number.isInteger(w)) return -1;
    max = Math.max(max, Math.abs(w));
  }
  return max;
}

/**
 * The weights as the inference path reads them: 16-bit integers when every weight fits (the same values, so the
 * same sums), half the bytes of the model's 32-bit floats. A token's scoring reads rows from all over the table
 * (pair features, gazetteer hits, a new form's rows), and a row of K weights then takes one cache line, not two.
 */
function compactWeights(model: NerModel): Int16Array | Float32Array | Float64Array {
  const max = largestWeight(model);
  return max >= 0 && max <= 0x7fff ? new Int16Array(model.weights) : model.weights;
}

function gazetteerRows(tables: FeatureTables): Int32Array {
  const rows = new Int32Array(HIT_NAMES.length * 4);
  HIT_NAMES.forEach((hit, h) => {
    rows[4 * h] = passRow(tables, 'g=' + hit);
    rows[4 * h + 1] = passRow(tables, 'g-1=' + hit);
    rows[4 * h + 2] = passRow(tables, 'g+1=' + hit);
    rows[4 * h + 3] = hit.startsWith('t') ? passRow(tables, 'g-2=' + hit) : -1;
  });
  return rows;
}

const compiled = new WeakMap<NerModel, CompiledPass | null>();

/**
 * The pass with its tables, made once per model; null when the fast path would not give the string path's
 * result (weights that are not integers, experiment flags this path does not compute, or a probe text that
 * scores otherwise than through the feature strings). Its value indexes are its own ({@link compilePasses}
 * shares them between passes).
 */
export function compilePass(model: NerModel): CompiledPass | null {
  let c = compiled.get(model);
  if (c === undefined) compiled.set(model, (c = compileGroup([model])?.[0] ?? null));
  return c;
}

const compiledGroups = new WeakMap<NerModel, { models: readonly NerModel[]; passes: readonly CompiledPass[] | null }>();

/**
 * The passes of a stacked model compiled together, made once per list of models: as {@link compilePass} each,
 * but with one value index (normalised forms, stems, affixes …) over the names of all of them, so that a word
 * first seen costs its lookups once for every pass. Null when any of them would take the string path.
 */
export function compilePasses(models: readonly NerModel[]): readonly CompiledPass[] | null {
  const known = compiledGroups.get(models[0]!);
  if (known && known.models.length === models.length && known.models.every((m, i) => m === models[i])) return known.passes;
  const passes = compileGroup(models);
  compiledGroups.set(models[0]!, { models: [...models], passes });
  return passes;
}

function compileGroup(models: readonly NerModel[]): CompiledPass[] | null {
  if (FLAGS.size !== 0 || !models.every(integralAndFits)) return null;
  const capacity = 1024;
  const shapeCap = 16;
  const group: CompiledPass[] = [];
  const parts = indexPasses(models, probeNames());
  for (let i = 0; i < models.length; i++) {
    const model = models[i]!;
    const { exact, ...tables } = parts[i]!;
    const t: FeatureTables = { model, ...tables };
    const byLength = (prefix: string) => Int32Array.from({ length: LONGEST_LENGTH + 1 }, (_, n) => passRow(t, prefix + lengthBucket(n)));
    group.push({
      model,
      weights: compactWeights(model),
      outside: model.outsideBias ?? 0,
      ...tables,
      shapeOwn: new Int32Array(shapeCap).fill(UNSET),
      lengthRows: byLength('len='),
      dictLengthRows: byLength('dict=out|len='),
      dictOut: passRow(t, 'dict=out'),
      group,
      unknownWord: passRow(t, 'w=<UNK>'),
      unknownStem: passRow(t, 's=<UNK>'),
      bias: passRow(t, 'bias'),
      nisba: passRow(t, 'nisba'),
      first: passRow(t, 'first'),
      last: passRow(t, 'last'),
      generation: -1,
      forms: new Int32Array(capacity * 8).fill(-1),
      blocks: new Int32Array(capacity * 2 * K),
      blocksEnd: K,
      shapeRows: new Int32Array(shapeCap * shapeCap * 2).fill(UNSET),
      shapeCap,
      gazRows: gazetteerRows(t),
      contextRows: Int32Array.from(CONTEXT_CODE_NAMES, (name) => passRow(t, name)),
      rows: new Map(),
    });
    // the probe of each pass is scored once its group is whole (a probe's new forms fill every pass of it)
  }
  for (let i = 0; i < models.length; i++) if (!agreesOnProbe(group[i]!, parts[i]!.exact)) return null;
  return group;
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

/** Extra features of the probe's first tokens (a second pass's, a name no model has). */
const PROBE_EXTRA = [['p=O', 'first-probe'], ['p=B-PERS']];

const probeFeatures = (tokens: readonly string[]): string[][] =>
  sentenceFeatures(tokens).map((fs, t) => (PROBE_EXTRA[t] ? [...fs, ...PROBE_EXTRA[t]!] : fs));

/** Every feature name the probe reads, with the `<UNK>` rows rowOf falls back on. */
function probeNames(): Set<string> {
  const names = new Set(UNK_TEMPLATES.map((t) => t + '=<UNK>'));
  for (const tokens of PROBE) for (const fs of probeFeatures(tokens)) for (const f of fs) names.add(f);
  return names;
}

/**
 * Whether the pass scores the probe as the string path does: every feature string of sentenceFeatures looked up by
 * name (in `exact`, the rows of the probe's names read from the model's names) and its row added.
 */
function agreesOnProbe(pass: CompiledPass, exact: ReadonlyMap<string, number>): boolean {
  const model = pass.model;
  const extra = PROBE_EXTRA;
  for (const tokens of PROBE) {
    const features = probeFeatures(tokens);
    const offsets = new Int32Array(features.length + 1);
    const rows: number[] = [];
    features.forEach((fs, t) => {
      for (const f of fs) rows.push(rowOf(exact, f));
      offsets[t + 1] = rows.length;
    });
    const expected = emissions(Int32Array.from(rows), offsets, tokens.length, model.weights, model.outsideBias);
    const extraRows = stringExtraRows(pass, tokens.length, extra);
    const got = fillEmissions(pass, prepareSentence(tokens), extraRows, new Float64Array(tokens.length * K));
    for (let i = 0; i < expected.length; i++) if (expected[i] !== got[i]) return false;
  }
  return true;
}
