/**
 * Sentence boundaries in a paragraph of Arabic news text. A sentence ends at . ! ? ؟ … (with any closing quotes
 * or brackets that follow), but not inside a quotation that closes later in the paragraph (a statement of several
 * sentences quoted in «…» or “…” stays one unit for the quote stage), not in a number (2.5) and not after an
 * abbreviation of one or two letters (سي. إن. إن، د. ، U.S.) that is not a short word (به، هو). The comma ، and
 * the semicolon ؛ never end one.
 */
import { ARABIC_LETTER, LATIN_LETTER } from './chars.js';

const ENDS = new Set(['.', '!', '?', '؟', '…', '۔']);
const CLOSERS = new Set(['»', '”', '"', "'", ')', ']', '’', '›']);
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '”', '‹': '›' };

/** Codes of every unit quotedRanges acts on: the openers and closers of PAIRS and the straight quote. */
const MARK_CODES = new Set([...Object.keys(PAIRS), ...Object.values(PAIRS), '"'].map((c) => c.charCodeAt(0)));
const END_CODES = new Set([...ENDS].map((c) => c.charCodeAt(0)));

/** Ranges `[start, end)` of matched quotations in `text[from, to)`; unmatched marks are ignored. */
function quotedRanges(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: Array<{ close: string; at: number }> = [];
  let straightOpen = -1;
  for (let i = from; i < to; i++) {
    // only quotation marks matter: other units are passed over without making a string of them
    if (!MARK_CODES.has(text.charCodeAt(i))) continue;
    const ch = text[i]!;
    if (PAIRS[ch]) stack.push({ close: PAIRS[ch]!, at: i });
    else if (stack.length && ch === stack[stack.length - 1]!.close) {
      const open = stack.pop()!;
      if (!stack.length) out.push([open.at, i + 1]);
    } else if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (!stack.length) out.push([straightOpen, i + 1]);
        straightOpen = -1;
      }
    }
  }
  return out;
}

/**
 * Words of two letters that end sentences (… تلتزم به. وقال …، … كما هو.): never an abbreviation. إن stays out, as
 * in سي. إن. إن.
 */
const SHORT_WORDS = new Set(['به', 'له', 'لي', 'بي', 'هو', 'هي', 'هم', 'هن', 'لا', 'ما', 'من', 'عن', 'في', 'ذا', 'لك', 'بك', 'كل', 'قد', 'لم', 'لن']);

function isAbbreviation(text: string, dot: number, from: number): boolean {
  let s = dot;
  while (s > from && (ARABIC_LETTER.test(text[s - 1]!) || LATIN_LETTER.test(text[s - 1]!))) s--;
  const len = dot - s;
  if (len === 0 || len > 2 || SHORT_WORDS.has(text.slice(s, dot))) return false;
  // a short word at a sentence's end is still a word: an abbreviation is followed by more text on the same line
  const next = text.slice(dot + 1, dot + 4);
  return /^\s?\S/.test(next) && (s === from || /[\s(«“"]/.test(text[s - 1]!));
}

export function splitSentences(text: string, from = 0, to = text.length): Array<[number, number]> {
  const quoted = quotedRanges(text, from, to);
  const inQuote = (i: number) => quoted.some(([a, b]) => a < i && i < b - 1);
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (!END_CODES.has(text.charCodeAt(i))) continue;
    const ch = text[i]!;
    if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (ch === '.' && isAbbreviation(text, i, from)) continue;
    let end = i + 1;
    while (end < to && (ENDS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    // inside a quotation unless the mark is the quotation's own last word (“… الأمر.” ends the sentence too)
    if (inQuote(end - 1)) continue;
    // "..." followed by a lower-case continuation on the same line is an ellipsis, not an end
    if (end < to && !/\s/.test(text[end]!)) continue;
    pushTrimmed(text, start, end, out);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, to, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}
