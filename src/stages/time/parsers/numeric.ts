/**
 * Dates in figures: 2024/01/25، 25/1/2024، ٢٥/١/٢٠٢٤، 25-01-2024، 25.01.2024. The year has four digits (a
 * two-digit year is as often a score or a ratio); the order is read from which end holds it, and a middle field
 * over 12 (1/25/2024) is read as the American month-first order.
 */
import { isValidDate } from '../calendar.js';
import { matches, rx } from '../patterns.js';
import type { Candidate } from '../types.js';
import type { ParseContext } from './context.js';

const NUMERIC = rx('(?<![\\d/.:-])(?<t>(?<a>\\d{1,4})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{1,4}))(?![\\d/:-]|[.,]\\d)', /\d[/.-]\d/);

export function numericDates(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, NUMERIC)) {
    const { a, b, c } = m.groups as { a: string; b: string; c: string };
    let y: number, mo: number, d: number;
    if (a.length === 4 && c.length <= 2) [y, mo, d] = [+a, +b, +c];
    else if (c.length === 4 && a.length <= 2) {
      [y, mo, d] = [+c, +b, +a];
      if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    } else continue;
    if (y < 1900 || y > 2099 || !isValidDate(y, mo, d)) continue;
    const s = m.index!;
    out.push({ s, e: s + m[0].length, kind: 'date', ref: { t: 'abs', y, m: mo, d }, by: 'numeric' });
  }
  return out;
}
