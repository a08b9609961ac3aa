/**
 * A lexicon of names learnt from the labelled training sentences themselves: every entity phrase with how often it
 * was tagged as each type, and how often the same words occur in the text at all. A word seen once as a name in
 * the training data then tells an unseen sentence "this was a PERS name, and it always is", which the word-identity
 * features forget for rare words (they read as `<UNK>`), and a phrase of several words marks its boundaries.
 *
 * Training uses it jackknifed (stacked.ts): a sentence's lexicon features come from a lexicon built without the
 * sentence's own part of the data, so the model learns how far a lexicon hit is worth trusting on text the lexicon
 * was not made from. Pure: sentences in, lexicon out; tokens and lexicon in, feature strings out.
 */
import { cliticAnalyses, splitClitics } from '../language/clitics.js';
import { normalize } from '../language/normalize.js';
import { ENTITY_TYPES, spansOf, type EntityType } from './tags.js';

/** Longest phrase kept, in tokens: longer names are rare and their first words already match. */
export const MAX_PHRASE = 6;
const WORDLIKE = /[\u0621-\u064Aa-z]/;

export interface LexiconEntry {
  /** Times tagged as an entity of each type, in ENTITY_TYPES order. */
  types: number[];
  /** Times the phrase occurs in the text, as an entity or not. */
  seen: number;
}

/** Phrase key (see {@link phraseKeys}) → its counts. */
export type Lexicon = Map<string, LexiconEntry>;

/** The key of each token: the first word of a phrase is compared without its clitics, the others as normalised. */
function tokenKeys(tokens: readonly string[]): { first: string[]; rest: string[] } {
  const rest = tokens.map((t) => normalize(t).trim());
  const first = rest.map((n) => (WORDLIKE.test(n) ? splitClitics(n).stem : n));
  return { first, rest };
}

const keyAt = (k: { first: string[]; rest: string[] }, i: number, len: number): string =>
  [k.first[i]!, ...k.rest.slice(i + 1, i + len)].join(' ');

/** The phrase keys of a sentence's tokens, computed once when many lexicons are built from the same sentences. */
export type SentenceKeys = ReturnType<typeof tokenKeys>;
export const sentenceKeys = (tokens: readonly string[]): SentenceKeys => tokenKeys(tokens);

/** A lexicon of the entities of `sentences` (tags in BIO), with each phrase's number of occurrences. */
export function buildLexicon(
  sentences: readonly { tokens: readonly string[]; tags: readonly string[]; keys?: SentenceKeys }[],
): Lexicon {
  const lex: Lexicon = new Map();
  const keys = sentences.map((s) => s.keys ?? tokenKeys(s.tokens));
  sentences.forEach((s, n) => {
    for (const sp of spansOf(s.tags)) {
      if (sp.end - sp.start > MAX_PHRASE || !WORDLIKE.test(keys[n]!.first[sp.start]!)) continue;
      const key = keyAt(keys[n]!, sp.start, sp.end - sp.start);
      const e = lex.get(key) ?? { types: [0, 0, 0, 0], seen: 0 };
      e.types[ENTITY_TYPES.indexOf(sp.type as EntityType)]!++;
      lex.set(key, e);
    }
  });
  if (lex.size === 0) return lex;
  // every occurrence of a known phrase, tagged or not, so that a word mostly used as a plain word says so
  sentences.forEach((s, n) => {
    for (let i = 0; i < s.tokens.length; i++)
      for (let len = 1; len <= MAX_PHRASE && i + len <= s.tokens.length; len++) {
        const e = lex.get(keyAt(keys[n]!, i, len));
        if (e) e.seen++;
      }
  });
  return lex;
}

/** How reliable a phrase is as a name: the share of its occurrences that were tagged as one. */
function reliability(e: LexiconEntry): string {
  const named = e.types.reduce((a, b) => a + b, 0);
  const r = named / Math.max(e.seen, named);
  return r >= 0.9 ? 'a' : r >= 0.6 ? 'b' : r >= 0.3 ? 'c' : 'd';
}

/**
 * Lexicon features of each token: for the longest known phrase starting at each token, its most frequent type and
 * the token's place in it (B first, I inside or last, U alone) with and without the phrase's reliability.
 */
export function lexiconFeatures(tokens: readonly string[], lex: Lexicon, prefix = 'lx'): string[][] {
  const out: string[][] = tokens.map(() => []);
  if (lex.size === 0) return out;
  const keys = tokenKeys(tokens);
  // a first word may also be read with a bare conjunction or preposition split off (وطنجة، بطنجة)
  const readings = keys.rest.map((n, i) => (WORDLIKE.test(n) ? cliticAnalyses(n).map((a) => a.stem) : [keys.first[i]!]));
  const lookup = (i: number, len: number): LexiconEntry | undefined => {
    const tail = keyAt(keys, i, len).slice(keys.first[i]!.length);
    for (const r of readings[i]!) {
      const e = lex.get(r + tail);
      if (e) return e;
    }
    return undefined;
  };
  const marks: string[] = tokens.map(() => '');
  for (let i = 0; i < tokens.length; i++) {
    for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 1; len--) {
      const e = lookup(i, len);
      if (!e) continue;
      let best = 0;
      for (let t = 1; t < 4; t++) if (e.types[t]! > e.types[best]!) best = t;
      const type = ENTITY_TYPES[best]!;
      const rel = reliability(e);
      for (let j = i; j < i + len; j++) {
        const pos = len === 1 ? 'U' : j === i ? 'B' : 'I';
        out[j]!.push(`${prefix}=${type}:${pos}`, `${prefix}=${type}:${pos}:${rel}`);
        if (!marks[j]) marks[j] = type;
      }
      if (len > 1) out[i]!.push(`${prefix}len=${Math.min(len, 4)}`);
      break;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (marks[i - 1]) out[i]!.push(`${prefix}-1=${marks[i - 1]}`);
    if (marks[i + 1]) out[i]!.push(`${prefix}+1=${marks[i + 1]}`);
  }
  for (const fs of out) {
    const uniq = [...new Set(fs)];
    fs.length = 0;
    fs.push(...uniq);
  }
  return out;
}

/** The lexicon as plain JSON rows for the model file: [key, seen, ...types], sorted by key. */
export function lexiconToJson(lex: Lexicon): Array<[string, number, ...number[]]> {
  return [...lex.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, e]) => [k, e.seen, ...e.types]);
}

export function lexiconFromJson(rows: ReadonlyArray<readonly [string, number, ...number[]]>): Lexicon {
  return new Map(rows.map(([k, seen, ...types]) => [k, { seen, types: [...types] }]));
}
