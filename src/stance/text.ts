/**
 * One statement as the stance features read it: its words normalised and split from their proclitics (our
 * Arabic layer, language/normalize.ts and clitics.ts), a light stem for matching (suffixes off as well), the
 * numbers it states, and the cue words it carries (negation, denial, affirmation, polar direction).
 */
import { cliticAnalyses, splitClitics } from '../language/clitics.js';
import { normalize } from '../language/normalize.js';
import { countOf } from '../language/numbers.js';
import { STOPWORDS } from '../language/stopwords.js';
import { tokenize } from '../language/tokenize.js';
import { AFFIRM_WORDS, DENIAL_LEMMAS, NEGATION_WORDS, NUMBER_SCALES, POLAR_GROUPS } from './lexicon.js';

export interface StanceWord {
  /** Normalised word as written (with its proclitics). */
  norm: string;
  /** Without proclitics. */
  stem: string;
  /** Light stem for matching: proclitics and common suffixes off (never below three letters). */
  key: string;
  /** The key without a present-tense prefix or a past-tense ending: أدانت and تدين meet at دان / دين… */
  core: string;
  /** Function word (preposition, pronoun, particle…): counted for cues, not for content overlap. */
  functional: boolean;
}

export interface Statement {
  words: StanceWord[];
  /** Content words only. */
  content: StanceWord[];
  /** Numbers stated, as values (digits and number words). */
  numbers: number[];
  /** Negation particles found (normalised). */
  negations: string[];
  denials: string[];
  affirmations: string[];
  /** Polar groups (up, down, win, lose…) the words fall in. */
  polar: Set<string>;
  /** Each polar word's groups with the content words next to it (what rises, who wins). */
  anchors: Array<{ groups: readonly string[]; near: string[] }>;
  question: boolean;
  /** Normalised text with spaces folded: for character n-grams. */
  flat: string;
}

/** Suffixes taken off for the matching key, longest first (plural, dual, nisba, feminine, pronouns). */
const SUFFIXES = ['يات', 'يون', 'يين', 'تين', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'نا', 'يه', 'ه', 'ي', 'ا'];

export function lightKey(stem: string): string {
  let s = stem;
  for (const suf of SUFFIXES) {
    if (s.length - suf.length >= 3 && s.endsWith(suf)) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  // present-tense prefixes (يـ تـ) are kept: يرتفع and ارتفاع stay apart, and the lexicons list both
  return s;
}

/** The key with a present-tense prefix (يـ تـ نـ) or a past ending (ـت ـوا) off, for matching conjugations. */
export function coreKey(key: string): string {
  let s = key;
  if (s.length >= 5 && s.endsWith('وا')) s = s.slice(0, -2);
  else if (s.length >= 5 && s.endsWith('ت')) s = s.slice(0, -1);
  // the prefix of the present tense or of the derived verb and its noun (ينسحب، انسحب، انسحاب)
  if (s.length >= 5 && /^[ايتن]/.test(s)) s = s.slice(1);
  // the long vowel of the verbal noun before its last letter (انسحاب → انسحب, ارتفاع → ارتفع)
  if (s.length >= 5 && s[s.length - 2] === 'ا') s = s.slice(0, -2) + s[s.length - 1];
  return s;
}

/** Every reading of a normalised word a lexicon lookup should try: the word, its safe stem, other clitic splits. */
function readings(norm: string): string[] {
  const out = new Set<string>([norm]);
  for (const a of cliticAnalyses(norm)) out.add(a.stem);
  // a joined conjunction before a short particle (ولم، فلا، ولن) is too short for cliticAnalyses
  if ((norm[0] === 'و' || norm[0] === 'ف') && norm.length >= 3) out.add(norm.slice(1));
  return [...out];
}

function lookup(norm: string, set: { has(word: string): boolean }): string | null {
  for (const r of readings(norm)) if (set.has(r)) return r;
  return null;
}

function readNumber(text: string): number | null {
  const digits = normalize(text).replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits);
  return null;
}

/** What a written word brings to a statement, whatever the statement: a function of the word alone. */
interface WordInfo {
  word: StanceWord;
  /** The factor of a scale word (مليون، مليار). */
  scale: number | undefined;
  /** The number a number word states. */
  count: number | null;
  negation: string | null;
  /** The lemma of a verb of denial. */
  denial: string | null;
  affirmation: string | null;
  /** Polar groups, in the order the word's readings give them. */
  groups: readonly string[];
  question: boolean;
}

/**
 * Words already read, by their written form: a story's statements repeat the same words over and over, and each
 * reading tries several clitic splits against four lexicons. The word objects are shared by the statements that
 * hold them (statements are never modified). Bounded; emptied when full.
 */
const WORDS = new Map<string, WordInfo>();
const WORDS_SIZE = 200_000;

function wordInfo(raw: string): WordInfo {
  let info = WORDS.get(raw);
  if (info) return info;
  const norm = normalize(raw);
  const stem = splitClitics(norm).stem;
  const den = lookup(norm, DENIAL_LEMMAS);
  const groups = new Set<string>();
  for (const r of readings(norm)) for (const g of POLAR_GROUPS.get(r) ?? []) groups.add(g);
  const functional = STOPWORDS.has(norm) || STOPWORDS.has(stem) || stem.length < 2;
  const key = lightKey(stem);
  info = {
    word: { norm, stem, key, core: coreKey(key), functional },
    scale: NUMBER_SCALES.get(stem) ?? NUMBER_SCALES.get(norm),
    count: countOf(stem) ?? countOf(norm),
    negation: lookup(norm, NEGATION_WORDS),
    denial: den ? DENIAL_LEMMAS.get(den)! : null,
    affirmation: lookup(norm, AFFIRM_WORDS),
    groups: [...groups],
    question: norm === 'هل' || norm === 'وهل',
  };
  if (WORDS.size >= WORDS_SIZE) WORDS.clear();
  WORDS.set(raw, info);
  return info;
}

export function analyzeStatement(text: string): Statement {
  const words: StanceWord[] = [];
  const numbers: number[] = [];
  const negations: string[] = [];
  const denials: string[] = [];
  const affirmations: string[] = [];
  const polar = new Set<string>();
  const polarAt: Array<{ at: number; groups: string[] }> = [];
  let question = /[?؟]/.test(text);
  // whether the last token was a number, so that a scale word (مليون، مليار) multiplies it
  let lastNumber = false;
  for (const t of tokenize(text)) {
    const raw = text.slice(t.start, t.end);
    if (t.kind === 'number') {
      const n = readNumber(raw);
      if (n !== null) numbers.push(n);
      lastNumber = n !== null;
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'latin') continue;
    const info = wordInfo(raw);
    if (info.scale !== undefined) {
      if (lastNumber) numbers[numbers.length - 1]! *= info.scale;
      else numbers.push(info.scale);
    }
    if (info.count !== null) numbers.push(info.count);
    lastNumber = info.count !== null;
    if (info.negation) negations.push(info.negation);
    if (info.denial) denials.push(info.denial);
    if (info.affirmation) affirmations.push(info.affirmation);
    for (const g of info.groups) polar.add(g);
    if (info.groups.length) polarAt.push({ at: words.length, groups: [...info.groups] });
    if (info.question) question = true;
    words.push(info.word);
  }
  const polarWords = new Set(polarAt.map((p) => p.at));
  const anchors = polarAt.map(({ at, groups }) => {
    const near: string[] = [];
    for (let j = Math.max(0, at - 2); j <= Math.min(words.length - 1, at + 3); j++)
      if (j !== at && !polarWords.has(j) && !words[j]!.functional) near.push(words[j]!.key);
    return { groups, near };
  });
  const flat = words.map((w) => w.stem).join(' ');
  return { words, content: words.filter((w) => !w.functional), numbers, negations, denials, affirmations, polar, anchors, question, flat };
}

/** Character bigrams of a word, for fuzzy matching of spelling and inflection variants. */
function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/**
 * Similarities already computed, by word pair: a story's claims are compared pairwise and share most of their
 * words, so the same two words meet thousands of times. Bounded; emptied when full.
 */
const SIMILARITY_CACHE = new Map<string, number>();
const SIMILARITY_CACHE_SIZE = 200_000;

/** Dice similarity of two words' character bigrams, in [0, 1] (symmetric). */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let v = SIMILARITY_CACHE.get(key);
  if (v === undefined) {
    v = dice(a, b);
    if (SIMILARITY_CACHE.size >= SIMILARITY_CACHE_SIZE) SIMILARITY_CACHE.clear();
    SIMILARITY_CACHE.set(key, v);
  }
  return v;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Whether two words are the same word for overlap purposes: same key, one key inside the other, or close spelling. */
export function sameWord(a: StanceWord, b: StanceWord): boolean {
  if (a.key === b.key || a.stem === b.stem || (a.core.length >= 3 && a.core === b.core)) return true;
  const [short, long] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
  if (short.length >= 3 && long.length - short.length <= 2 && long.includes(short)) return true;
  return wordSimilarity(a.stem, b.stem) >= 0.75;
}
