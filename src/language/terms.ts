/**
 * Content terms of a text: normalised, clitic-split stems without function words. The shared currency of topic
 * comparisons (is this section about something else? which articles tell the same story?).
 */
import { splitClitics } from './clitics.js';
import { normalize } from './normalize.js';
import { STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' && t.kind !== 'latin') continue;
    const term = termOf(text.slice(t.start, t.end));
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
