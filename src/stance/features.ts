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
import { compareStems, NEAR, SAME, stemGeneration, stemId } from './words.js';

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

/** The distinct character n-grams of `flat` padded with a space each side (as `charGrams` cuts them), sorted. */
function gramsOf(flat: string, n: number): Float64Array {
  const t = ` ${flat} `;
  const units = new Array<number>(t.length);
  for (let i = 0; i < t.length; i++) units[i] = unitCode(t.charCodeAt(i));
  const count = Math.max(0, t.length - n + 1);
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
  const c: Compiled = { ...generations, stems, grams3: gramsOf(s.flat, 3), grams5: gramsOf(s.flat, 5) };
  // interning a stem may have begun a new generation: the ids just taken would then mix two
  if (c.stemGeneration !== stemGeneration() || c.gramGeneration !== gramGeneration) return compile(s);
  compiled.set(s, c);
  return c;
}

/** Size of the intersection of two sorted lists of distinct ids. */
function sharedCount(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

export function alignPair(s1: Statement, s2: Statement): Alignment {
  let c1 = compile(s1);
  const c2 = compile(s2);
  // compiling the second may have begun a new generation of ids
  if (c1.stemGeneration !== c2.stemGeneration || c1.gramGeneration !== c2.gramGeneration) c1 = compile(s1);
  // two statements with more distinct characters between them than the codes hold: read them as strings
  if (c1.stemGeneration !== c2.stemGeneration || c1.gramGeneration !== c2.gramGeneration) return alignByStrings(s1, s2);
  const n1 = c1.stems.length;
  const n2 = c2.stems.length;
  const found1 = new Uint8Array(n1);
  const near1 = new Uint8Array(n1);
  const found2 = new Uint8Array(n2);
  const near2 = new Uint8Array(n2);
  for (let i = 0; i < n1; i++) {
    const a = c1.stems[i]!;
    for (let j = 0; j < n2; j++) {
      // a pair of words both already found elsewhere tells nothing more
      if (found1[i] && found2[j]) continue;
      const c = compareStems(a, c2.stems[j]!);
      if (c === SAME) found1[i] = found2[j] = 1;
      else if (c === NEAR) near1[i] = near2[j] = 1;
    }
  }
  // a word found is no substitution, whatever spelling it is near
  for (let i = 0; i < n1; i++) if (found1[i]) near1[i] = 0;
  for (let j = 0; j < n2; j++) if (found2[j]) near2[j] = 0;
  return { found1, near1, found2, near2, shared3: sharedCount(c1.grams3, c2.grams3), shared5: sharedCount(c1.grams5, c2.grams5) };
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

/** The features of a pair, in the order the model's rows read them, into `sink`. */
export function emitPairFeatures(s1: Statement, s2: Statement, sink: FeatureSink): void {
  const on = (name: string, value = 1) => sink.on(name, value);
  on('bias');

  // ---- overlap of content words, both ways ----
  const al = alignmentOf(s1, s2);
  const cover1 = coverOf(al.found1);
  const cover2 = coverOf(al.found2);
  const lo = Math.min(cover1, cover2);
  const hi = Math.max(cover1, cover2);
  on('cover.min', lo);
  on('cover.max', hi);
  on('cover.prod', cover1 * cover2);
  sink.part('cover.min=', bucket(lo));
  sink.part('cover.max=', bucket(hi));
  sink.parts('cover=', bucket(cover1, 0.25), '|', bucket(cover2, 0.25));
  const diff1 = s1.content.filter((_, i) => !al.found1[i]);
  const diff2 = s2.content.filter((_, i) => !al.found2[i]);
  sink.parts('diff.n=', countBucket(diff1.length), '|', countBucket(diff2.length));
  sink.part('diff.n1=', countBucket(diff1.length));
  sink.part('diff.n2=', countBucket(diff2.length));
  // a differing word close in spelling to one on the other side is a substitution (a name or a number
  // changed), far from all of them it is new content
  let near1 = 0;
  let near2 = 0;
  for (let i = 0; i < al.near1.length; i++) near1 += al.near1[i]!;
  for (let j = 0; j < al.near2.length; j++) near2 += al.near2[j]!;
  if (near1 || near2) sink.part('diff.near=', countBucket(near1 + near2));

  // ---- character n-grams of the whole statements ----
  const k1 = compile(s1);
  const k2 = compile(s2);
  for (const n of [3, 5]) {
    const g1 = n === 3 ? k1.grams3.length : k1.grams5.length;
    const g2 = n === 3 ? k2.grams3.length : k2.grams5.length;
    const shared = n === 3 ? al.shared3 : al.shared5;
    const j = jaccard(g1, g2, shared);
    on(n === 3 ? 'char3.jacc' : 'char5.jacc', j);
    sink.part(n === 3 ? 'char3.jacc=' : 'char5.jacc=', bucket(j, 0.1));
    sink.part(n === 3 ? 'char3.cover=' : 'char5.cover=', bucket(Math.min(coverage(g1, shared), coverage(g2, shared)), 0.1));
  }

  // ---- length ----
  const l1 = Math.max(1, s1.content.length);
  const l2 = Math.max(1, s2.content.length);
  sink.part('len.ratio=', bucket(Math.min(l1, l2) / Math.max(l1, l2), 0.25));
  sink.part('len.longer=', l1 > l2 ? '1' : l2 > l1 ? '2' : 'same');

  // ---- the differing words themselves ----
  for (const w of diff1) {
    sink.part('d1=', w.key);
    sink.part('d=', w.key);
    if (w.key.length >= 4) sink.part('dpre=', w.key.slice(0, 3));
    if (w.stem.length >= 4) sink.part('dsuf=', w.stem.slice(-2));
  }
  for (const w of diff2) {
    sink.part('d2=', w.key);
    sink.part('d=', w.key);
    if (w.key.length >= 4) sink.part('dpre=', w.key.slice(0, 3));
    if (w.stem.length >= 4) sink.part('dsuf=', w.stem.slice(-2));
  }
  // one word swapped for another: learns opposite pairs and substitutions the lexicons do not list
  for (let i = 0; i < Math.min(MAX_SWAP, diff1.length); i++)
    for (let j = 0; j < Math.min(MAX_SWAP, diff2.length); j++) {
      const x = diff1[i]!.key;
      const y = diff2[j]!.key;
      if (x < y) sink.parts('swap=', x, '|', y);
      else sink.parts('swap=', y, '|', x);
    }
  // both sides changed a nisba adjective (التركية / اللبنانية): typically a different country or party
  const nisba = (w: StanceWord) => NISBA.test(w.stem) && w.stem.length >= 5;
  if (diff1.some(nisba) && diff2.some(nisba)) on('swap.nisba');
  // the shared topic words: some topics (markets) are written as opposites far more than others
  for (let i = 0; i < s1.content.length; i++) if (al.found1[i]) sink.part('s=', s1.content[i]!.key, 0.5);

  // ---- cues on one side only ----
  const neg = side(s1.negations.length, s2.negations.length);
  const den = side(s1.denials.length, s2.denials.length);
  const aff = side(s1.affirmations.length, s2.affirmations.length);
  sink.part('neg=', neg);
  sink.part('den=', den);
  sink.part('aff=', aff);
  sink.parts('neg|den=', neg, '|', den);
  const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));
  for (const w of only(s1.negations, s2.negations)) sink.part('neg1=', w);
  for (const w of only(s2.negations, s1.negations)) sink.part('neg2=', w);
  for (const w of only(s1.denials, s2.denials)) sink.part('den1=', w);
  for (const w of only(s2.denials, s1.denials)) sink.part('den2=', w);
  if ((s1.affirmations.length && s2.denials.length && !s1.denials.length) || (s2.affirmations.length && s1.denials.length && !s2.denials.length))
    on('affirm-vs-deny');
  const cueOnly = (neg === '1' || neg === '2' ? 1 : 0) + (den === '1' || den === '2' ? 1 : 0);
  sink.part('cue.one-sided=', cueOnly === 0 ? '0' : cueOnly === 1 ? '1' : '2');
  // a one-sided cue over statements that otherwise say the same thing is the strongest sign of disagreement
  if (cueOnly) sink.part('cue.one-sided|cover=', bucket(lo, 0.25));

  // ---- opposite directions ----
  let flips = 0;
  for (const g of s1.polar) {
    for (const opp of OPPOSITE_OF.get(g) ?? [])
      if (s2.polar.has(opp) && !(s1.polar.has(opp) && s2.polar.has(g))) {
        sink.parts('flip=', g, '/', opp);
        flips++;
      }
    if (s2.polar.has(g)) sink.part('polar.same=', g);
    else sink.part('polar1=', g);
  }
  for (const g of s2.polar) if (!s1.polar.has(g)) sink.part('polar2=', g);
  on(flips ? 'flip=yes' : 'flip=no');
  if (flips) sink.part('flip|cover=', bucket(lo, 0.25));
  if (flips && cueOnly) on('flip&cue');
  // the same thing said to go opposite ways (النفط يرتفع / النفط يهبط), or the same way, whatever else the
  // statements say: polar words are read with the content words next to them
  let conflict = 0;
  let accord = 0;
  for (const x of s1.anchors)
    for (const y of s2.anchors) {
      if (!x.near.some((k) => y.near.includes(k))) continue;
      if (x.groups.some((g) => y.groups.includes(g))) accord++;
      else if (x.groups.some((g) => (OPPOSITE_OF.get(g) ?? []).some((o) => y.groups.includes(o)))) conflict++;
    }
  if (conflict) on(conflict > accord ? 'polar.conflict=more' : 'polar.conflict=some');
  if (accord) on(accord > conflict ? 'polar.accord=more' : 'polar.accord=some');
  // the same happening on both sides and a denial or negation on one: one outlet reports it, the other denies it
  if (accord && cueOnly) on('polar.accord&cue');
  if (!flips && cueOnly && lo >= 0.5) on('cue.one-sided&same-words');

  // ---- numbers ----
  const n1 = new Set(s1.numbers);
  const n2 = new Set(s2.numbers);
  if (n1.size && n2.size) {
    const shared = [...n1].filter((n) => n2.has(n)).length;
    on(shared === n1.size && shared === n2.size ? 'num=same' : shared ? 'num=partly' : 'num=differ');
  } else on(n1.size ? 'num=1only' : n2.size ? 'num=2only' : 'num=none');

  // ---- questions ----
  if (s1.question !== s2.question) on('question=one');
  else if (s1.question) on('question=both');

  // ---- crosses: the words that differ, by the cue of the other side ----
  const cueOf = (s: Statement) => [
    ...(s.negations.length ? ['neg'] : []),
    ...(s.denials.length ? ['den'] : []),
    ...[...s.polar].map((g) => `pol:${g}`),
  ];
  const c1 = cueOf(s1).filter((c) => !cueOf(s2).includes(c));
  const c2 = cueOf(s2).filter((c) => !cueOf(s1).includes(c));
  for (const c of c2) for (const w of diff1.slice(0, MAX_SWAP)) sink.parts('x=', c, '|d1=', w.key);
  for (const c of c1) for (const w of diff2.slice(0, MAX_SWAP)) sink.parts('x=', c, '|d2=', w.key);
  for (const c of [...c1, ...c2]) sink.parts('cue.only=', c, '|diff=', countBucket(diff1.length + diff2.length));
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
