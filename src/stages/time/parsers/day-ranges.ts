/**
 * Several days of one month written once: يومي 22 و23 تموز 2024، من 3 إلى 5 مارس، بين 10 و12 يناير،
 * 22-23 تموز، من 5 إلى 7 أيار المقبل. The month (and year) written after the last day belong to every day of the list.
 */
import { MONTH_PATTERN } from '../../../language/months.js';
import { isValidDate } from '../calendar.js';
import { AD, B, CONJ, CURRENT, DAY, E, LAST, MONTH, NEXT, OS, matches, MONTH_WITNESS, rx, S, spanOf, stepOf, YEAR } from '../patterns.js';
import type { Candidate, Ref } from '../types.js';
import { dayOf, monthOf, type ParseContext } from './context.js';
import { ORDINAL_DAYS } from '../../../language/numbers.js';

const RANGE = rx(
  `${B}${CONJ}(?<t>` +
    `(?:(?:يومي|ايام|بين|ما${S}بين|من|الفتره${S}(?:الممتده${S})?من|الفتره${S}(?:ما${S})?بين)${S})?` +
    `(?<d1>${DAY})${OS}(?<link>-|و|الي|حتي|ولغايه|لغايه|وحتي)${OS}(?<d2>${DAY})${OS}(?:من${S})?(?:شهر${S})?` +
    `(?<mon>${MONTH})` +
    `(?:${OS}(?:\\(${OS}(?<pair>${MONTH_PATTERN})${OS}\\)|/${OS}(?<pair2>${MONTH_PATTERN})${E}))?` +
    `(?:${OS},?${OS}(?:من${S})?(?:(?:عام|العام|سنه)${S})?(?<year>${YEAR})${AD}|${S}(?<mod>${LAST}|${NEXT}|${CURRENT})${E})?` +
    `)`,
  MONTH_WITNESS,
  // a range reaches far before its month's name (الفترة الممتدة من 1 إلى 15 من شهر …), and its search is quick
  { near: false },
);

export function dayRanges(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, RANGE)) {
    const g = m.groups!;
    const month = monthOf(g.mon);
    const d1 = dayOf(g.d1);
    const d2 = dayOf(g.d2);
    const pair = g.pair ?? g.pair2;
    if (!month || !d1 || !d2 || d1 >= d2 || (pair && monthOf(pair) !== month)) continue;
    // الخامس والعشرين is one day (the 25th), not the 5th to the 20th
    if (ORDINAL_DAYS.has(`${g.d1} و${g.d2}`)) continue;
    const y = g.year ? Number(g.year) : undefined;
    if (!isValidDate(y ?? 2024, month, d2)) continue;
    // من 5 إلى 7 أيار المقبل: the modifier after the month directs both days, as it would one
    const step = g.mod ? stepOf(g.mod) : null;
    const ref = (d: number): Ref =>
      y ? { t: 'abs', y, m: month, d }
        : step === 0 ? { t: 'shift', unit: 'year', n: 0, m: month, d }
          : { t: 'md', m: month, d, dir: step === null ? 'auto' : step < 0 ? 'last' : 'next' };
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'range', ref: ref(d1), ref2: ref(d2), by: 'day-range' });
  }
  return out;
}
