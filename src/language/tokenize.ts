/**
 * Splits text into word, number and punctuation tokens. Arabic words keep their marks and tatweel (they are part
 * of the written word; normalisation removes them for matching). Numbers keep their inner separators
 * (2,500 — 15:41 — 2024/01/25 — ٢٫٥) so that later stages read them whole.
 */
import {
  charClass,
  CLASS_ARABIC_LETTER as LETTER,
  CLASS_ARABIC_MARK as MARK,
  CLASS_DIGIT as DIGIT,
  CLASS_INVISIBLE as INVISIBLE,
  CLASS_LATIN_LETTER as LATIN,
  CLASS_SPACE as SPACE,
} from './chars.js';
import type { TokenKind } from '../model/document.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

/** The separators a number keeps inside it when a digit follows: . , : / and the Arabic decimal and thousands marks. */
function isNumberInner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f || code === 0x066b || code === 0x066c;
}

/** The classes of unit `i` of `text` (0 past its end), from the table of chars.ts. */
function classAt(text: string, i: number): number {
  return i < text.length ? charClass(text.charCodeAt(i)) : 0;
}

function isWordChar(text: string, i: number): boolean {
  const c = classAt(text, i);
  return (c & (LETTER | MARK)) !== 0 || ((c & INVISIBLE) !== 0 && text.charCodeAt(i) !== 0xfeff);
}

/** Whether a UTF-16 unit, taken alone, is punctuation (`\p{P}`): 0 not yet known, 1 no, 2 yes. */
const PUNCT_UNIT = new Uint8Array(0x10000);

function isPunctUnit(code: number): boolean {
  let r = PUNCT_UNIT[code]!;
  if (r === 0) PUNCT_UNIT[code] = r = /[\p{P}]/u.test(String.fromCharCode(code)) ? 2 : 1;
  return r === 2;
}

export const KIND_WORD = 0;
export const KIND_LATIN = 1;
export const KIND_NUMBER = 2;
export const KIND_PUNCT = 3;
export const KIND_SYMBOL = 4;
/** The token kinds by the codes {@link scanTokens} reports. */
export const KINDS: readonly TokenKind[] = ['word', 'latin', 'number', 'punct', 'symbol'];

/**
 * The tokens of `text[offset, end)` as `visit(start, end, kindCode)` calls, in text order: what {@link tokenize}
 * returns, for a caller that builds its own objects and has no use for an intermediate list.
 */
export function scanTokens(text: string, offset: number, end: number, visit: (start: number, end: number, kind: number) => void): void {
  let i = offset;
  while (i < end) {
    const c = classAt(text, i);
    if ((c & SPACE) !== 0 || ((c & INVISIBLE) !== 0 && !isJoinedInvisible(text, i, end))) {
      i++;
      continue;
    }
    const start = i;
    if ((c & (LETTER | MARK)) !== 0) {
      while (i < end && isWordChar(text, i)) i++;
      // a trailing invisible mark is not part of the word
      while (i > start + 1 && (classAt(text, i - 1) & INVISIBLE) !== 0) i--;
      visit(start, i, KIND_WORD);
    } else if ((c & LATIN) !== 0) {
      while (i < end && ((classAt(text, i) & (LATIN | DIGIT)) !== 0 || (text.charCodeAt(i) === 0x27 && (classAt(text, i + 1) & LATIN) !== 0))) i++;
      visit(start, i, KIND_LATIN);
    } else if ((c & DIGIT) !== 0) {
      while (i < end && ((classAt(text, i) & DIGIT) !== 0 || (isNumberInner(text.charCodeAt(i)) && (classAt(text, i + 1) & DIGIT) !== 0))) i++;
      visit(start, i, KIND_NUMBER);
    } else {
      const code = text.charCodeAt(i);
      i++;
      // surrogate pairs (emoji) stay whole; a lone high surrogate (broken decoding) is one unit, never the
      // high half of whatever follows it (a line break, a letter)
      if (code >= 0xd800 && code <= 0xdbff && i < end && isLowSurrogate(text.charCodeAt(i))) i++;
      visit(start, i, isPunctUnit(code) ? KIND_PUNCT : KIND_SYMBOL);
    }
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function tokenize(text: string, offset = 0, end = text.length): RawToken[] {
  const out: RawToken[] = [];
  scanTokens(text, offset, end, (start, stop, kind) => out.push({ start, end: stop, kind: KINDS[kind]! }));
  return out;
}

/** A zero-width joiner between two letters belongs to the word; anywhere else it is skipped. */
function isJoinedInvisible(text: string, i: number, end: number): boolean {
  return i > 0 && i + 1 < end && (classAt(text, i - 1) & LETTER) !== 0 && (classAt(text, i + 1) & LETTER) !== 0;
}
