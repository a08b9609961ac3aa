/**
 * A clock time written beside a date is one expression with it: 2025/03/08 الساعة 09:10 بتوقيت غرينتش،
 * 3 مايو، 2025 7:05 م، الساعة الحادية عشرة من مساء السبت. The date gives the value; the expression becomes a time.
 * A weak clock (a bare 15:41) that no date takes is dropped.
 */
import { OS, S } from '../patterns.js';
import type { Candidate } from '../types.js';

const DATE_THEN_CLOCK = new RegExp(`^${OS}(?:,|-|في|عند)?${OS}$`);
const CLOCK_THEN_DATE = new RegExp(`^${OS}(?:,|من|يوم)?${OS}(?:من${S})?$`);

export function mergeClock(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    if (b && isDate(a) && b.clock && DATE_THEN_CLOCK.test(text.slice(a.e, b.s))) {
      out.push({ ...a, e: b.e, kind: 'time', clock: b.clock, by: `${a.by}+clock` });
      i++;
    } else if (b && a.clock && isDate(b) && CLOCK_THEN_DATE.test(text.slice(a.e, b.s))) {
      out.push({ ...b, s: a.s, kind: 'time', clock: a.clock, by: `clock+${b.by}` });
      i++;
    } else if (a.by !== 'clock-weak') out.push(a);
  }
  return out;
}

function isDate(c: Candidate): boolean {
  return c.kind === 'date' && c.ref.t !== 'none' && !c.clock;
}
