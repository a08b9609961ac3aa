import type { Span } from './document.js';

/**
 * A problem found in the input or while analysing it. Problems are data: they travel with the document or
 * source they concern, so one bad file never costs the rest of the batch.
 */
export interface Message {
  /** Stable machine code, e.g. `input/empty`, `input/binary`, `decode/invalid-utf8`. */
  code: string;
  /** One sentence a person can act on. */
  reason: string;
  severity: 'error' | 'warning' | 'info';
  /** The input it concerns (path, URL or `stdin`). */
  origin?: string;
  /** Where in the decoded source, when it has a place; for undecodable bytes, a byte range. */
  span?: Span;
  /** The stage or input layer that raised it. */
  by?: string;
}

export function message(
  code: string,
  reason: string,
  extra: Partial<Omit<Message, 'code' | 'reason'>> = {},
): Message {
  return { code, reason, severity: extra.severity ?? 'warning', ...extra };
}
