/** What every parser receives: the normalised body, and small readers of numbers and modifiers. */
import { MONTHS } from '../../../language/months.js';
import { ORDINAL_DAYS } from '../../../language/numbers.js';
import type { Candidate } from '../types.js';

export interface ParseContext {
  /** The normalised body text; candidates' ranges are in its units. */
  text: string;
  /**
   * The body as written for a range of `text`, where normalisation folded away what tells words apart (أب
   * "father" and آب "August" are one normalised word; ة and ه are one letter; marks are gone), with the marks
   * written after its last unit. Absent in tests of a parser alone.
   */
  raw?: (s: number, e: number) => string;
}

export type Parser = (ctx: ParseContext) => Candidate[];

/** A day written in digits (الـ20 keeps its article) or as an ordinal; null when out of 1–31. */
export function dayOf(s: string | undefined): number | null {
  if (!s) return null;
  const digits = s.replace(/^ال(?=\d)/, '');
  const n = /^\d+$/.test(digits) ? Number(digits) : ORDINAL_DAYS.get(s.replace(/\s+/g, ' '));
  return n !== undefined && n >= 1 && n <= 31 ? n : null;
}

export function monthOf(s: string | undefined): number | null {
  return s ? (MONTHS.get(s.replace(/\s+/g, ' ')) ?? null) : null;
}
