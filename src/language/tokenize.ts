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

const NUMBER_INNER = /[.,:/\u066B\u066C]/;

/** The classes of unit `i` of `text` (0 past its end), from the table of chars.ts. */
function classAt(text: string, i: number): number {
  return i < text.length ? charClass(text.charCodeAt(i)) : 0;
}

function isWordChar(text: string, i: number): boolean {
  const c = classAt(text, i);
  return (c & (LETTER | MARK)) !== 0 || ((c & INVISIBLE) !== 0 && text.charCodeAt(i) !== 0xfeff);
}

export function tokenize(text: string, offset = 0, end = text.length): RawToken[] {
  const out: RawToken[] = [];
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
      out.push({ start, end: i, kind: 'word' });
    } else if ((c & LATIN) !== 0) {
      while (i < end && ((classAt(text, i) & (LATIN | DIGIT)) !== 0 || (text[i] === "'" && (classAt(text, i + 1) & LATIN) !== 0))) i++;
      out.push({ start, end: i, kind: 'latin' });
    } else if ((c & DIGIT) !== 0) {
      while (i < end && ((classAt(text, i) & DIGIT) !== 0 || (NUMBER_INNER.test(text[i]!) && (classAt(text, i + 1) & DIGIT) !== 0))) i++;
      out.push({ start, end: i, kind: 'number' });
    } else {
      const ch = text[i]!;
      i++;
      // surrogate pairs (emoji) stay whole; a lone high surrogate (broken decoding) is one unit, never the
      // high half of whatever follows it (a line break, a letter)
      if (/[\uD800-\uDBFF]/.test(ch) && i < end && /[\uDC00-\uDFFF]/.test(text[i]!)) i++;
      out.push({ start, end: i, kind: /[\p{P}]/u.test(ch) ? 'punct' : 'symbol' });
    }
  }
  return out;
}

/** A zero-width joiner between two letters belongs to the word; anywhere else it is skipped. */
function isJoinedInvisible(text: string, i: number, end: number): boolean {
  return i > 0 && i + 1 < end && (classAt(text, i - 1) & LETTER) !== 0 && (classAt(text, i + 1) & LETTER) !== 0;
}
