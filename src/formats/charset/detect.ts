import chardet from 'chardet';
import iconv from 'iconv-lite';
import { canonicalEncoding, isSingleByte } from './labels.js';

/** Enough text for chardet's n-gram statistics; scanning a whole large page adds time, not certainty. */
const SAMPLE = 64 * 1024;

/** Share of non-ASCII letters that must be Arabic before we believe an Arabic guess. */
const MIN_ARABIC_RATIO = 0.8;

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * Of the non-ASCII letters (and U+FFFD) in `text`, the share that are Arabic. ASCII is left out because every
 * candidate encoding decodes it alike, and markup would otherwise drown the signal.
 */
export function arabicRatio(text: string): number {
  let arabic = 0;
  let other = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (ARABIC.test(ch)) arabic++;
    else if (ch === '\ufffd' || LETTER_OR_MARK.test(ch)) other++;
  }
  return arabic + other === 0 ? 0 : arabic / (arabic + other);
}

export interface Guess {
  encoding: string;
  /** chardet's confidence, 0–100. */
  confidence: number;
}

function sample(bytes: Uint8Array): Uint8Array {
  return bytes.length > SAMPLE ? bytes.subarray(0, SAMPLE) : bytes;
}

function analyse(bytes: Uint8Array): Guess[] {
  const guesses: Guess[] = [];
  for (const m of chardet.analyse(sample(bytes))) {
    const encoding = canonicalEncoding(m.name);
    if (encoding && m.confidence > 0) guesses.push({ encoding, confidence: m.confidence });
  }
  return guesses;
}

/**
 * windows-1256 or iso-8859-6 when chardet names one of them and decoding with it gives mostly Arabic letters.
 * The two share most letter bytes, so the ratio rarely separates them; chardet's n-grams decide between them.
 */
export function guessArabic(bytes: Uint8Array): Guess | null {
  const candidates = analyse(bytes)
    .filter((g) => g.encoding === 'windows-1256' || g.encoding === 'iso-8859-6')
    .sort((a, b) => b.confidence - a.confidence);
  for (const guess of candidates) {
    if (arabicRatio(iconv.decode(sample(bytes), guess.encoding)) >= MIN_ARABIC_RATIO) return guess;
  }
  return null;
}

/**
 * chardet's best guess when it is a single-byte encoding, for undeclared input that is neither UTF-8 nor Arabic.
 * When chardet itself ranks UTF-8 (or a multi-byte charset) first we take no guess: damaged UTF-8 is likelier.
 */
export function guessSingleByte(bytes: Uint8Array): Guess | null {
  const best = analyse(bytes)[0];
  return best && isSingleByte(best.encoding) ? best : null;
}
