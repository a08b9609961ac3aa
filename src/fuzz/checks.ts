/**
 * The invariants every fuzz suite asserts: a span is a pair of integers inside its text, in order, and the words
 * an item claims are exactly the source units its span covers. Failures name what was checked, so that the
 * counterexample fast-check prints can be read without a debugger.
 */
import assert from 'node:assert/strict';
import type { Source } from '../model/document.js';

/** The contract's time value forms: an ISO prefix, a week, a season, or a range `a/b` of those. */
const ONE_VALUE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}|\d{4}-(?:SP|SU|FA|WI)`;
export const TIME_VALUE = new RegExp(`^(?:${ONE_VALUE})(?:/(?:${ONE_VALUE}))?$`);

/** Whether `value` is null or a well-formed contract time value with real months, days and weeks. */
export function assertTimeValue(value: unknown, what: string): void {
  if (value === null) return;
  assert.equal(typeof value, 'string', `${what}: value ${String(value)} is not a string`);
  const v = value as string;
  assert.match(v, TIME_VALUE, `${what}: value ${v} is not of a contract form`);
  for (const part of v.split('/')) {
    const week = /-W(\d{2})$/.exec(part);
    if (week) assert.ok(+week[1]! >= 1 && +week[1]! <= 53, `${what}: week of ${v}`);
    const date = /^\d{4}-(\d{2})(?:-(\d{2}))?$/.exec(part);
    if (date) {
      assert.ok(+date[1]! >= 1 && +date[1]! <= 12, `${what}: month of ${v}`);
      if (date[2] !== undefined) {
        // a day the calendar has: no 31 June, no 29 February outside leap years
        const day = new Date(Date.UTC(+part.slice(0, 4), +date[1]! - 1, +date[2]));
        assert.equal(day.getUTCDate(), +date[2], `${what}: ${part} of ${v} is no day of the calendar`);
      }
    }
  }
}

/** `[start, end)` is a range of integers inside a text of `length` units. */
export function assertRange(start: unknown, end: unknown, length: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: [${String(start)}, ${String(end)}) is not a pair of integers`);
  const s = start as number;
  const e = end as number;
  assert.ok(0 <= s && s <= e && e <= length, `${what}: [${s}, ${e}) lies outside a text of ${length}`);
}

/** The span lies in `text` and, when the item carries its words, they are exactly `text.slice(start, end)`. */
export function assertSlice(text: string, item: { start: unknown; end: unknown; text?: unknown }, what: string): void {
  assertRange(item.start, item.end, text.length, what);
  if (typeof item.text === 'string') {
    assert.equal(item.text, text.slice(item.start as number, item.end as number), `${what}: its text is not the slice of its span`);
  }
}

/** A plain-text source as the readers make one. */
export function textSource(text: string, id = 'fuzz'): Source {
  return { id, origin: `${id}.txt`, text, format: 'text', declared: {}, messages: [] };
}
