/**
 * The quote stage's reading of a document: its tokens with their normalised word (a leading conjunction taken
 * off when what remains is a word the stage knows), the sentence and block each belongs to, and the quotation
 * marks and brackets of every paragraph paired into groups. Everything is in body coordinates; the stage maps
 * its results to the source at the end.
 */
import type { Doc, Token } from '../../model/document.js';
import { firstIndex } from '../../model/search.js';
import { splitClitics } from '../../language/clitics.js';
import { charClass, CLASS_SPACE } from '../../language/chars.js';
import {
  ADVERBIAL_STARTS,
  ANONYMOUS_HEADS,
  ATTRIBUTION_MARKERS,
  CLAIM_NOUNS,
  CLAUSE_OPENERS,
  COMPLEMENTISERS,
  CUE_FORMS,
  DOCUMENT_HEADS,
  ORG_HEADS,
  OUTLET_HEADS,
  PLATFORM_HEADS,
  QUANTIFIERS,
  ROLE_HEADS,
  SPEECH_OBJECTS,
} from '../../language/reporting.js';

export interface W {
  /** Index in the view. */
  k: number;
  t: Token;
  /** Normalised form as written. */
  norm: string;
  /** A conjunction written on the word (و، ف) when it was taken off. */
  conj: string;
  /** The word without that conjunction. */
  core: string;
  /** The word without conjunction and definite article: the form the lexicons hold. */
  bare: string;
  /** Whether the word carries the definite article. */
  al: boolean;
  word: boolean;
  /** The punctuation character, for punctuation tokens. */
  mark: string;
  sent: number;
  block: number;
  /** What the stage reads of the written word, shared by every token of it (words only). */
  info?: WordInfo | null;
}

/**
 * What the stage reads of a written word with a given normal form: its analysis, and, filled in when first
 * asked, its reporting-verb reading (find.ts) and whether it may end an agency's name (index.ts). One look-up
 * per token gives them all; callers read them and never change them.
 */
export interface WordInfo {
  norm: string;
  a: Analysis;
  /** The word's cue (a `Cue` of find.ts, or null); undefined until asked. */
  cue: unknown;
  /** Whether the word, or it without a leading ل/و, may end an agency's name: -1 until asked, else 0 or 1. */
  wire: number;
}

/** A pair of quotation marks or brackets, as token indices of the opening and the closing mark. */
export interface Group {
  open: number;
  close: number;
  kind: 'quote' | 'paren';
  /** Words between the marks. */
  words: number;
}

export interface View {
  doc: Readonly<Doc>;
  text: string;
  ws: W[];
  groups: Group[];
  openAt: Map<number, Group>;
  closeAt: Map<number, Group>;
  /** First and last token index of each sentence. */
  sentences: Array<{ first: number; last: number }>;
}

const KNOWN = new Set<string>([
  ...CUE_FORMS.keys(),
  ...COMPLEMENTISERS,
  ...ATTRIBUTION_MARKERS,
  ...ANONYMOUS_HEADS,
  ...ROLE_HEADS,
  ...ORG_HEADS,
  ...DOCUMENT_HEADS,
  ...OUTLET_HEADS,
  ...PLATFORM_HEADS,
  ...QUANTIFIERS,
  ...CLAIM_NOUNS,
  ...CLAUSE_OPENERS,
  ...ADVERBIAL_STARTS,
  ...SPEECH_OBJECTS,
  'ان',
  'ما',
  'لما',
]);

/**
 * The article is written with a bare alef: a word that begins with أل/إل (ألينا، إلى) has none, though the
 * normalised forms look alike. `surface` is the word as written, marks removed.
 */
function analyse(norm: string, surface: string): { conj: string; core: string; bare: string; al: boolean } {
  let conj = '';
  let core = norm;
  if ((norm[0] === 'و' || norm[0] === 'ف') && norm.length >= 3) {
    const rest = norm.slice(1);
    const split = splitClitics(norm);
    if (split.prefixes[0] === norm[0] || KNOWN.has(rest) || KNOWN.has(stripArticle(rest).bare)) {
      conj = norm[0]!;
      core = rest;
    }
  }
  const written = conj ? surface.slice(1) : surface;
  if (!/^(ال|بال|كال|لل)/.test(written)) return { conj, core, bare: core, al: false };
  const { bare, al } = stripArticle(core);
  return { conj, core, bare, al };
}

function stripArticle(w: string): { bare: string; al: boolean } {
  if (w.startsWith('ال') && w.length >= 4) return { bare: w.slice(2), al: true };
  if ((w.startsWith('بال') || w.startsWith('كال')) && w.length >= 5) return { bare: w.slice(3), al: true };
  if (w.startsWith('لل') && w.length >= 4) return { bare: w.slice(2), al: true };
  return { bare: w, al: false };
}

const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u200B-\u200F]/g;
const OPENERS = '«“„‹';
const QUOTE_CHARS = '«»“”„‹›"';

type Analysis = { conj: string; core: string; bare: string; al: boolean };

/**
 * What the stage reads of a word, by written word, with the normalised form it was made from: news repeats its
 * words, and a word's analysis never changes (W copies it).
 */
const INFOS = new Map<string, WordInfo>();

function infoOf(norm: string, text: string): WordInfo {
  const hit = INFOS.get(text);
  if (hit && hit.norm === norm) return hit;
  const info: WordInfo = { norm, a: analyse(norm, text.replace(MARKS, '')), cue: undefined, wire: -1 };
  if (INFOS.size > 200_000) INFOS.clear();
  INFOS.set(text, info);
  return info;
}

export function buildView(doc: Readonly<Doc>): View {
  const text = doc.body.text;
  // in text order; the stages that made them keep that order, so a copy and a sort are rarely needed
  const tokens = inOrder(doc.tokens, (t) => t.bodyStart);
  const sentences = inOrder(doc.sentences, (t) => t.bodyStart);
  const blocks = inOrder(doc.blocks, (b) => b.start);
  const ws: W[] = [];
  let s = 0;
  let b = 0;
  for (const t of tokens) {
    while (s < sentences.length - 1 && sentences[s]!.bodyEnd <= t.bodyStart) s++;
    while (b < blocks.length - 1 && blocks[b]!.end <= t.bodyStart) b++;
    const word = t.kind === 'word' || t.kind === 'latin';
    const info = word ? infoOf(t.norm, t.text) : null;
    const a = info ? info.a : null;
    ws.push({
      k: ws.length,
      t,
      norm: t.norm,
      conj: a ? a.conj : '',
      core: a ? a.core : t.norm,
      bare: a ? a.bare : t.norm,
      al: a ? a.al : false,
      word,
      mark: word ? '' : t.text,
      sent: s,
      block: b,
      info,
    });
  }
  // sentence ranges in token indices; a token that falls outside every sentence keeps the nearest one's number
  const sent: Array<{ first: number; last: number }> = [];
  for (const w of ws) {
    const r = sent[w.sent];
    if (!r) sent[w.sent] = { first: w.k, last: w.k };
    else r.last = w.k;
  }
  for (let i = 0; i < sent.length; i++) if (!sent[i]) sent[i] = { first: 0, last: -1 };
  markAbbreviationDots(ws, sent);
  const groups = pairMarks(text, ws);
  const openAt = new Map<number, Group>();
  const closeAt = new Map<number, Group>();
  for (const g of groups) {
    openAt.set(g.open, g);
    closeAt.set(g.close, g);
  }
  return { doc, text, ws, groups, openAt, closeAt, sentences: sent };
}

/**
 * The dot of an abbreviation inside a sentence (قال الخبير د. فلان، م. فلان، أ. د. فلان) ends nothing: the sentence
 * splitter already reads it so, and here it must not stop a speaker's phrase or a clause either. It is a dot glued
 * to a word of one or two letters that is not its sentence's last token; its mark is cleared, so it is a token
 * between words like any other non-word.
 */
function markAbbreviationDots(ws: W[], sent: ReadonlyArray<{ first: number; last: number }>): void {
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k]!;
    if (w.mark !== '.' || sent[w.sent]!.last === k) continue;
    const prev = ws[k - 1]!;
    if (prev.word && prev.t.text.length <= 2 && prev.t.bodyEnd === w.t.bodyStart) w.mark = '';
  }
}

/** The items sorted by `at` (a stable sort, as Array.prototype.sort is): the list itself when already sorted. */
function inOrder<T>(items: readonly T[], at: (x: T) => number): readonly T[] {
  for (let i = 1; i < items.length; i++) if (at(items[i - 1]!) > at(items[i]!)) return [...items].sort((a, b) => at(a) - at(b));
  return items;
}

/** Pairs quotation marks and brackets within each paragraph; marks that find no partner are left alone. */
function pairMarks(text: string, ws: W[]): Group[] {
  const out: Group[] = [];
  // the open marks of the paragraph, innermost last: token index and mark
  const stack: Array<{ k: number; ch: string }> = [];
  let block = -1;
  /** Closes the innermost open mark among `openers` with the mark at `k`; false when none is open. */
  const closeTo = (k: number, openers: string, kind: Group['kind']): boolean => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (!openers.includes(stack[i]!.ch)) continue;
      const open = stack[i]!.k;
      stack.length = i;
      let words = 0;
      for (let j = open + 1; j < k; j++) if (ws[j]!.word || ws[j]!.t.kind === 'number') words++;
      out.push({ open, close: k, kind, words });
      return true;
    }
    return false;
  };
  for (const w of ws) {
    if (w.block !== block) {
      stack.length = 0;
      block = w.block;
    }
    if (w.word || w.t.kind === 'number') continue;
    const ch = w.t.text;
    const isBracket = ch === '(' || ch === '[' || ch === ')' || ch === ']';
    if (!isBracket && !QUOTE_CHARS.includes(ch)) continue;
    const before = text.charCodeAt(w.t.bodyStart - 1);
    const after = text.charCodeAt(w.t.bodyEnd);
    const looksClosing = !isSpaceCode(before) && (isSpaceCode(after) || isPunctCode(after));
    const looksOpening = !isSpaceCode(after) && !isPunctCode(after);
    if (ch === '(' || ch === '[') stack.push({ k: w.k, ch });
    else if (ch === ')') closeTo(w.k, '(', 'paren');
    else if (ch === ']') closeTo(w.k, '[', 'paren');
    else if (ch === '»') closeTo(w.k, '«', 'quote');
    else if (ch === '›') closeTo(w.k, '‹', 'quote');
    else if (ch === '”') {
      if (!closeTo(w.k, '“”"„', 'quote') && looksOpening) stack.push({ k: w.k, ch });
    } else if (ch === '"') {
      const open = hasOpen(stack, '"“”');
      if (open && !(looksOpening && !looksClosing && isSpaceCode(before))) closeTo(w.k, '"“”', 'quote');
      else stack.push({ k: w.k, ch });
    } else if (ch === '“' && looksClosing && hasOpen(stack, '“„')) {
      closeTo(w.k, '“„', 'quote');
    } else if (OPENERS.includes(ch)) stack.push({ k: w.k, ch });
  }
  return out.sort((a, b) => a.open - b.open);
}

function hasOpen(stack: ReadonlyArray<{ ch: string }>, marks: string): boolean {
  for (let i = 0; i < stack.length; i++) if (marks.includes(stack[i]!.ch)) return true;
  return false;
}

/** White space, or outside the text (NaN from charCodeAt), as `isSpace` of a character. */
function isSpaceCode(code: number): boolean {
  return code !== code || (charClass(code) & CLASS_SPACE) !== 0;
}

/** Whether a unit is punctuation (`\p{P}`): 0 not yet known, 1 no, 2 yes. */
const PUNCT_UNIT = new Uint8Array(0x10000);

function isPunctCode(code: number): boolean {
  if (code !== code) return false;
  let r = PUNCT_UNIT[code]!;
  if (r === 0) PUNCT_UNIT[code] = r = /[\p{P}]/u.test(String.fromCharCode(code)) ? 2 : 1;
  return r === 2;
}

/** The innermost quotation that holds token `k` strictly inside its marks. */
export function enclosingQuote(view: View, k: number): Group | null {
  let best: Group | null = null;
  for (const g of view.groups) {
    if (g.kind !== 'quote' || g.open >= k || g.close <= k) continue;
    if (!best || g.open > best.open) best = g;
  }
  return best;
}

/** Whether an opening mark is glued to a preposition or conjunction (لـ"…"، بـ”…”، و«…») or follows one. */
export function attachedOpener(view: View, k: number): boolean {
  const w = view.ws[k]!;
  const before = view.text[w.t.bodyStart - 1];
  if (before !== undefined && !/[\s(:،,؛;]/.test(before)) return true;
  const prev = view.ws[k - 1];
  return !!prev && prev.word && /^(ل|ب|في|من|علي|عن|الي|مع|ك|و)$/.test(prev.norm);
}

/**
 * The index of the first token whose body start is at or after `at` (the view's tokens are in body order):
 * where a span's tokens begin, found without walking the document.
 */
export function firstTokenFrom(view: View, at: number): number {
  return firstIndex(view.ws.length, (x) => view.ws[x]!.t.bodyStart >= at);
}

export function bodyText(view: View, from: number, to: number): string {
  if (to <= from) return '';
  return view.text.slice(view.ws[from]!.t.bodyStart, view.ws[to - 1]!.t.bodyEnd);
}

export const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
export const SEGMENT_BREAK = new Set(['،', ',', '؛', ';', ':', '-', '–', '—']);
