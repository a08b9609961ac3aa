/**
 * The wording of an article reduced to what survives a light edit: its content words (no function words, no
 * punctuation) as loose keys, and their word n-grams (shingles). A loose key folds what rewrites change without
 * changing the wording: clitics (وقال/قال، بالعراق/العراق), inflection (القوات/قوة), the long vowels and hamza
 * seats that spellings disagree on (أمريكي/أميركي، رومانوسكي/رومانوفسكي keeps one letter apart, so a name the
 * entity stage resolved stands as its entity id instead).
 */
import type { Doc, Span } from '../../model/document.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { STOPWORDS } from '../../language/stopwords.js';
import { entityMentionsOf } from '../entity-index.js';
import { othersWords, quotationSpansOnce } from '../framing/voice.js';

export interface ContentWord extends Span {
  /** The loose key the shingles are made of. */
  key: string;
  /** The normalised written form, to tell a verbatim copy from a rewrite. */
  exact: string;
  /** Whether the words are someone else's, quoted as said (a direct quote, or between quotation marks). */
  quoted: boolean;
}

/** Words per shingle. */
export const SHINGLE = 3;

const SUFFIXES = ['يات', 'ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي', 'ا'];

/** Loose keys by stem: every content word of every article asks for one (bounded, emptied when full). */
const LOOSE_KEYS = new Map<string, string>();

/** The loose key of a normalised, clitic-split word. */
export function looseKey(stem: string): string {
  let k = LOOSE_KEYS.get(stem);
  if (k === undefined) {
    if (LOOSE_KEYS.size >= 100_000) LOOSE_KEYS.clear();
    k = looseKeyOf(stem);
    LOOSE_KEYS.set(stem, k);
  }
  return k;
}

function looseKeyOf(stem: string): string {
  let w = stem;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) w = w.slice(1);
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  // long vowels and hamza inside the word: the letters spellings of one word disagree on
  const skeleton = w[0] + w.slice(1).replace(/[اويء]/g, '');
  return skeleton.length >= 2 ? skeleton : w;
}

/** Entity id of each resolved name's span in a document. */
export function entitySpans(doc: Doc, entities: readonly ResolvedEntity[]): Array<Span & { id: string }> {
  const out: Array<Span & { id: string }> = [];
  for (const m of entityMentionsOf(entities, doc.id)) out.push({ start: m.start, end: m.end, id: m.entity.id });
  return out.sort((a, b) => a.start - b.start);
}

/** The content words of an article, in order; the tokens of one resolved name become one word, its entity. */
export function contentWords(doc: Doc, entities: readonly ResolvedEntity[] = []): ContentWord[] {
  const others = othersWords(doc, quotationSpansOnce(doc), true);
  const names = entitySpans(doc, entities);
  const nameKeys: Array<string | undefined> = [];
  const out: ContentWord[] = [];
  let n = 0;
  doc.tokens.forEach((t, k) => {
    if (t.kind === 'punct' || t.kind === 'symbol') return;
    while (n < names.length && names[n]!.end <= t.start) n++;
    const name = names[n];
    if (name && name.start <= t.start && t.end <= name.end) {
      // the name's key written once per name, not once per token of it
      const key = (nameKeys[n] ??= `@${name.id}`);
      const last = out[out.length - 1];
      if (last && last.key === key && last.end >= name.start) {
        last.end = t.end;
        last.exact += ' ' + t.norm;
      } else out.push({ start: t.start, end: t.end, key, exact: t.norm, quoted: others[k]! });
      return;
    }
    if (STOPWORDS.has(t.norm) || STOPWORDS.has(t.stem)) return;
    const key = t.kind === 'word' ? looseKey(t.stem) : t.norm;
    if (t.kind === 'word' && t.stem.length < 2) return;
    out.push({ start: t.start, end: t.end, key, exact: t.norm, quoted: others[k]! });
  });
  return out;
}

/**
 * Numbers for loose keys and their shingles, shared by the articles compared with each other (one story): a
 * shingle is then a number, not a string of three keys, and comparing two articles is comparing numbers.
 */
export class ShingleIds {
  private readonly words = new Map<string, number>();
  private readonly pairs = new Map<number, number>();
  private readonly triples = new Map<number, number>();

  /** How many shingle numbers were given (they are 0 … count − 1). */
  get count(): number {
    return this.triples.size;
  }

  word(key: string): number {
    let id = this.words.get(key);
    if (id === undefined) this.words.set(key, (id = this.words.size));
    return id;
  }

  /**
   * The number of the shingle of three word numbers (distinct shingles, distinct numbers), counted from 0: small
   * integers, which the articles' own indexes hold unboxed (a pair code times 2^24 would not be).
   */
  shingle(a: number, b: number, c: number): number {
    const ab = a * PAIR + b;
    let pair = this.pairs.get(ab);
    if (pair === undefined) this.pairs.set(ab, (pair = this.pairs.size));
    const abc = pair * PAIR + c;
    let id = this.triples.get(abc);
    if (id === undefined) this.triples.set(abc, (id = this.triples.size));
    return id;
  }
}
/** Word numbers stay below this (2^24 distinct keys in one story), so that a pair of them is exact in a double. */
const PAIR = 2 ** 24;

export interface Shingles {
  words: ContentWord[];
  /** Weight of each position (position i covers words i … i + SHINGLE − 1): quoted words count less. */
  weights: Float64Array;
  /** The distinct shingles (numbers, see {@link ShingleIds}), in the order they first occur. */
  distinct: number[];
  /** Weight of each distinct shingle: the largest of its positions'. */
  distinctWeight: number[];
  /** Index in `distinct` of the shingle at each position. */
  of: Int32Array;
  /** Index in `distinct` of each shingle the article has. */
  index: Map<number, number>;
  /**
   * Positions of each distinct shingle, ascending: those of `distinct[d]` are `positions[start[d] … start[d + 1])`.
   * Flat arrays rather than an array per shingle: an article has hundreds of shingles, most of them once.
   */
  start: Int32Array;
  positions: Int32Array;
}

/** What a quoted word counts for against one in the outlet's own words. */
export const QUOTED_WEIGHT = 0.3;

/** The shingles of an article's content words, numbered by `ids` (the same for every article compared). */
export function shingles(words: ContentWord[], ids: ShingleIds): Shingles {
  const count = Math.max(0, words.length - SHINGLE + 1);
  const weights = new Float64Array(count);
  const of = new Int32Array(count);
  const index = new Map<number, number>();
  const distinct: number[] = [];
  const distinctWeight: number[] = [];
  const wordIds = new Float64Array(words.length);
  for (let k = 0; k < words.length; k++) wordIds[k] = ids.word(words[k]!.key);
  for (let i = 0; i < count; i++) {
    const key = ids.shingle(wordIds[i]!, wordIds[i + 1]!, wordIds[i + 2]!);
    const quoted = (words[i]!.quoted ? 1 : 0) + (words[i + 1]!.quoted ? 1 : 0) + (words[i + 2]!.quoted ? 1 : 0);
    const weight = quoted * 2 > SHINGLE ? QUOTED_WEIGHT : 1;
    weights[i] = weight;
    let d = index.get(key);
    if (d === undefined) {
      index.set(key, (d = distinct.length));
      distinct.push(key);
      distinctWeight.push(weight);
    } else if (weight > distinctWeight[d]!) distinctWeight[d] = weight;
    of[i] = d;
  }
  // positions grouped by shingle (a counting sort keeps each shingle's positions ascending)
  const start = new Int32Array(distinct.length + 1);
  for (let i = 0; i < count; i++) start[of[i]! + 1]!++;
  for (let d = 0; d < distinct.length; d++) start[d + 1]! += start[d]!;
  const fill = start.slice(0, distinct.length);
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i++) positions[fill[of[i]!]!++] = i;
  return { words, weights, distinct, distinctWeight, index, of, start, positions };
}
