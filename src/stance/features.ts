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
 * For each content word of `a`: whether it is found among the content words of `b`, and, for a word not found
 * there, its best similarity to one of them (the features read the similarity of unmatched words only, so it is
 * not worked out for the others: 0 stands for them).
 */
function align(a: readonly StanceWord[], b: readonly StanceWord[]): { found: boolean; best: number }[] {
  return a.map((w) => {
    if (b.some((v) => sameWord(w, v))) return { found: true, best: 0 };
    let best = 0;
    for (const v of b) best = Math.max(best, wordSimilarity(w.stem, v.stem));
    return { found: false, best };
  });
}

/** Share of the content words of `a` found among those of `b` (1 when `a` has none): `cover1` of the features. */
function coverOf(a: Statement, b: Statement): number {
  if (!a.content.length) return 1;
  let found = 0;
  for (const w of a.content) if (b.content.some((v) => sameWord(w, v))) found++;
  return found / a.content.length;
}

/**
 * The `cover.max` feature of a pair (the larger share of either statement's content words found in the other),
 * without the rest: a caller that drops pairs below a cover skips them before reading all their features.
 */
export function textPairCover(s1: string, s2: string): number {
  const a = statementOf(s1);
  const b = statementOf(s2);
  return Math.max(coverOf(a, b), coverOf(b, a));
}

function charGrams(s: string, n: number): Set<string> {
  const out = new Set<string>();
  const t = ` ${s} `;
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n));
  return out;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function coverage<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / a.size;
}

/** Which side carries a cue: `none`, `both`, `1` or `2`. */
function side(n1: number, n2: number): string {
  return n1 && n2 ? (n1 === n2 ? 'both' : n1 > n2 ? 'more1' : 'more2') : n1 ? '1' : n2 ? '2' : 'none';
}

export function pairFeatures(s1: Statement, s2: Statement): FeatureVector {
  const f: FeatureVector = new Map();
  const on = (name: string, value = 1) => f.set(name, (f.get(name) ?? 0) + value);
  on('bias');

  // ---- overlap of content words, both ways ----
  const a1 = align(s1.content, s2.content);
  const a2 = align(s2.content, s1.content);
  const cover1 = s1.content.length ? a1.filter((x) => x.found).length / s1.content.length : 1;
  const cover2 = s2.content.length ? a2.filter((x) => x.found).length / s2.content.length : 1;
  const lo = Math.min(cover1, cover2);
  const hi = Math.max(cover1, cover2);
  on('cover.min', lo);
  on('cover.max', hi);
  on('cover.prod', cover1 * cover2);
  on(`cover.min=${bucket(lo)}`);
  on(`cover.max=${bucket(hi)}`);
  on(`cover=${bucket(cover1, 0.25)}|${bucket(cover2, 0.25)}`);
  const diff1 = s1.content.filter((_, i) => !a1[i]!.found);
  const diff2 = s2.content.filter((_, i) => !a2[i]!.found);
  on(`diff.n=${countBucket(diff1.length)}|${countBucket(diff2.length)}`);
  on(`diff.n1=${countBucket(diff1.length)}`);
  on(`diff.n2=${countBucket(diff2.length)}`);
  // a differing word close in spelling to one on the other side is a substitution (a name or a number
  // changed), far from all of them it is new content
  const near1 = a1.filter((x) => !x.found && x.best >= 0.4).length;
  const near2 = a2.filter((x) => !x.found && x.best >= 0.4).length;
  if (near1 || near2) on(`diff.near=${countBucket(near1 + near2)}`);

  // ---- character n-grams of the whole statements ----
  for (const n of [3, 5]) {
    const g1 = charGrams(s1.flat, n);
    const g2 = charGrams(s2.flat, n);
    const j = jaccard(g1, g2);
    on(`char${n}.jacc`, j);
    on(`char${n}.jacc=${bucket(j, 0.1)}`);
    on(`char${n}.cover=${bucket(Math.min(coverage(g1, g2), coverage(g2, g1)), 0.1)}`);
  }

  // ---- length ----
  const l1 = Math.max(1, s1.content.length);
  const l2 = Math.max(1, s2.content.length);
  on(`len.ratio=${bucket(Math.min(l1, l2) / Math.max(l1, l2), 0.25)}`);
  on(`len.longer=${l1 > l2 ? '1' : l2 > l1 ? '2' : 'same'}`);

  // ---- the differing words themselves ----
  for (const w of diff1) {
    on(`d1=${w.key}`);
    on(`d=${w.key}`);
    if (w.key.length >= 4) on(`dpre=${w.key.slice(0, 3)}`);
    if (w.stem.length >= 4) on(`dsuf=${w.stem.slice(-2)}`);
  }
  for (const w of diff2) {
    on(`d2=${w.key}`);
    on(`d=${w.key}`);
    if (w.key.length >= 4) on(`dpre=${w.key.slice(0, 3)}`);
    if (w.stem.length >= 4) on(`dsuf=${w.stem.slice(-2)}`);
  }
  // one word swapped for another: learns opposite pairs and substitutions the lexicons do not list
  for (const x of diff1.slice(0, MAX_SWAP))
    for (const y of diff2.slice(0, MAX_SWAP)) {
      const [p, q] = x.key < y.key ? [x.key, y.key] : [y.key, x.key];
      on(`swap=${p}|${q}`);
    }
  // both sides changed a nisba adjective (التركية / اللبنانية): typically a different country or party
  const nisba = (w: StanceWord) => /(?:ي|يه|يون|يين)$/.test(w.stem) && w.stem.length >= 5;
  if (diff1.some(nisba) && diff2.some(nisba)) on('swap.nisba');
  // the shared topic words: some topics (markets) are written as opposites far more than others
  for (let i = 0; i < s1.content.length; i++) if (a1[i]!.found) on(`s=${s1.content[i]!.key}`, 0.5);

  // ---- cues on one side only ----
  const neg = side(s1.negations.length, s2.negations.length);
  const den = side(s1.denials.length, s2.denials.length);
  const aff = side(s1.affirmations.length, s2.affirmations.length);
  on(`neg=${neg}`);
  on(`den=${den}`);
  on(`aff=${aff}`);
  on(`neg|den=${neg}|${den}`);
  const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));
  for (const w of only(s1.negations, s2.negations)) on(`neg1=${w}`);
  for (const w of only(s2.negations, s1.negations)) on(`neg2=${w}`);
  for (const w of only(s1.denials, s2.denials)) on(`den1=${w}`);
  for (const w of only(s2.denials, s1.denials)) on(`den2=${w}`);
  if ((s1.affirmations.length && s2.denials.length && !s1.denials.length) || (s2.affirmations.length && s1.denials.length && !s2.denials.length))
    on('affirm-vs-deny');
  const cueOnly = (neg === '1' || neg === '2' ? 1 : 0) + (den === '1' || den === '2' ? 1 : 0);
  on(`cue.one-sided=${cueOnly}`);
  // a one-sided cue over statements that otherwise say the same thing is the strongest sign of disagreement
  if (cueOnly) on(`cue.one-sided|cover=${bucket(lo, 0.25)}`);

  // ---- opposite directions ----
  let flips = 0;
  for (const g of s1.polar) {
    for (const opp of OPPOSITE_OF.get(g) ?? [])
      if (s2.polar.has(opp) && !(s1.polar.has(opp) && s2.polar.has(g))) {
        on(`flip=${g}/${opp}`);
        flips++;
      }
    if (s2.polar.has(g)) on(`polar.same=${g}`);
    else on(`polar1=${g}`);
  }
  for (const g of s2.polar) if (!s1.polar.has(g)) on(`polar2=${g}`);
  on(`flip=${flips ? 'yes' : 'no'}`);
  if (flips) on(`flip|cover=${bucket(lo, 0.25)}`);
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
  if (conflict) on(`polar.conflict=${conflict > accord ? 'more' : 'some'}`);
  if (accord) on(`polar.accord=${accord > conflict ? 'more' : 'some'}`);
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
  for (const c of c2) for (const w of diff1.slice(0, MAX_SWAP)) on(`x=${c}|d1=${w.key}`);
  for (const c of c1) for (const w of diff2.slice(0, MAX_SWAP)) on(`x=${c}|d2=${w.key}`);
  for (const c of [...c1, ...c2]) on(`cue.only=${c}|diff=${countBucket(diff1.length + diff2.length)}`);
  return f;
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
