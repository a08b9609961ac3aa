/**
 * Features of a pair of statements for the stance model: how much of each is found in the other (words and
 * character n-grams), what is in one and not the other (the words themselves, their shapes, swaps of one word for
 * another), cues present on one side only (negation, denial, affirmation against denial), opposite directions
 * (rise against fall), numbers that differ, length ratios, and crosses of the words that differ with the cues.
 *
 * A feature is a name and a value; indicator features have value 1. Bump {@link STANCE_FEATURE_VERSION} when
 * what a name means changes, so that an old model file is refused rather than misread.
 */
import { OPPOSITE_OF } from './lexicon.js';
import { analyzeStatement, sameWord, wordSimilarity, type Statement, type StanceWord } from './text.js';
import { compareStems, NEAR, SAME, sortedShared, stemGeneration, stemId } from './words.js';

export const STANCE_FEATURE_VERSION = 1;

export type FeatureVector = Map<string, number>;

/** Pairs of differing words crossed with each other are capped: long sentences would square their count. */
const MAX_SWAP = 5;

function bucket(x: number, step = 0.2): string {
  return (Math.min(0.9999, Math.max(0, x)) / step | 0).toString();
}

function countBucket(n: number): string {
  return n >= 4 ? '4+' : String(n);
}

/**
 * What the features read of how two statements' content words meet: for each word of either side, whether it is
 * found among the other side's (`sameWord`) and, for a word not found, whether one of them is close in spelling
 * (a substitution: Dice ≥ 0.4); and how many character 3- and 5-grams the two statements share. Worked out once
 * per pair of statements, over the interned stems of ./words.ts, and read by both reading orders and the cover.
 */
export interface Alignment {
  found1: Uint8Array;
  /** Of a word not found: whether one on the other side is near in spelling (0 for a word found). */
  near1: Uint8Array;
  found2: Uint8Array;
  near2: Uint8Array;
  shared3: number;
  shared5: number;
}

/** What a statement brings to every pair it is in, worked out once: its content stems' ids, its n-grams' ids. */
interface Compiled {
  stemGeneration: number;
  gramGeneration: number;
  stems: Int32Array;
  /** Distinct character 3-grams and 5-grams of `flat` (padded with a space each side), as sorted ids. */
  grams3: Float64Array;
  grams5: Float64Array;
}

/**
 * N-grams as numbers: each UTF-16 unit of the text gets a small code (1…1023, in order of first sight), and an
 * n-gram is its units' codes in base 1024 — exact for n ≤ 5 (50 bits), so a statement's distinct n-grams are a
 * sorted list of numbers and two statements' share is a merge. Past 1023 distinct units the codes begin again
 * (a new generation: statements compiled before are compiled again).
 */
let unitCodes = new Uint16Array(65536);
let unitCount = 0;
let gramGeneration = 0;
const MAX_UNITS = 1023;

function unitCode(u: number): number {
  let c = unitCodes[u]!;
  if (c === 0) {
    if (unitCount >= MAX_UNITS) {
      unitCodes = new Uint16Array(65536);
      unitCount = 0;
      gramGeneration++;
    }
    c = unitCodes[u] = ++unitCount;
  }
  return c;
}

/**
 * The unit codes of `flat` padded with a space each side (as `charGrams` cuts it), read once for both n-gram
 * sizes. Coding a unit may begin a new generation midway; `compile` then sees the generation changed and starts
 * again, as it did when each size coded the text itself.
 */
function unitsOf(flat: string): Uint16Array {
  const t = ` ${flat} `;
  const units = new Uint16Array(t.length);
  for (let i = 0; i < t.length; i++) units[i] = unitCode(t.charCodeAt(i));
  return units;
}

/** The distinct character n-grams of the coded text, sorted. */
function gramsOf(units: Uint16Array, n: number): Float64Array {
  const count = Math.max(0, units.length - n + 1);
  const all = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let code = 0;
    for (let k = 0; k < n; k++) code = code * 1024 + units[i + k]!;
    all[i] = code;
  }
  all.sort();
  let m = 0;
  for (let i = 0; i < count; i++) if (i === 0 || all[i] !== all[m - 1]) all[m++] = all[i]!;
  return all.subarray(0, m);
}

const compiled = new WeakMap<Statement, Compiled>();

function compile(s: Statement): Compiled {
  const had = compiled.get(s);
  if (had && had.stemGeneration === stemGeneration() && had.gramGeneration === gramGeneration) return had;
  const generations = { stemGeneration: stemGeneration(), gramGeneration };
  const stems = Int32Array.from(s.content, (w) => stemId(w.stem));
  const units = unitsOf(s.flat);
  const c: Compiled = { ...generations, stems, grams3: gramsOf(units, 3), grams5: gramsOf(units, 5) };
  // interning a stem may have begun a new generation: the ids just taken would then mix two
  if (c.stemGeneration !== stemGeneration() || c.gramGeneration !== gramGeneration) return compile(s);
  compiled.set(s, c);
  return c;
}

export function alignPair(s1: Statement, s2: Statement): Alignment {
  let c1 = compile(s1);
  const c2 = compile(s2);
  // compiling the second may have begun a new generation of ids
  if (c1.stemGeneration !== c2.stemGeneration || c1.gramGeneration !== c2.gramGeneration) c1 = compile(s1);
  // two statements with more distinct characters between them than the codes hold: read them as strings
  if (c1.stemGeneration !== c2.stemGeneration || c1.gramGeneration !== c2.gramGeneration) return alignByStrings(s1, s2);
  return alignCompiled(c1, c2);
}

/**
 * The alignment of two statements compiled in one generation. Its steps are separate functions: V8 optimises a
 * hot loop while it runs (on-stack replacement), and that code bails out on every later call where it runs on
 * into code not yet met.
 */
function alignCompiled(c1: Compiled, c2: Compiled): Alignment {
  const n1 = c1.stems.length;
  const n2 = c2.stems.length;
  const found1 = new Uint8Array(n1);
  const near1 = new Uint8Array(n1);
  const found2 = new Uint8Array(n2);
  const near2 = new Uint8Array(n2);
  for (let i = 0; i < n1; i++) matchWord(c1.stems[i]!, i, c2.stems, found1, near1, found2, near2);
  // a word found is no substitution, whatever spelling it is near
  clearFound(found1, near1);
  clearFound(found2, near2);
  const shared = (a: Float64Array, b: Float64Array) => sortedShared(a, 0, a.length, b, 0, b.length);
  return { found1, near1, found2, near2, shared3: shared(c1.grams3, c2.grams3), shared5: shared(c1.grams5, c2.grams5) };
}

/** Word i of one side (stem id a) against every word of the other side. */
function matchWord(a: number, i: number, stems2: Int32Array, found1: Uint8Array, near1: Uint8Array, found2: Uint8Array, near2: Uint8Array): void {
  for (let j = 0; j < stems2.length; j++) {
    // a pair of words both already found elsewhere tells nothing more
    if (found1[i] && found2[j]) continue;
    const c = compareStems(a, stems2[j]!);
    if (c === SAME) found1[i] = found2[j] = 1;
    else if (c === NEAR) near1[i] = near2[j] = 1;
  }
}

function clearFound(found: Uint8Array, near: Uint8Array): void {
  for (let i = 0; i < found.length; i++) if (found[i]) near[i] = 0;
}

/** The alignment worked out on the strings themselves (`sameWord`, `wordSimilarity`, sets of n-grams). */
export function alignByStrings(s1: Statement, s2: Statement): Alignment {
  const side = (a: readonly StanceWord[], b: readonly StanceWord[]) => {
    const found = new Uint8Array(a.length);
    const near = new Uint8Array(a.length);
    a.forEach((w, i) => {
      if (b.some((v) => sameWord(w, v))) found[i] = 1;
      else if (b.some((v) => wordSimilarity(w.stem, v.stem) >= 0.4)) near[i] = 1;
    });
    return { found, near };
  };
  const one = side(s1.content, s2.content);
  const two = side(s2.content, s1.content);
  const shared = (n: number) => {
    const g2 = charGrams(s2.flat, n);
    let k = 0;
    for (const g of charGrams(s1.flat, n)) if (g2.has(g)) k++;
    return k;
  };
  return { found1: one.found, near1: one.near, found2: two.found, near2: two.near, shared3: shared(3), shared5: shared(5) };
}

function charGrams(s: string, n: number): Set<string> {
  const out = new Set<string>();
  const t = ` ${s} `;
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n));
  return out;
}

/** The last pair aligned: a caller reads a pair's cover, then its features both ways. */
let last: { s1: Statement; s2: Statement; a: Alignment } | null = null;

/** The alignment of s1 against s2 (found1 of s1's words, found2 of s2's). */
function alignmentOf(s1: Statement, s2: Statement): Alignment {
  if (last && last.s1 === s1 && last.s2 === s2) return last.a;
  if (last && last.s1 === s2 && last.s2 === s1) return swap(last.a);
  const a = alignPair(s1, s2);
  last = { s1, s2, a };
  return a;
}

function swap(a: Alignment): Alignment {
  return { found1: a.found2, near1: a.near2, found2: a.found1, near2: a.near1, shared3: a.shared3, shared5: a.shared5 };
}

function countOf(flags: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < flags.length; i++) n += flags[i]!;
  return n;
}

/** Share of a statement's content words found in the other (1 when it has none): `cover1` of the features. */
function coverOf(found: Uint8Array): number {
  return found.length ? countOf(found) / found.length : 1;
}

/**
 * The `cover.max` feature of a pair (the larger share of either statement's content words found in the other),
 * without the rest: a caller that drops pairs below a cover skips them before reading all their features.
 */
export function textPairCover(s1: string, s2: string): number {
  const a = alignmentOf(statementOf(s1), statementOf(s2));
  return Math.max(coverOf(a.found1), coverOf(a.found2));
}

/** Jaccard of two sets from their sizes and their intersection's. */
function jaccard(a: number, b: number, shared: number): number {
  if (!a && !b) return 1;
  return shared / (a + b - shared);
}

/** Share of a set (of `a` members) found in the other. */
function coverage(a: number, shared: number): number {
  if (!a) return 1;
  return shared / a;
}

/** Which side carries a cue: `none`, `both`, `1` or `2`. */
function side(n1: number, n2: number): string {
  return n1 && n2 ? (n1 === n2 ? 'both' : n1 > n2 ? 'more1' : 'more2') : n1 ? '1' : n2 ? '2' : 'none';
}

/**
 * Where the features of a pair go. A name is given whole (`on`), or as a fixed prefix and a variable part
 * (`part`: `prefix + part`), or as a prefix, two variable parts and what joins them (`parts`: `prefix + a + mid +
 * b`): a sink that maps names to model rows can then keep what it found by part instead of building the name
 * again for every pair. The names, their order and their values are the same whichever way they come.
 */
export interface FeatureSink {
  on(name: string, value?: number): void;
  part(prefix: string, part: string, value?: number): void;
  parts(prefix: string, a: string, mid: string, b: string, value?: number): void;
}

/** The sink that collects the feature vector itself. */
class VectorSink implements FeatureSink {
  readonly f: FeatureVector = new Map();
  on(name: string, value = 1): void {
    this.f.set(name, (this.f.get(name) ?? 0) + value);
  }
  part(prefix: string, part: string, value = 1): void {
    this.on(prefix + part, value);
  }
  parts(prefix: string, a: string, mid: string, b: string, value = 1): void {
    this.on(prefix + a + mid + b, value);
  }
}

export function pairFeatures(s1: Statement, s2: Statement): FeatureVector {
  const sink = new VectorSink();
  emitPairFeatures(s1, s2, sink);
  return sink.f;
}

const NISBA = /(?:ي|يه|يون|يين)$/;

/**
 * The features of a pair, in the order the model's rows read them, into `sink`. Each group of features is its own
 * function: V8 optimises a hot loop while it runs (on-stack replacement), and optimised code that runs on into a
 * part not met yet bails out there on every later pair.
 */
export function emitPairFeatures(s1: Statement, s2: Statement, sink: FeatureSink): void {
  sink.on('bias');
  const al = alignmentOf(s1, s2);
  const cover1 = coverOf(al.found1);
  const cover2 = coverOf(al.found2);
  const lo = Math.min(cover1, cover2);
  const diff1 = differing(s1.content, al.found1);
  const diff2 = differing(s2.content, al.found2);
  overlapFeatures(al, cover1, cover2, diff1.length, diff2.length, sink);
  gramFeatures(compile(s1), compile(s2), al, sink);
  lengthFeatures(s1, s2, sink);
  diffWordFeatures(diff1, diff2, sink);
  sharedWordFeatures(s1, al, sink);
  const cueOnly = cueFeatures(s1, s2, lo, sink);
  const flips = flipFeatures(s1, s2, lo, cueOnly, sink);
  anchorFeatures(s1, s2, lo, flips, cueOnly, sink);
  numberFeatures(s1, s2, sink);
  if (s1.question !== s2.question) sink.on('question=one');
  else if (s1.question) sink.on('question=both');
  crossFeatures(s1, s2, diff1, diff2, sink);
}

/** The content words not found on the other side, in order. */
function differing(content: readonly StanceWord[], found: Uint8Array): StanceWord[] {
  const out: StanceWord[] = [];
  for (let i = 0; i < content.length; i++) if (!found[i]) out.push(content[i]!);
  return out;
}

/** Overlap of content words, both ways. */
function overlapFeatures(al: Alignment, cover1: number, cover2: number, d1: number, d2: number, sink: FeatureSink): void {
  const lo = Math.min(cover1, cover2);
  const hi = Math.max(cover1, cover2);
  sink.on('cover.min', lo);
  sink.on('cover.max', hi);
  sink.on('cover.prod', cover1 * cover2);
  sink.part('cover.min=', bucket(lo));
  sink.part('cover.max=', bucket(hi));
  sink.parts('cover=', bucket(cover1, 0.25), '|', bucket(cover2, 0.25));
  sink.parts('diff.n=', countBucket(d1), '|', countBucket(d2));
  sink.part('diff.n1=', countBucket(d1));
  sink.part('diff.n2=', countBucket(d2));
  // a differing word close in spelling to one on the other side is a substitution (a name or a number
  // changed), far from all of them it is new content
  const near1 = countOf(al.near1);
  const near2 = countOf(al.near2);
  if (near1 || near2) sink.part('diff.near=', countBucket(near1 + near2));
}

/** Character n-grams of the whole statements. */
function gramFeatures(k1: Compiled, k2: Compiled, al: Alignment, sink: FeatureSink): void {
  gramFeature(k1.grams3.length, k2.grams3.length, al.shared3, 'char3.jacc', 'char3.jacc=', 'char3.cover=', sink);
  gramFeature(k1.grams5.length, k2.grams5.length, al.shared5, 'char5.jacc', 'char5.jacc=', 'char5.cover=', sink);
}

function gramFeature(g1: number, g2: number, shared: number, jacc: string, jaccBucket: string, cover: string, sink: FeatureSink): void {
  const j = jaccard(g1, g2, shared);
  sink.on(jacc, j);
  sink.part(jaccBucket, bucket(j, 0.1));
  sink.part(cover, bucket(Math.min(coverage(g1, shared), coverage(g2, shared)), 0.1));
}

function lengthFeatures(s1: Statement, s2: Statement, sink: FeatureSink): void {
  const l1 = Math.max(1, s1.content.length);
  const l2 = Math.max(1, s2.content.length);
  sink.part('len.ratio=', bucket(Math.min(l1, l2) / Math.max(l1, l2), 0.25));
  sink.part('len.longer=', l1 > l2 ? '1' : l2 > l1 ? '2' : 'same');
}

/** The differing words themselves, one word swapped for another, nisba swaps. */
function diffWordFeatures(diff1: readonly StanceWord[], diff2: readonly StanceWord[], sink: FeatureSink): void {
  for (let i = 0; i < diff1.length; i++) diffWordFeature(diff1[i]!, 'd1=', sink);
  for (let i = 0; i < diff2.length; i++) diffWordFeature(diff2[i]!, 'd2=', sink);
  // one word swapped for another: learns opposite pairs and substitutions the lexicons do not list
  const m1 = Math.min(MAX_SWAP, diff1.length);
  const m2 = Math.min(MAX_SWAP, diff2.length);
  for (let i = 0; i < m1; i++) for (let j = 0; j < m2; j++) swapFeature(diff1[i]!.key, diff2[j]!.key, sink);
  // both sides changed a nisba adjective (التركية / اللبنانية): typically a different country or party
  if (diff1.some(nisba) && diff2.some(nisba)) sink.on('swap.nisba');
}

function diffWordFeature(w: StanceWord, side: string, sink: FeatureSink): void {
  sink.part(side, w.key);
  sink.part('d=', w.key);
  if (w.key.length >= 4) sink.part('dpre=', w.key.slice(0, 3));
  if (w.stem.length >= 4) sink.part('dsuf=', w.stem.slice(-2));
}

function swapFeature(x: string, y: string, sink: FeatureSink): void {
  if (x < y) sink.parts('swap=', x, '|', y);
  else sink.parts('swap=', y, '|', x);
}

function nisba(w: StanceWord): boolean {
  return NISBA.test(w.stem) && w.stem.length >= 5;
}

/** The shared topic words: some topics (markets) are written as opposites far more than others. */
function sharedWordFeatures(s1: Statement, al: Alignment, sink: FeatureSink): void {
  for (let i = 0; i < s1.content.length; i++) if (al.found1[i]) sink.part('s=', s1.content[i]!.key, 0.5);
}

/** Cues on one side only; returns how many of negation and denial are one-sided. */
function cueFeatures(s1: Statement, s2: Statement, lo: number, sink: FeatureSink): number {
  const neg = side(s1.negations.length, s2.negations.length);
  const den = side(s1.denials.length, s2.denials.length);
  const aff = side(s1.affirmations.length, s2.affirmations.length);
  sink.part('neg=', neg);
  sink.part('den=', den);
  sink.part('aff=', aff);
  sink.parts('neg|den=', neg, '|', den);
  onlyFeatures(s1.negations, s2.negations, 'neg1=', sink);
  onlyFeatures(s2.negations, s1.negations, 'neg2=', sink);
  onlyFeatures(s1.denials, s2.denials, 'den1=', sink);
  onlyFeatures(s2.denials, s1.denials, 'den2=', sink);
  if ((s1.affirmations.length && s2.denials.length && !s1.denials.length) || (s2.affirmations.length && s1.denials.length && !s2.denials.length))
    sink.on('affirm-vs-deny');
  const cueOnly = (neg === '1' || neg === '2' ? 1 : 0) + (den === '1' || den === '2' ? 1 : 0);
  sink.part('cue.one-sided=', cueOnly === 0 ? '0' : cueOnly === 1 ? '1' : '2');
  // a one-sided cue over statements that otherwise say the same thing is the strongest sign of disagreement
  if (cueOnly) sink.part('cue.one-sided|cover=', bucket(lo, 0.25));
  return cueOnly;
}

/** The words of `a` not in `b`, each as `prefix + word` (as often as `a` holds it). */
function onlyFeatures(a: readonly string[], b: readonly string[], prefix: string, sink: FeatureSink): void {
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i]!)) sink.part(prefix, a[i]!);
}

/** Opposite directions; returns the number of flips. */
function flipFeatures(s1: Statement, s2: Statement, lo: number, cueOnly: number, sink: FeatureSink): number {
  let flips = 0;
  for (const g of s1.polar) {
    flips += flipsOf(g, s1.polar, s2.polar, sink);
    if (s2.polar.has(g)) sink.part('polar.same=', g);
    else sink.part('polar1=', g);
  }
  for (const g of s2.polar) if (!s1.polar.has(g)) sink.part('polar2=', g);
  sink.on(flips ? 'flip=yes' : 'flip=no');
  if (flips) sink.part('flip|cover=', bucket(lo, 0.25));
  if (flips && cueOnly) sink.on('flip&cue');
  return flips;
}

function flipsOf(g: string, p1: ReadonlySet<string>, p2: ReadonlySet<string>, sink: FeatureSink): number {
  let flips = 0;
  for (const opp of OPPOSITE_OF.get(g) ?? [])
    if (p2.has(opp) && !(p1.has(opp) && p2.has(g))) {
      sink.parts('flip=', g, '/', opp);
      flips++;
    }
  return flips;
}

type Anchor = Statement['anchors'][number];

/**
 * The same thing said to go opposite ways (النفط يرتفع / النفط يهبط), or the same way, whatever else the
 * statements say: polar words are read with the content words next to them.
 */
function anchorFeatures(s1: Statement, s2: Statement, lo: number, flips: number, cueOnly: number, sink: FeatureSink): void {
  let conflict = 0;
  let accord = 0;
  for (let a = 0; a < s1.anchors.length; a++)
    for (let b = 0; b < s2.anchors.length; b++) {
      const r = anchorRelation(s1.anchors[a]!, s2.anchors[b]!);
      if (r === 1) accord++;
      else if (r === 2) conflict++;
    }
  if (conflict) sink.on(conflict > accord ? 'polar.conflict=more' : 'polar.conflict=some');
  if (accord) sink.on(accord > conflict ? 'polar.accord=more' : 'polar.accord=some');
  // the same happening on both sides and a denial or negation on one: one outlet reports it, the other denies it
  if (accord && cueOnly) sink.on('polar.accord&cue');
  if (!flips && cueOnly && lo >= 0.5) sink.on('cue.one-sided&same-words');
}

/** 1 when two anchors share a neighbour and a group, 2 when they share a neighbour and go opposite ways, else 0. */
function anchorRelation(x: Anchor, y: Anchor): number {
  if (!x.near.some((k) => y.near.includes(k))) return 0;
  if (x.groups.some((g) => y.groups.includes(g))) return 1;
  if (x.groups.some((g) => (OPPOSITE_OF.get(g) ?? []).some((o) => y.groups.includes(o)))) return 2;
  return 0;
}

function numberFeatures(s1: Statement, s2: Statement, sink: FeatureSink): void {
  if (!s1.numbers.length || !s2.numbers.length) {
    sink.on(s1.numbers.length ? 'num=1only' : s2.numbers.length ? 'num=2only' : 'num=none');
    return;
  }
  const n1 = new Set(s1.numbers);
  const n2 = new Set(s2.numbers);
  let shared = 0;
  for (const n of n1) if (n2.has(n)) shared++;
  sink.on(shared === n1.size && shared === n2.size ? 'num=same' : shared ? 'num=partly' : 'num=differ');
}

/** The cues of a statement as the crosses name them: neg, den, pol:GROUP. */
function cueOf(s: Statement): string[] {
  const out: string[] = [];
  if (s.negations.length) out.push('neg');
  if (s.denials.length) out.push('den');
  for (const g of s.polar) out.push(`pol:${g}`);
  return out;
}

/** Crosses: the words that differ, by the cue of the other side. */
function crossFeatures(s1: Statement, s2: Statement, diff1: readonly StanceWord[], diff2: readonly StanceWord[], sink: FeatureSink): void {
  const all1 = cueOf(s1);
  const all2 = cueOf(s2);
  const c1 = all1.filter((c) => !all2.includes(c));
  const c2 = all2.filter((c) => !all1.includes(c));
  const m1 = Math.min(MAX_SWAP, diff1.length);
  const m2 = Math.min(MAX_SWAP, diff2.length);
  for (const c of c2) for (let i = 0; i < m1; i++) sink.parts('x=', c, '|d1=', diff1[i]!.key);
  for (const c of c1) for (let i = 0; i < m2; i++) sink.parts('x=', c, '|d2=', diff2[i]!.key);
  if (!c1.length && !c2.length) return;
  const diff = countBucket(diff1.length + diff2.length);
  for (const c of c1) sink.parts('cue.only=', c, '|diff=', diff);
  for (const c of c2) sink.parts('cue.only=', c, '|diff=', diff);
}

/** Features of two statements given as text. */
/**
 * Statements already analysed, by text: a story's claims are each paired with several others, and every pair is
 * read both ways. Statements are never modified once made. Bounded; emptied when full.
 */
const STATEMENTS = new Map<string, Statement>();
const STATEMENTS_SIZE = 20_000;

export function statementOf(text: string): Statement {
  let st = STATEMENTS.get(text);
  if (!st) {
    st = analyzeStatement(text);
    if (STATEMENTS.size >= STATEMENTS_SIZE) STATEMENTS.clear();
    STATEMENTS.set(text, st);
  }
  return st;
}

export function textPairFeatures(s1: string, s2: string): FeatureVector {
  return pairFeatures(statementOf(s1), statementOf(s2));
}
