/**
 * Content terms of a text: normalised, clitic-split stems without function words. The shared currency of topic
 * comparisons (is this section about something else? which articles tell the same story?).
 */
import { cliticAnalyses, splitClitics } from './clitics.js';
import { isDictionaryWord } from '../ner/known-words.js';
import { knownWords } from '../ner/known-words-file.js';
import { normalize } from './normalize.js';
import { STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

export function contentTerms(text: string): string[] {
  return termsWith(text, termOf);
}

/** The terms `of` gives the words and Latin tokens of a text, in order. */
function termsWith(text: string, of: (surface: string) => string | null): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' && t.kind !== 'latin') continue;
    const term = of(text.slice(t.start, t.end));
    if (term !== null) out.push(term);
  }
  return out;
}

/**
 * The content term of a written word (a word or Latin token's text), or null for a function word; kept by word,
 * as it never changes. `contentTerms(text)` is the terms of `tokenize(text)`'s words, so a stage that has the
 * tokens already reads the same terms from them.
 */
const TERMS = new Map<string, string | null>();

export function termOf(surface: string): string | null {
  let term = TERMS.get(surface);
  if (term === undefined) {
    const n = normalize(surface);
    const stem = STOPWORDS.has(n) ? '' : splitClitics(n).stem;
    term = stem.length < 3 || STOPWORDS.has(stem) ? null : stem;
    if (TERMS.size > 200_000) TERMS.clear();
    TERMS.set(surface, term);
  }
  return term;
}

const MATCHING = new Map<string, string | null>();

/**
 * The term of a written word for matching one outlet's wording with another's (story grouping): as termOf, but a
 * proclitic the safe reading keeps comes off when only the rest is a word of the dictionary (stemOf below).
 */
export function matchingTermOf(surface: string): string | null {
  let term = MATCHING.get(surface);
  if (term === undefined) {
    const n = normalize(surface);
    const stem = STOPWORDS.has(n) ? '' : stemOf(n);
    term = stem.length < 3 || STOPWORDS.has(stem) ? null : stem;
    if (MATCHING.size > 200_000) MATCHING.clear();
    MATCHING.set(surface, term);
  }
  return term;
}

/** matchingTermOf of every word of a text. */
export function matchingTerms(text: string): string[] {
  return termsWith(text, matchingTermOf);
}

/** و ف ب ل ك: the letters a proclitic is written with. */
const PROCLITIC_LETTERS = new Set([0x648, 0x641, 0x628, 0x644, 0x643]);

/**
 * The stem of a normalised word: its safe clitic reading (splitClitics), unless that reading is no word of the
 * dictionary and a reading with one more proclitic off is (بسوق → سوق، بشمال → شمال، كرد stays): outlets write
 * «في سوق» and «بسوق» for one market, and a term keyed on the glued form shares nothing with the other.
 */
function stemOf(n: string): string {
  const first = splitClitics(n);
  const safe = first.stem;
  // only a word that still begins with a proclitic letter can lose one (most words: one split, no look-up)
  if (safe.length < 4 || !PROCLITIC_LETTERS.has(safe.charCodeAt(0))) return safe;
  const known = knownWords();
  if (isDictionaryWord(known, safe, [])) return safe;
  const analyses = cliticAnalyses(n);
  for (let k = 1; k < analyses.length; k++) {
    const a = analyses[k]!;
    if (a.prefixLength > first.prefixLength && isDictionaryWord(known, a.stem, [])) return a.stem;
  }
  return safe;
}

/** Term frequencies of a text. */
export function termCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of contentTerms(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Cosine similarity of two term-count vectors (raw counts, no corpus weights). */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
