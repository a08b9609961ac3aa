/**
 * A document's tokens as the entity finders read them: each word's matching key and the readings of its
 * proclitics (ووزير → وزير، بالعراق → العراق, للحشد → الحشد), with where in the word the name itself begins.
 */
import type { Doc, Token } from '../../model/document.js';
import { cliticAnalyses } from '../../language/clitics.js';
import { normalizeView } from '../../language/normalize.js';
import { STOPWORDS } from '../../language/stopwords.js';
import { fold } from '../../knowledge/gazetteer/index.js';

/** One reading of a word as the first word of a name. */
export interface Form {
  /** The name's word: the stem, with the article when the word has one (بالعراق → العراق). */
  form: string;
  /** The stem without the article. */
  stem: string;
  article: boolean;
  /** Proclitics before the name (و، ب، ل…), which a mention leaves out. */
  lead: string[];
  /** Units of the normalised word taken by `lead`. */
  offset: number;
}

export interface TokenView {
  doc: Readonly<Doc>;
  tokens: readonly Token[];
  n: number;
  /** Matching key of each token: the folded normal form of a word, a Latin word or number as written, punctuation. */
  key: string[];
  /** Readings of each word as a name's first word, the safe one first; empty for non-words. */
  forms: Form[][];
  /** Index of the sentence each token belongs to. */
  sentence: Int32Array;
  /**
   * What each token is, as {@link isQuote}, {@link isParen}, {@link isStopword}, {@link isWord} and
   * {@link isPunct} tell: the finders ask at every token, and a byte is nearer than the token.
   */
  flags: Uint8Array;
  /** Per token, the facts the finders keep about its word (shared by every token of that word), or null. */
  facts: (WordFacts | null)[];
}

/**
 * Facts about a word that a finder works out once and keeps with the word's cached readings (find.ts: which
 * gazetteer lists its readings begin), for the `owner` they were worked out for (a gazetteer).
 */
export interface WordFacts {
  owner: object | null;
  any: number;
  first: number;
}

const QUOTE_FLAG = 1;
const PAREN_FLAG = 2;
const STOP_FLAG = 4;
const WORD_FLAG = 8;
const PUNCT_FLAG = 16;

const QUOTE = /^["'«»“”„‟‘’‹›]+$/;
const PAREN = /^[()[\]{}]+$/;

export function buildView(doc: Readonly<Doc>): TokenView {
  const tokens = doc.tokens;
  const key: string[] = [];
  const forms: Form[][] = [];
  const flags = new Uint8Array(tokens.length);
  const facts: (WordFacts | null)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      const w = cachedWord(t.norm, t.text);
      key.push(w.key);
      forms.push(w.forms);
      facts.push(w.facts);
      flags[i] = w.stop ? WORD_FLAG | STOP_FLAG : WORD_FLAG;
    } else if (t.kind === 'latin' || t.kind === 'number') {
      key.push(t.text);
      forms.push([{ form: t.text, stem: t.text, article: false, lead: [], offset: 0 }]);
      facts.push(null);
    } else {
      key.push(t.norm);
      forms.push([]);
      facts.push(null);
      if (t.kind === 'punct' || t.kind === 'symbol') flags[i] |= PUNCT_FLAG;
      if ((t.kind === 'punct' || t.kind === 'symbol') && QUOTE.test(t.text)) flags[i] |= QUOTE_FLAG;
      if (t.kind === 'punct' && PAREN.test(t.text)) flags[i] |= PAREN_FLAG;
    }
  }
  const sentence = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s + 1 < doc.sentences.length && doc.sentences[s]!.bodyEnd <= tokens[i]!.bodyStart) s++;
    sentence[i] = s;
  }
  return { doc, tokens, n: tokens.length, key, forms, sentence, flags, facts };
}

/**
 * Matching key and readings by surface word: news repeats its words, and a word's readings never change. The key
 * is folded from the token's normal form, which the entry remembers.
 */
const WORDS = new Map<string, { norm: string; key: string; forms: Form[]; stop: boolean; facts: WordFacts }>();

function cachedWord(norm: string, surface: string): { key: string; forms: Form[]; stop: boolean; facts: WordFacts } {
  let w = WORDS.get(surface);
  if (!w) {
    const key = fold(norm);
    const forms = readings(key, surface);
    if (WORDS.size > 200_000) WORDS.clear();
    WORDS.set(surface, (w = { norm, key, forms, stop: stopword(surface, key, forms), facts: { owner: null, any: 0, first: 0 } }));
  } else if (w.norm !== norm) {
    // the same readings (they come from the surface), so the same facts
    const key = fold(norm);
    return { key, forms: w.forms, stop: stopword(surface, key, w.forms), facts: w.facts };
  }
  return w;
}

/** Hamza-seated alefs of the surface; the article's alef is never one (ألينا، إلهام are not ال + stem). */
const HAMZA_ALEF = /[أإآ]/;

function readings(norm: string, surface: string): Form[] {
  const out: Form[] = [];
  const seen = new Set<string>();
  let map: Int32Array | null = null;
  for (const a of cliticAnalyses(norm)) {
    const article = a.prefixes.includes('ال');
    const articleLength = article ? (norm.slice(a.prefixLength - 2, a.prefixLength) === 'ال' ? 2 : 1) : 0;
    if (article && articleLength === 2) {
      map ??= normalizeView(surface).from;
      if (HAMZA_ALEF.test(surface[map[a.prefixLength - 2] ?? 0] ?? '')) {
        // not an article: read the word whole after its other proclitics
        const lead = a.prefixes.filter((p) => p !== 'ال');
        const offset = a.prefixLength - 2;
        const form = fold(norm.slice(offset));
        if (!seen.has(form)) {
          seen.add(form);
          out.push({ form, stem: form, article: false, lead, offset });
        }
        continue;
      }
    }
    const offset = a.prefixLength - articleLength;
    const form = fold((article ? 'ال' : '') + a.stem);
    if (seen.has(form)) continue;
    seen.add(form);
    out.push({ form, stem: fold(a.stem), article, lead: a.prefixes.filter((p) => p !== 'ال'), offset });
  }
  // و، ف، ب، ل before a word of two letters, which the clitic splitter keeps whole (its stems have three letters):
  // the first word of وتل أبيب، بذي قار، وجو بايدن. Read last, so a finder takes it only when a name goes on.
  if (norm.length === 3 && SHORT_PROCLITICS.includes(norm[0]!)) {
    const form = norm.slice(1);
    if (!seen.has(form)) out.push({ form, stem: form, article: false, lead: [norm[0]!], offset: 1 });
  }
  return out;
}

const SHORT_PROCLITICS = 'وفبل';

export function isQuote(v: TokenView, i: number): boolean {
  return i >= 0 && i < v.n && (v.flags[i]! & QUOTE_FLAG) !== 0;
}

export function isParen(v: TokenView, i: number): boolean {
  return i >= 0 && i < v.n && (v.flags[i]! & PAREN_FLAG) !== 0;
}

export function isWord(v: TokenView, i: number): boolean {
  return i >= 0 && i < v.n && (v.flags[i]! & WORD_FLAG) !== 0;
}

/** Punctuation or a symbol. */
export function isPunct(v: TokenView, i: number): boolean {
  return i >= 0 && i < v.n && (v.flags[i]! & PUNCT_FLAG) !== 0;
}

/** A comma, semicolon or colon (Arabic or Latin). */
export function isSeparator(v: TokenView, i: number): boolean {
  return isPunct(v, i) && /^[,;:]$/.test(v.key[i]!);
}

/** Whether two tokens are in the same sentence and nothing but white space lies between them. */
export function adjacent(v: TokenView, a: number, b: number): boolean {
  return b < v.n && v.sentence[a] === v.sentence[b];
}

/** Whether the token is written with the article (after its proclitics): العراق، والدفاع، للطرفين. */
/** Verbs that begin with the letters of the article (والتقى، التزمت): not definite nouns. */
const ARTICLE_SHAPED_VERBS = new Set(
  'التقي التقت التقيا التقتا التقوا التزم التزمت التزموا التحق التحقت التمس التمست التفت التهم التهمت'.split(' '),
);

export function isDefinite(v: TokenView, i: number): boolean {
  const f = v.forms[i]?.[0];
  return !!f && f.article && !ARTICLE_SHAPED_VERBS.has(f.form);
}

/** A function word (after its proclitics); علي written with ي is the name, not the preposition على. */
export function isStopword(v: TokenView, i: number): boolean {
  return (v.flags[i]! & STOP_FLAG) !== 0;
}

/** Whether a word (as written, its key and readings) is a function word; see {@link isStopword}. */
function stopword(text: string, k: string, forms: Form[]): boolean {
  if (k === 'علي') return !/ي[\u064B-\u0652]*$/.test(text);
  if (STOPWORDS.has(k) || k.length < 2) return true;
  // a one-letter proclitic on a function word (بأن، لأن، فإن، ولم)
  if (k.length >= 3 && 'وفبلك'.includes(k[0]!) && STOPWORDS.has(k.slice(1))) return true;
  // a function word under a proclitic (بأن، لأن، وإن، فيما): علي aside, which is also a name
  return forms.some((f) => f.stem !== 'علي' && STOPWORDS.has(f.stem));
}

/** Body offset where the name part of token `i` begins under reading `f` (after its proclitics). */
export function nameStart(v: TokenView, i: number, f: Form | undefined): number {
  const t = v.tokens[i]!;
  if (!f || f.offset === 0) return t.bodyStart;
  const nv = normalizeView(t.text);
  return t.bodyStart + (f.offset < nv.from.length ? nv.from[f.offset]! : t.text.length);
}

/** The previous token that is not a quotation mark or bracket, or -1. */
export function previousWordToken(v: TokenView, i: number): number {
  let k = i - 1;
  while (k >= 0 && (isQuote(v, k) || isParen(v, k))) k--;
  return k;
}
