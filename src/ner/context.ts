/**
 * Document context for the second pass: how a first-pass tagger labelled the other occurrences of a word in the
 * sentences around it. A name the first pass recognises once (قال ألونسو) then helps its other mentions, and a
 * word it tags as a name only once among many plain uses loses weight. Pure: tokens and first-pass tags in,
 * feature strings out.
 */
import { cliticAnalyses, splitClitics } from '../language/clitics.js';
import { normalize } from '../language/normalize.js';
import { STOPWORDS } from '../language/stopwords.js';
import { buildLexicon, lexiconFeatures, sentenceKeys } from './lexicon.js';

const LABELS = ['PERS', 'LOC', 'ORG', 'MISC', 'O'] as const;
type Label = (typeof LABELS)[number];
const WORDLIKE = /[\u0621-\u064Aa-z]/;

interface Occurrence {
  sentence: number;
  token: number;
  label: Label;
}

function labelOf(tag: string): Label {
  return tag === 'O' || tag.length < 3 ? 'O' : (tag.slice(2) as Label);
}

/** Keys of a token: its safe clitic-stripped stem, then its other readings; none for function words and symbols. */
function keysOf(token: string): TokenKeys {
  let k = KEYS.get(token);
  if (k === undefined) {
    if (KEYS.size >= MAX_CACHED) KEYS.clear();
    k = computeKeys(token);
    KEYS.set(token, k);
  }
  return k;
}

interface TokenKeys {
  safe: string | null;
  alts: string[];
}

/** Forms kept by the caches below before they are emptied (they only save work: values never change). */
const MAX_CACHED = 100_000;
/** Token as written → its keys, read-only once made: a news text repeats its words. */
const KEYS = new Map<string, TokenKeys>();

/** Feature name → value → the feature string: the same strings, made once instead of at every token. */
const FEATURES = new Map<string, Map<string, string>>();

function feature(name: string, value: string): string {
  let byValue = FEATURES.get(name);
  if (byValue === undefined) FEATURES.set(name, (byValue = new Map()));
  let f = byValue.get(value);
  if (f === undefined) {
    f = name + value;
    if (byValue.size < MAX_CACHED) byValue.set(value, f);
  }
  return f;
}

function computeKeys(token: string): TokenKeys {
  const norm = normalize(token).trim();
  if (!WORDLIKE.test(norm)) return { safe: null, alts: [] };
  const safe = splitClitics(norm).stem;
  if (safe.length < 2 || STOPWORDS.has(safe) || STOPWORDS.has(norm)) return { safe: null, alts: [] };
  const alts = cliticAnalyses(norm)
    .slice(1)
    .map((a) => a.stem)
    .filter((k) => k !== safe && k.length >= 3 && !STOPWORDS.has(k));
  return { safe, alts };
}

/**
 * Running counts per label along an occurrence list (5 per position), so that the counts of any window come
 * from two lookups: a word repeated thousands of times in a long text must not cost the square of its count.
 */
const CUMULATIVE = new WeakMap<readonly Occurrence[], Int32Array>();

function cumulative(list: readonly Occurrence[]): Int32Array {
  let cum = CUMULATIVE.get(list);
  if (cum) return cum;
  cum = new Int32Array((list.length + 1) * 5);
  for (let i = 0; i < list.length; i++) {
    for (let l = 0; l < 5; l++) cum[(i + 1) * 5 + l] = cum[i * 5 + l]!;
    cum[(i + 1) * 5 + LABELS.indexOf(list[i]!.label)]!++;
  }
  CUMULATIVE.set(list, cum);
  return cum;
}

/** The first index of a list in document order whose occurrence is at or after (sentence, token). */
function lowerBound(list: readonly Occurrence[], sentence: number, token: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const o = list[mid]!;
    if (o.sentence < sentence || (o.sentence === sentence && o.token < token)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts per label of the occurrences of `key` within `window` sentences of `at`, the token itself left out. */
function countAround(list: readonly Occurrence[] | undefined, at: Occurrence, window: number): number[] | null {
  if (!list) return null;
  const cum = cumulative(list);
  // the list is in document order: the window is the index range [lo, hi)
  const lo = lowerBound(list, at.sentence - window, 0);
  const hi = lowerBound(list, at.sentence + window + 1, 0);
  const counts = [0, 0, 0, 0, 0];
  for (let l = 0; l < 5; l++) counts[l] = cum[hi * 5 + l]! - cum[lo * 5 + l]!;
  const self = lowerBound(list, at.sentence, at.token);
  if (self < list.length && list[self]!.sentence === at.sentence && list[self]!.token === at.token) {
    counts[LABELS.indexOf(list[self]!.label)]!--;
  }
  return counts.some((c) => c > 0) ? counts : null;
}

function describe(prefix: string, counts: number[] | null, out: string[]): string {
  if (!counts) {
    out.push(feature(prefix, '=none'));
    return 'none';
  }
  let best = 0;
  for (let l = 1; l < LABELS.length; l++) if (counts[l]! > counts[best]!) best = l;
  const total = counts.reduce((a, b) => a + b, 0);
  for (let l = 0; l < 4; l++) if (counts[l]! > 0) out.push(feature(feature(prefix, '='), LABELS[l]!));
  out.push(feature(feature(prefix, 'm='), LABELS[best]!));
  if (counts[best] === total) {
    const all = feature(feature(prefix, 'all='), LABELS[best]!);
    out.push(total > 1 ? feature(all, '+') : all);
  }
  return LABELS[best]!;
}

/**
 * Extra features of every token of `sentences` (one document, or a file read in order) given the first pass's
 * tags. `window`: how many sentences either side count as context.
 */
export function contextFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
  window: number,
): string[][][] {
  const keys = sentences.map((tokens) => tokens.map(keysOf));
  const bySafe = new Map<string, Occurrence[]>();
  const byAny = new Map<string, Occurrence[]>();
  const add = (map: Map<string, Occurrence[]>, key: string, o: Occurrence) => {
    const list = map.get(key);
    if (!list) map.set(key, [o]);
    else if (list[list.length - 1] !== o) list.push(o);
  };
  sentences.forEach((tokens, s) =>
    tokens.forEach((_, t) => {
      const k = keys[s]![t]!;
      if (k.safe === null) return;
      const o: Occurrence = { sentence: s, token: t, label: labelOf(firstPass[s]![t]!) };
      add(bySafe, k.safe, o);
      add(byAny, k.safe, o);
      for (const a of k.alts) add(byAny, a, o);
    }),
  );
  return sentences.map((tokens, s) => {
    const majority: string[] = [];
    const feats = tokens.map((_, t) => {
      const out: string[] = [];
      const k = keys[s]![t]!;
      const tag = firstPass[s]![t]!;
      out.push(feature('p=', tag));
      if (k.safe === null) {
        majority.push('-');
        return out;
      }
      const at: Occurrence = { sentence: s, token: t, label: labelOf(tag) };
      const m = describe('d', countAround(bySafe.get(k.safe), at, window), out);
      majority.push(m);
      out.push(feature(feature(feature('dm|p=', m), '|'), tag));
      let alt: number[] | null = null;
      for (const a of k.alts) {
        const c = countAround(byAny.get(a), at, window);
        if (c) alt = alt ? alt.map((x, i) => x + c[i]!) : c;
      }
      if (alt) describe('da', alt, out);
      return out;
    });
    feats.forEach((out, t) => {
      out.push(feature('p-1=', firstPass[s]![t - 1] ?? '<s>'), feature('p+1=', firstPass[s]![t + 1] ?? '</s>'));
      out.push(feature('dm-1=', majority[t - 1] ?? '<s>'), feature('dm+1=', majority[t + 1] ?? '</s>'));
    });
    return feats;
  });
}

/**
 * Phrase-level document context: the names the first pass found in the other sentences within `window` sentences,
 * as a lexicon (lexicon.ts) matched against this sentence, so that a name of several words tagged whole elsewhere
 * (الاتحاد الأوروبي) gets the same boundaries here. Features are named `dlx…`.
 */
export function documentLexiconFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
  window: number,
): string[][][] {
  const labelled = sentences.map((tokens, s) => ({ tokens, tags: firstPass[s]!, keys: sentenceKeys(tokens) }));
  const named = labelled.map((l) => l.tags.some((t) => t !== 'O'));
  return sentences.map((tokens, s) => {
    const around = labelled.filter((_, o) => o !== s && Math.abs(o - s) <= window);
    // a window without names gives nothing; skip building its lexicon
    if (!named.some((n, o) => n && o !== s && Math.abs(o - s) <= window)) return tokens.map(() => []);
    return lexiconFeatures(tokens, buildLexicon(around), 'dlx');
  });
}
