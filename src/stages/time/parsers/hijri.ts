/**
 * Hijri dates: 15 رمضان 1445هـ، شهر رمضان، رمضان الماضي، منتصف شهر شعبان، ١٤٤٥ هـ، ذي الحجة 1444، عيد الفطر
 * المقبل. The Hijri month names are also names of people (رمضان، رجب، شعبان) and words (صفر "zero", محرم
 * "forbidden"), so a month is read only with a day, a year, the word شهر, an edge word (منتصف، أواخر) or a
 * modifier beside it; a year only with its marker هـ or beside a month.
 */
import { HIJRI_MONTH_PATTERN, HIJRI_MONTHS, WEEKDAYS } from '../../../language/months.js';
import { AH, B, CONJ, CURRENT, DAY, E, EDGE, endsBefore, HIJRI_MONTH, LAST, NEXT, OS, matches, rx, S, spanOf, stepOf, WEEKDAY } from '../patterns.js';
import type { Candidate, Ref } from '../types.js';
import { dayOf, type ParseContext } from './context.js';

const HYEAR = '(?<!\\d)1[2-5]\\d\\d(?!\\d)';

const DATE = rx(
  `${B}${CONJ}(?<t>` +
    `(?:(?<wd>${WEEKDAY})${OS},?${OS})?` +
    `(?:(?<edge>${EDGE})${S})?` +
    `(?:(?<day>${DAY})${OS}(?:من${S})?)?` +
    `(?<shahr>شهر${S})?` +
    `(?<mon>${HIJRI_MONTH})` +
    `(?:${S}(?:الكريم|المبارك|الفضيل|المعظم)${E})?` +
    `(?:${OS},?${OS}(?:(?:عام|سنه)${S})?(?<year>${HYEAR})(?<ah>${AH})?|${S}(?<mod>${LAST}|${NEXT}|${CURRENT})${E})?` +
    `)`,
  new RegExp(HIJRI_MONTH_PATTERN),
);

const YEAR_ONLY = rx(`${B}${CONJ}(?<t>(?:(?:عام|العام|سنه)${S})?(?<year>${HYEAR})${AH})`, new RegExp(HYEAR));

/** A preposition that makes رمضان alone the month (made once: endsBefore looks up by pattern). */
const RAMADAN_CUE = `(?:في|خلال|طوال|قبل|بعد|منذ)${S}$`;

/** Single-word names that are also names or words; the two-word ones (ربيع الأول، ذو الحجة) are unambiguous. */
const LOOSE = new Set(['محرم', 'صفر', 'رجب', 'شعبان', 'رمضان', 'شوال']);

/**
 * The two feasts, dated by the Hijri calendar: عيد الفطر (1 Shawwal), عيد الأضحى (10 Dhu al-Hijja), with a year
 * or a modifier or neither (then the clause's tense picks the occurrence, as for a month); ثاني أيام عيد الفطر is
 * the day after the first.
 */
const FEAST = rx(
  `${B}${CONJ}(?<t>(?:(?<nth>اول|ثاني|ثالث|رابع)${S}ايام${S})?عيد${S}(?<f>الفطر|الاضحي)(?:${S}(?:السعيد|المبارك))?` +
    `(?:${OS},?${OS}(?:(?:عام|سنه|لعام)${S})?(?<year>${HYEAR})(?:${AH})?|${S}(?<mod>${LAST}|${NEXT}|${CURRENT})${E})?)${E}`,
  /عيد/,
);

const FEAST_DAY: Record<string, [number, number]> = { الفطر: [10, 1], الاضحي: [12, 10] };
const NTH: Record<string, number> = { اول: 0, ثاني: 1, ثالث: 2, رابع: 3 };

function feasts(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, FEAST)) {
    const g = m.groups!;
    const [month, first] = FEAST_DAY[g.f!]!;
    const ref: Ref = { t: 'hijri', m: month, d: first + (g.nth ? NTH[g.nth]! : 0) };
    if (g.year) ref.y = Number(g.year);
    else {
      const step = g.mod ? stepOf(g.mod) : 0;
      ref.dir = step < 0 ? 'last' : step > 0 ? 'next' : 'auto';
    }
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'date', ref, by: 'hijri-feast' });
  }
  return out;
}

export function hijriDates(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, DATE)) {
    const g = m.groups!;
    const month = HIJRI_MONTHS.get(g.mon!.replace(/\s+/g, ' '));
    if (!month) continue;
    const day = g.day ? dayOf(g.day) : null;
    if ((g.day && !day) || (day && day > 30)) continue;
    const [s, e] = spanOf(m);
    const strong = !!(day || g.year || g.shahr || g.mod || g.edge);
    if (!strong && LOOSE.has(g.mon!) && !(g.mon === 'رمضان' && endsBefore(ctx.text, s, RAMADAN_CUE))) continue;
    const ref: Ref = { t: 'hijri', m: month };
    if (day) ref.d = day;
    if (g.year) ref.y = Number(g.year);
    else {
      // الماضي/المقبل strictly back or forward; الجاري, or nothing, the one the clause's tense points to
      const step = g.mod ? stepOf(g.mod) : 0;
      ref.dir = step < 0 ? 'last' : step > 0 ? 'next' : 'auto';
    }
    const c: Candidate = { s, e, kind: 'date', ref, by: 'hijri' };
    if (g.wd && day) c.weekday = WEEKDAYS.get(g.wd);
    out.push(c);
  }
  for (const m of matches(ctx.text, YEAR_ONLY)) {
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'date', ref: { t: 'hijri', y: Number(m.groups!.year) }, by: 'hijri-year' });
  }
  out.push(...feasts(ctx));
  return out;
}
