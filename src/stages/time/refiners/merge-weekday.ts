/**
 * A weekday written just before a full date names that date (الثلاثاء 12/3/2024، الأحد الموافق 5 رمضان 1445،
 * اليوم الثلاثاء (23 تموز 2024)): it joins the date's expression, its closing bracket too, and becomes a check on
 * it, which the anchor chooser trusts (anchor.ts).
 */
import { OS, S } from '../patterns.js';
import type { Candidate } from '../types.js';

const GAP = new RegExp(`^${OS},?${OS}(?:الموافق${S}|\\(${OS})?$`);
/** The bracket that closes a date given in brackets after its weekday. */
const CLOSE = new RegExp(`^${OS}\\)`);

export function mergeWeekday(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    if (b && a.by === 'weekday' && a.ref.t === 'weekday' && b.kind === 'date' && hasDay(b) && b.weekday === undefined && GAP.test(text.slice(a.e, b.s))) {
      const gap = text.slice(a.e, b.s);
      const close = gap.includes('(') ? CLOSE.exec(text.slice(b.e)) : null;
      if (gap.includes('(') && !close) {
        out.push(a);
        continue;
      }
      out.push({ ...b, s: a.s, e: close ? b.e + close[0].length : b.e, weekday: a.ref.wd });
      i++;
    } else out.push(a);
  }
  return out;
}

function hasDay(c: Candidate): boolean {
  return (c.ref.t === 'abs' || c.ref.t === 'md' || c.ref.t === 'hijri') && c.ref.d !== undefined;
}
