/**
 * The loaded-language lexicon (lexicon.json) and its matcher. Arabic writes conjunctions, prepositions and the
 * article joined to the word (والاحتلال، بذريعة، للميليشيات) and inflects for gender, number and case
 * (مزعومة، فاشلين، مخيبا), so a word is matched through every plausible reading of its clitics and suffixes
 * rather than by its surface form; entries of several words (ما يسمى، مخيب للآمال) match word by word the same
 * way, and the longest entry at a place wins.
 */
import lexiconData from './lexicon.json' with { type: 'json' };
import { normalize } from '../../language/normalize.js';

export type MarkerCategory = 'evaluative' | 'scare-term' | 'sceptical-attribution' | 'label' | 'triumphal' | 'neutral' | 'scare-quotes';

export interface LexiconEntry {
  /** The entry as written in the lexicon (its first form). */
  term: string;
  weight: number;
  category: MarkerCategory;
  /** Normalised words of one surface form. */
  words: string[];
  /** The word after the entry must begin with this letter (ما يعرف بـ). */
  next?: string;
  /** The (single) word must carry the article. */
  definite?: boolean;
}

interface RawEntry {
  term: string;
  variants?: string[];
  weight: number;
  category: MarkerCategory;
  next?: string;
  definite?: boolean;
}

/** One reading of a written word: what remains after clitics and suffixes, and whether it had the article. */
interface Core {
  core: string;
  definite: boolean;
}

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك', 'س'];
const SUFFIXES = ['', 'ه', 'ا', 'ات', 'ون', 'ين', 'ان', 'تان', 'تين', 'وا', 'ها', 'هم', 'هما', 'هن', 'يه', 'يا', 'يات', 'يين', 'يون'];
/** Pronoun suffixes after which a feminine ت is the ة of the bare word (مسرحيته → مسرحية). */
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن'];
const MIN_CORE = 2;

/** Every reading of a normalised word: prefixes و/ف, then ب/ل/ك (or the future س), then ال, then a suffix. */
export function cores(word: string): Core[] {
  const out = new Map<string, Core>();
  const add = (core: string, definite: boolean) => {
    if (core.length < MIN_CORE) return;
    const had = out.get(core);
    if (!had || (definite && !had.definite)) out.set(core, { core, definite });
  };
  for (const c of CONJ) {
    if (!word.startsWith(c)) continue;
    for (const p of PREP) {
      const at = c.length;
      if (!word.startsWith(p, at)) continue;
      // the future marker only before an imperfect verb (سيماطل، ستتحجج)
      if (p === 'س' && !'يتنا'.includes(word[at + 1] ?? '')) continue;
      let rest = word.slice(at + p.length);
      let definite = false;
      if (p === 'ل' && rest.startsWith('ل')) {
        // لل = ل + ال with the article's alef dropped (للاحتلال)
        rest = rest.slice(1);
        definite = true;
      } else if (rest.startsWith('ال') && p !== 'س') {
        add(rest, false);
        rest = rest.slice(2);
        definite = true;
      }
      for (const s of SUFFIXES) {
        if (s && !rest.endsWith(s)) continue;
        const stem = rest.slice(0, rest.length - s.length);
        add(stem, definite);
        if (PRONOUNS.includes(s) && stem.endsWith('ت')) add(stem.slice(0, -1) + 'ه', definite);
      }
    }
  }
  return [...out.values()];
}

function loadEntries(raw: RawEntry[]): LexiconEntry[] {
  return raw.flatMap((e) =>
    [e.term, ...(e.variants ?? [])].map((form) => ({
      term: e.term,
      weight: e.weight,
      category: e.category,
      words: normalize(form).split(/\s+/).filter(Boolean),
      ...(e.next ? { next: normalize(e.next) } : {}),
      ...(e.definite ? { definite: true } : {}),
    })),
  );
}

export const LEXICON: readonly LexiconEntry[] = loadEntries((lexiconData as { entries: RawEntry[] }).entries);

/** Entries by their first word, longest first, so that the first entry to match at a place is the longest. */
const BY_FIRST: Map<string, LexiconEntry[]> = (() => {
  const m = new Map<string, LexiconEntry[]>();
  for (const e of LEXICON) m.set(e.words[0]!, [...(m.get(e.words[0]!) ?? []), e]);
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/**
 * What matching reads of a written word, by its normal form, worked out once per form (every own-voice word of
 * every article is matched): its cores, and the entries its readings may begin, in the order a scan of its
 * readings and of each reading's entries meets them (an entry that needs the article only after a definite one).
 */
interface WordReadings {
  cores: ReadonlySet<string>;
  starts: readonly LexiconEntry[];
}
const READINGS = new Map<string, WordReadings>();

function readingsOf(word: string): WordReadings {
  let r = READINGS.get(word);
  if (r === undefined) {
    if (READINGS.size >= 100_000) READINGS.clear();
    const all = cores(word);
    const starts: LexiconEntry[] = [];
    for (const c of all) for (const e of BY_FIRST.get(c.core) ?? []) if (!e.definite || c.definite) starts.push(e);
    r = { cores: new Set(all.map((c) => c.core)), starts };
    READINGS.set(word, r);
  }
  return r;
}

export interface LexiconHit {
  entry: LexiconEntry;
  /** Index of the first and one past the last word of `words` that it covers. */
  from: number;
  to: number;
}

/**
 * Lexicon entries found in a run of normalised words (the words of one stretch of own-voice text, in order).
 * Hits do not overlap: at each place the longest entry wins and matching resumes after it.
 */
export function findLexicon(words: readonly string[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (let k = 0; k < words.length; k++) {
    let best: LexiconEntry | undefined;
    for (const e of readingsOf(words[k]!).starts) {
      if (best && best.words.length >= e.words.length) continue;
      if (k + e.words.length > words.length) continue;
      if (!e.words.every((w, i) => i === 0 || readingsOf(words[k + i]!).cores.has(w))) continue;
      if (e.next && !(words[k + e.words.length] ?? '').replace(/^[وف]/, '').startsWith(e.next)) continue;
      best = e;
    }
    if (!best) continue;
    hits.push({ entry: best, from: k, to: k + best.words.length });
    k += best.words.length - 1;
  }
  return hits;
}
