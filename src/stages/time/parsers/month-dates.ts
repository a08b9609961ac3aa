/**
 * Dates built on a month name of any of the three systems: 25 يناير 2024، الخميس 25 يناير/كانون الثاني 2024،
 * الحادي عشر من سبتمبر، فبراير (شباط) الماضي، أواخر تموز، آب/أغسطس من عام 2023، أبريل/نيسان من هذا العام،
 * أغسطس العام الماضي. A paired name (يناير/كانون الثاني، فبراير (شباط)) is one month written twice, and is
 * read only when both names agree.
 */
import { AMBIGUOUS_MONTHS, MONTH_PATTERN, WEEKDAYS } from '../../../language/months.js';
import { isValidDate } from '../calendar.js';
import { AD, B, CONJ, CURRENT, DAY, E, EDGE, endsBefore, LAST, MONTH, NEXT, OS, matches, MONTH_WITNESS, rx, S, spanOf, stepOf, TIME_OF_DAY, WEEKDAY, YEAR } from '../patterns.js';
import type { Candidate, Ref } from '../types.js';
import { dayOf, monthOf, type ParseContext } from './context.js';

const YEAR_WORD = `(?:عام|العام|سنه|السنه)`;
/** "of this year", "last year"… after a month: من هذا العام، العام الماضي، من السنة المقبلة. */
const YEAR_REL = `(?:من${S})?(?:(?<thisYear>هذا${S}العام|هذه${S}السنه|عامنا${S}هذا)|${YEAR_WORD}${S}(?<yearMod>${LAST}|${NEXT}|${CURRENT}))${E}`;

const DATE = rx(
  `${B}${CONJ}(?<t>` +
    `(?:${TIME_OF_DAY}${S})?` +
    `(?:(?:يوم|اليوم)${S})?(?:(?<wd>${WEEKDAY})${OS},?${OS}(?:الموافق${S})?)?` +
    `(?:(?<edge>${EDGE})${S}(?:شهر${S})?)?` +
    `(?:(?<day>${DAY})${OS}(?:من${S})?)?` +
    `(?<shahr>شهر${S})?` +
    `(?<mon>${MONTH})` +
    `(?:${OS}(?:\\(${OS}(?<pair>${MONTH_PATTERN})${OS}\\)|/${OS}(?<pair2>${MONTH_PATTERN})${E}))?` +
    `(?:` +
    `${OS},?${OS}(?:من${S})?(?:${YEAR_WORD}${S})?(?<year>${YEAR})${AD}` +
    `|${S}(?<mod>${LAST}|${NEXT}|${CURRENT})${E}` +
    `|${S}${YEAR_REL}` +
    `)?` +
    `)`,
  MONTH_WITNESS,
);

/** Words before a bare month name that make it a month and not a verb or a name. */
const MONTH_CUE = `(?<!\\p{L})(?:[وف])?(?:في|خلال|منذ|حتي|قبل|بعد|مطلع|اواءل|بدايه|منتصف|اواسط|اواخر|نهايه|بحلول|شهر|شهري|من|الي|و)${S}$`;

/** Nouns that make the date after them the name of an event (made once: endsBefore looks up by pattern). */
const EVENT_NAME_BEFORE = `(?<!\\p{L})(?:[وب])?(?:ال)?(?:ثوره|ثورتي|حرب|انتفاضه|نكسه|حركه|هبه)${S}$`;

export function monthDates(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, DATE)) {
    const g = m.groups!;
    const month = monthOf(g.mon);
    if (!month) continue;
    const pair = g.pair ?? g.pair2;
    if (pair && monthOf(pair) !== month) continue;
    const day = g.day ? dayOf(g.day) : null;
    if (g.day && !day) continue;
    const [s, e] = spanOf(m);
    const strong = !!(day || g.year || g.shahr || pair || g.mod || g.thisYear || g.yearMod || g.edge);
    // a lone month name that is also a word (مارس "he exercised") needs a cue before it
    if (!strong && AMBIGUOUS_MONTHS.has(g.mon!) && !endsBefore(ctx.text, s, MONTH_CUE)) continue;
    // آب "August" and أب "father" are one word once normalised; the father is written with a hamza
    if (g.mon === 'اب' && !day && !g.year && /^[أإ]/.test(ctx.raw?.(m.indices!.groups!.mon![0], m.indices!.groups!.mon![1]) ?? '')) continue;
    let ref = refOf(month, day ?? undefined, g);
    if (!ref) continue;
    // ثورة 25 يناير، حرب حزيران: the date names an event whose year the words do not give and the article's
    // date does not tell (the revolution was not last January): found, with no value guessed
    if (!g.year && !g.mod && !g.thisYear && !g.yearMod && endsBefore(ctx.text, s, EVENT_NAME_BEFORE)) ref = { t: 'none' };
    const c: Candidate = { s, e, kind: 'date', ref, by: 'month-date' };
    if (g.wd && day) c.weekday = WEEKDAYS.get(g.wd);
    out.push(c);
  }
  return out;
}

function refOf(m: number, d: number | undefined, g: Record<string, string | undefined>): Ref | null {
  if (g.year) {
    const y = Number(g.year);
    return isValidDate(y, m, d) ? { t: 'abs', y, m, ...(d ? { d } : {}) } : null;
  }
  if (d && !isValidDate(2024, m, d)) return null; // 29 February exists in a leap year
  const day = d ? { d } : {};
  if (g.thisYear) return { t: 'shift', unit: 'year', n: 0, m, ...day };
  if (g.yearMod) return { t: 'shift', unit: 'year', n: stepOf(g.yearMod), m, ...day };
  if (g.mod) {
    const step = stepOf(g.mod);
    if (step === 0) return { t: 'shift', unit: 'year', n: 0, m, ...day };
    return { t: 'md', m, ...day, dir: step < 0 ? 'last' : 'next' };
  }
  return { t: 'md', m, ...day, dir: 'auto' };
}

