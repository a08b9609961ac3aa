/**
 * Splits text into word, number and punctuation tokens. Arabic words keep their marks and tatweel (they are part
 * of the written word; normalisation removes them for matching). Numbers keep their inner separators
 * (2,500 — 15:41 — 2024/01/25 — ٢٫٥) so that later stages read them whole.
 */
import { ARABIC_LETTER, ARABIC_MARK, DIGIT, INVISIBLE, LATIN_LETTER } from './chars.js';
import type { TokenKind } from '../model/document.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const NUMBER_INNER = /[.,:/\u066B\u066C]/;

function isWordChar(ch: string): boolean {
  return ARABIC_LETTER.test(ch) || ARABIC_MARK.test(ch) || INVISIBLE.test(ch) && ch !== '\uFEFF';
}

export function tokenize(text: string, offset = 0, end = text.length): RawToken[] {
  const out: RawToken[] = [];
  let i = offset;
  while (i < end) {
    const ch = text[i]!;
    if (/\s/.test(ch) || (INVISIBLE.test(ch) && !isJoinedInvisible(text, i, end))) {
      i++;
      continue;
    }
    const start = i;
    if (ARABIC_LETTER.test(ch) || ARABIC_MARK.test(ch)) {
      while (i < end && isWordChar(text[i]!)) i++;
      // a trailing invisible mark is not part of the word
      while (i > start + 1 && INVISIBLE.test(text[i - 1]!)) i--;
      out.push({ start, end: i, kind: 'word' });
    } else if (LATIN_LETTER.test(ch)) {
      while (i < end && (LATIN_LETTER.test(text[i]!) || DIGIT.test(text[i]!) || (text[i] === "'" && LATIN_LETTER.test(text[i + 1] ?? '')))) i++;
      out.push({ start, end: i, kind: 'latin' });
    } else if (DIGIT.test(ch)) {
      while (i < end && (DIGIT.test(text[i]!) || (NUMBER_INNER.test(text[i]!) && DIGIT.test(text[i + 1] ?? '')))) i++;
      out.push({ start, end: i, kind: 'number' });
    } else {
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
  return i > 0 && i + 1 < end && ARABIC_LETTER.test(text[i - 1]!) && ARABIC_LETTER.test(text[i + 1]!);
}
