/**
 * Observation features of each token of a sentence, as strings (`name=value`). They depend only on the tokens,
 * never on tags, so a sentence is featurised once; the model pairs each with every tag. Deterministic: the same
 * tokens give the same features in the same order.
 */
import { cliticAnalyses } from '../language/clitics.js';
import { normalize } from '../language/normalize.js';
import { gazetteerHits, matchKeysOf } from './gazetteer.js';
import { isDictionaryWord } from './known-words.js';
import { knownWords } from './known-words-file.js';

/** Bumped whenever the features change, so a model trained on other features is refused. */
export const FEATURE_VERSION = 2;

export interface TokenInfo {
  norm: string;
  stem: string;
  /** Other clitic readings' stems. */
  alts: string[];
  shape: string;
  /** Whether a general dictionary lists it (known-words.ts); always true of what is not an Arabic word. */
  listed: boolean;
  gaz: string[];
}

/** What a token's features need of it besides its gazetteer hits (which depend on its neighbours). */
export interface WordInfo {
  norm: string;
  stem: string;
  alts: string[];
  shape: string;
  /** Whether a general dictionary lists it (known-words.ts); always true of what is not an Arabic word. */
  listed: boolean;
  /** The forms under which it may stand in a gazetteer list (gazetteer.ts). */
  keys: string[];
}

const LATIN = /[a-z]/;
const DIGITS = /^[0-9][0-9.,:/]*$/;
const HAS_DIGIT = /[0-9]/;
const ARABIC = /[\u0621-\u064A]/;

function shapeOf(norm: string): string {
  if (DIGITS.test(norm)) return norm.length === 4 && /^(1[89]|20)\d\d$/.test(norm) ? 'YEAR' : 'NUM';
  if (HAS_DIGIT.test(norm)) return 'HASNUM';
  if (LATIN.test(norm)) return ARABIC.test(norm) ? 'MIXED' : 'LATIN';
  if (ARABIC.test(norm)) return 'AR';
  return 'PUNCT';
}

/** A stem length as the length features read it (len=, dict=out|len=). */
export function lengthBucket(n: number): string {
  return n <= 5 ? String(n) : n <= 7 ? '6-7' : '8+';
}

/** The analysis of one token as written: a function of the token alone, so callers may cache it per form. */
export function wordInfo(token: string): WordInfo {
  const norm = normalize(token).trim();
  // one segmentation serves the stem, the other readings and the match keys: its first reading is the safe one
  const analyses = cliticAnalyses(norm);
  const stem = analyses[0]!.stem;
  const alts: string[] = [];
  for (let k = 1; k < analyses.length; k++) if (analyses[k]!.stem !== stem) alts.push(analyses[k]!.stem);
  const shape = shapeOf(norm);
  const listed = shape !== 'AR' || stem.length < 2 || isDictionaryWord(knownWords(), stem, alts);
  return { norm, stem, alts, shape, listed, keys: matchKeysOf(norm, analyses) };
}

/**
 * Token infos of a sentence from its words' infos: the gazetteer is matched over the whole sentence (less the
 * `hidden` phrases, in training: gazetteer.ts droppedInSentence, which hides each phrase in a seeded share of the
 * training sentences, or the older fixed share of phrases, hiddenShare).
 */
export function withGazetteer(words: readonly WordInfo[], hidden?: (phrase: string) => boolean): TokenInfo[] {
  const gaz = gazetteerHits(
    words.map((w) => w.norm),
    words.map((w) => w.keys),
    hidden,
  );
  return words.map((w, i) => ({ norm: w.norm, stem: w.stem, alts: w.alts, shape: w.shape, listed: w.listed, gaz: gaz[i]! }));
}

function infos(tokens: readonly string[], hidden?: (phrase: string) => boolean): TokenInfo[] {
  return withGazetteer(tokens.map(wordInfo), hidden);
}

/**
 * The features of a token that depend on the token alone (word, stem, readings, affixes, shape, length), in the
 * order {@link sentenceFeatures} gives them; its gazetteer hits and neighbours come after.
 */
export function localFeatures(raw: string, cur: Omit<TokenInfo, 'gaz'>): string[] {
  const f: string[] = ['bias'];
  const { norm, stem } = cur;
  f.push('w=' + norm);
  if (raw !== norm) f.push('r=' + raw);
  f.push('s=' + stem);
  for (const a of cur.alts) f.push('a=' + a);
  for (let k = 1; k <= 4; k++) {
    if (norm.length > k) f.push(`p${k}=${norm.slice(0, k)}`, `x${k}=${norm.slice(-k)}`);
    if (stem !== norm && stem.length > k) f.push(`sp${k}=${stem.slice(0, k)}`, `sx${k}=${stem.slice(-k)}`);
  }
  f.push('sh=' + cur.shape, 'len=' + lengthBucket(stem.length));
  if (!cur.listed) f.push('dict=out', 'dict=out|len=' + lengthBucket(stem.length));
  if (cur.shape === 'AR' && stem.length >= 4 && (stem.endsWith('ي') || stem.endsWith('يه') || stem.endsWith('يون') || stem.endsWith('يين')))
    f.push('nisba');
  return f;
}

/** Experiment switches (MARSAD_NER_FLAGS, comma-separated); the shipped model uses the defaults. */
export const FLAGS: ReadonlySet<string> = new Set((process.env['MARSAD_NER_FLAGS'] ?? '').split(',').filter(Boolean));
const OPEN = /^["'(\[]$/;
const CLOSE = /^["')\]]$/;

function isNisba(o: TokenInfo): boolean {
  const s = o.stem;
  return o.shape === 'AR' && s.length >= 4 && o.norm !== s && (s.endsWith('ي') || s.endsWith('يه') || s.endsWith('يون') || s.endsWith('يين'));
}

export const PAD: TokenInfo = { norm: '<s>', stem: '<s>', alts: [], shape: 'PAD', listed: true, gaz: [] };
export const PAD_END: TokenInfo = { norm: '</s>', stem: '</s>', alts: [], shape: 'PAD', listed: true, gaz: [] };

/** Features of every token of `tokens` (`hidden`: gazetteer phrases left out, in training only). */
export function sentenceFeatures(tokens: readonly string[], hidden?: (phrase: string) => boolean): string[][] {
  const info = infos(tokens, hidden);
  const at = (i: number): TokenInfo => (i < 0 ? PAD : i >= info.length ? PAD_END : info[i]!);
  return info.map((cur, i) => {
    const { norm, stem } = cur;
    const f = localFeatures(tokens[i]!, cur);
    for (const g of cur.gaz) f.push('g=' + g);
    if (FLAGS.has('chars') && cur.shape === 'AR' && stem.length >= 3) {
      const padded = '^' + stem + '$';
      for (let k = 0; k + 3 <= padded.length; k++) f.push('c3=' + padded.slice(k, k + 3));
    }

    const p1 = at(i - 1), p2 = at(i - 2), n1 = at(i + 1), n2 = at(i + 2);
    f.push('w-1=' + p1.norm, 'w-2=' + p2.norm, 'w+1=' + n1.norm, 'w+2=' + n2.norm);
    f.push('s-1=' + p1.stem, 's+1=' + n1.stem, 's-2=' + p2.stem, 's+2=' + n2.stem);
    f.push('x2-1=' + p1.norm.slice(-2), 'x2+1=' + n1.norm.slice(-2));
    f.push('w-1|w=' + p1.norm + '|' + norm, 'w|w+1=' + norm + '|' + n1.norm, 's-1|s=' + p1.stem + '|' + stem);
    f.push('w-2|w-1=' + p2.norm + '|' + p1.norm, 'w+1|w+2=' + n1.norm + '|' + n2.norm);
    f.push('sh-1|sh=' + p1.shape + '|' + cur.shape, 'sh|sh+1=' + cur.shape + '|' + n1.shape);
    for (const g of p1.gaz) f.push('g-1=' + g);
    for (const g of n1.gaz) f.push('g+1=' + g);
    for (const g of p2.gaz) if (g.startsWith('t')) f.push('g-2=' + g);
    if (FLAGS.has('chain')) {
      // a title before the word, over any nisba adjectives and other titles: الشاعر الروماني أوفيد، الرئيس الإيراني الدكتور …
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        const o = info[j]!;
        const trig = o.gaz.filter((g) => g.startsWith('t')).map((g) => g.slice(0, g.indexOf(':')));
        if (trig.length) {
          for (const t of trig) f.push(`chain=${t}:${i - j}`);
          if (j < i - 1) continue;
        }
        if (!trig.length && !isNisba(o)) break;
      }
      if (isNisba(p1)) f.push('nis-1');
      if (isNisba(n1)) f.push('nis+1');
    }
    if (FLAGS.has('quotes')) {
      if (OPEN.test(p1.norm)) f.push('q-1');
      if (CLOSE.test(n1.norm)) f.push('q+1');
      if (OPEN.test(p1.norm) && CLOSE.test(n1.norm)) f.push('q-1+1');
    }
    if (i === 0) f.push('first');
    if (i === info.length - 1) f.push('last');
    return f;
  });
}
