/**
 * The citable units of a story: the sentences of its articles' running text, cut into comma-delimited segments,
 * with each word's matching term. Headlines, photo captions and crossheads are left out: a brief cites what an
 * article reports, never the page furniture around it (a caption can say "in Washington last August" of a photo
 * from an earlier visit).
 */
import type { Doc, Token } from '../../model/document.js';
import { STOPWORDS } from '../../language/stopwords.js';

export interface Unit {
  doc: Doc;
  /** Index of the document in the story. */
  docIndex: number;
  /** Order of the sentence among the document's units, and how many it has (the inverted pyramid: early counts). */
  index: number;
  count: number;
  tokens: Token[];
  /** Token index ranges `[a, b)` between clause punctuation (، ؛ : and spaced dashes). */
  segments: Array<[number, number]>;
  /** The matching term of each token ('' for function words and punctuation). */
  terms: string[];
  /** Distinct terms of the sentence, and pairs of adjacent ones. */
  termSet: Set<string>;
}

/** Fewer words than this is a label or a lead-in ("أدناه نص البيان:"), not a report. */
const MIN_WORDS = 5;
const SEGMENT_BREAKS = new Set([',', ';', ':', '-', '،', '؛']);

function inTextBlock(doc: Doc, bodyStart: number, bodyEnd: number): boolean {
  return doc.blocks.some((b) => b.role === 'text' && b.start <= bodyStart && bodyEnd <= b.end);
}

/** The sentences of running text of each document, with their tokens and segments (terms filled by {@link assignTerms}). */
export function unitsOf(docs: readonly Doc[]): Unit[] {
  const out: Unit[] = [];
  docs.forEach((doc, docIndex) => {
    const mine: Unit[] = [];
    let t = 0;
    for (const s of doc.sentences) {
      while (t < doc.tokens.length && doc.tokens[t]!.bodyStart < s.bodyStart) t++;
      const tokens: Token[] = [];
      for (let k = t; k < doc.tokens.length && doc.tokens[k]!.bodyEnd <= s.bodyEnd; k++) tokens.push(doc.tokens[k]!);
      if (!inTextBlock(doc, s.bodyStart, s.bodyEnd)) continue;
      if (tokens.filter((x) => x.kind === 'word' || x.kind === 'latin').length < MIN_WORDS) continue;
      mine.push({ doc, docIndex, index: 0, count: 0, tokens, segments: segmentsOf(doc, tokens), terms: [], termSet: new Set() });
    }
    mine.forEach((u, i) => {
      u.index = i;
      u.count = mine.length;
    });
    out.push(...mine);
  });
  assignTerms(out);
  return out;
}

function segmentsOf(doc: Doc, tokens: Token[]): Array<[number, number]> {
  const segs: Array<[number, number]> = [];
  let from = 0;
  tokens.forEach((tok, i) => {
    if (tok.kind !== 'punct' || !SEGMENT_BREAKS.has(tok.norm)) return;
    // a hyphen inside a word group (العراقي-الأميركي) joins; only a dash with space around it sets off an aside
    if (tok.norm === '-' && !(/\s/.test(doc.body.text[tok.bodyStart - 1] ?? '') && /\s/.test(doc.body.text[tok.bodyEnd] ?? ''))) return;
    if (i > from) segs.push([from, i]);
    from = i + 1;
  });
  if (tokens.length > from) segs.push([from, tokens.length]);
  return segs;
}

/** Nouns that begin with و or ف as a root letter (normalised): a leading و there is not a conjunction. */
export const ROOT_WAW: ReadonlySet<string> = new Set(
  'وزير وزيره وزاره وزراء وفد وفود وكاله وكالات وقت وضع واقع وسط ولايه ولايات وحده وحدات وثيقه وجود وصول وعد وعود وقف ولي واشنطن وادي وطن وطني وطنيه وفاه وفق وفقا فريق فصاءل فصيل فرنسا فلسطين فتره فكره فرص فرصه فوز فيلم'.split(' '),
);

/** A normalised word that is و or ف joined to a word of three letters or more (and not a root letter). */
export function conjoined(w: string): boolean {
  return (w[0] === 'و' || w[0] === 'ف') && w.length >= 4 && !w.startsWith('ال', 1) && !ROOT_WAW.has(w) && !/^(وا|فا)ل/.test(w);
}

/** Whether a token is a word that can carry content. */
export function isWord(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'latin';
}

/**
 * Gives each token its matching term: the stem without the article, and without a bare conjunction or
 * preposition (وشنت → شنت، بواشنطن → واشنطن) when the story itself uses the word without it, which tells the
 * clitic from a root letter (وزير stays). Numbers of two digits or more are terms too: a year or a toll is often
 * the most distinctive word two reports share.
 */
function assignTerms(units: Unit[]): void {
  const vocab = storyVocabulary(units);
  // a story's articles repeat the same words: each written form is given its term once, and each pair of
  // adjacent terms is one string, however many sentences hold it
  const terms = new TermNamer(vocab);
  for (const u of units) terms.assign(u);
}

/** The stems of the story's words, and each with a joined و or ف taken off. */
function storyVocabulary(units: readonly Unit[]): Set<string> {
  // two loops, two functions: the optimised code of a hot loop must not run on into code the run has not met
  // yet (it would bail out there on every story)
  return withBareForms(stemsOf(units));
}

function stemsOf(units: readonly Unit[]): Set<string> {
  const vocab = new Set<string>();
  for (const u of units) for (const t of u.tokens) if (isWord(t)) vocab.add(t.stem);
  return vocab;
}

/**
 * A joined و or ف is the conjunction far more often than a root letter (those are listed): the bare word is part
 * of the story's vocabulary even where it never stands alone.
 */
function withBareForms(vocab: Set<string>): Set<string> {
  const bare: string[] = [];
  for (const w of vocab) if (conjoined(w)) bare.push(w.slice(1));
  for (const w of bare) vocab.add(w);
  return vocab;
}

/** Terms of a story's words, each stem's worked out once, and the strings of adjacent pairs made once. */
class TermNamer {
  private readonly termOf = new Map<string, string>();
  private readonly pairs = new Map<string, Map<string, string>>();
  constructor(private readonly vocab: ReadonlySet<string>) {}

  private strip(stem: string): string {
    const vocab = this.vocab;
    let s = conjoined(stem) ? stem.slice(1) : stem;
    for (let k = 0; k < 2 && s.length > 3 && 'وفبلك'.includes(s[0]!); k++) {
      let rest = s.slice(1);
      if (rest.startsWith('ال') && rest.length > 4) rest = rest.slice(2);
      if (!vocab.has(rest)) break;
      s = rest;
    }
    // the alef of the indefinite accusative (اتفاقاً) and the dual/plural endings of one word (حكومتان/حكومتين)
    if (s.length > 4 && s.endsWith('ا') && vocab.has(s.slice(0, -1))) s = s.slice(0, -1);
    // a nisba adjective and its noun (أردني/الأردن) tell the same place or body
    if (s.length > 4 && s.endsWith('ي') && vocab.has(s.slice(0, -1))) s = s.slice(0, -1);
    if (s.length > 5 && /(ان|ين)$/.test(s) && vocab.has(s.slice(0, -2) + 'ه')) s = s.slice(0, -2) + 'ه';
    return s;
  }

  private termOfToken(t: Token): string {
    if (t.kind === 'number') return /^\d{2,}$/.test(t.norm) ? t.norm : '';
    if (!isWord(t) || STOPWORDS.has(t.norm)) return '';
    let term = this.termOf.get(t.stem);
    if (term === undefined) {
      const s = STOPWORDS.has(t.stem) ? '' : this.strip(t.stem);
      term = s.length < 3 || STOPWORDS.has(s) ? '' : s;
      this.termOf.set(t.stem, term);
    }
    return term;
  }

  private pairOf(a: string, b: string): string {
    let row = this.pairs.get(a);
    if (!row) this.pairs.set(a, (row = new Map()));
    let pair = row.get(b);
    if (pair === undefined) row.set(b, (pair = `${a} ${b}`));
    return pair;
  }

  assign(u: Unit): void {
    const terms = new Array<string>(u.tokens.length);
    const termSet = new Set<string>();
    for (let k = 0; k < u.tokens.length; k++) {
      const term = this.termOfToken(u.tokens[k]!);
      terms[k] = term;
      if (term) termSet.add(term);
    }
    u.terms = terms;
    u.termSet = termSet;
    // adjacent content words as a pair too: two reports of one happening share phrases (الحوار الأمني المشترك),
    // two sentences that merely share vocabulary mostly do not
    let prev = '';
    for (let k = 0; k < u.tokens.length; k++) {
      const term = terms[k]!;
      if (term && prev) termSet.add(this.pairOf(prev, term));
      if (term) prev = term;
      else if (u.tokens[k]!.kind === 'punct') prev = '';
    }
  }
}
