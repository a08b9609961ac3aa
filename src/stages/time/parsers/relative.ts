/**
 * Expressions that count from the article's date: أمس، اليوم، غداً، أول أمس، مساء أمس؛ الأسبوع الماضي، الشهر
 * المقبل، العام الماضي، هذا العام، أواخر الشهر، مطلع العام المقبل، العام قبل الماضي. Counts (قبل عامين) are in
 * counted.ts.
 */
import { B, CONJ, CURRENT, DAY, E, EDGE, endsBefore, LAST, NEXT, OS, matches, rx, S, spanOf, startsAt, stepOf, TIME_OF_DAY } from '../patterns.js';
import type { Candidate, Unit } from '../types.js';
import { dayOf, type ParseContext } from './context.js';

const DAY_WORDS = rx(
  `${B}${CONJ}(?<t>(?:(?<tod>${TIME_OF_DAY})${S})?(?<w>اول${S}من${S}امس|اول${S}امس|امس${S}الاول|امس|(?:ب)?الامس|البارحه|اليوم|الليله${S}(?:الماضيه|البارحه)|الليله|غدا|بعد${S}(?:ال)?غد|يوم${S}(?:ال)?غد|غد|الغد)${E})`,
  /امس|البارحه|اليوم|الليله|غد/,
);

/** Days from the article's date, by the (space-folded) word. */
const SHIFT_OF: Record<string, number> = {
  'اول من امس': -2, 'اول امس': -2, 'امس الاول': -2, امس: -1, الامس: -1, البارحه: -1, 'الليله الماضيه': -1,
  'الليله البارحه': -1, اليوم: 0, الليله: 0, غدا: 1, غد: 1, الغد: 1, 'يوم غد': 1, 'يوم الغد': 1, 'بعد غد': 2, 'بعد الغد': 2,
};

const UNIT_WORDS = rx(
  `${B}${CONJ}(?<t>` +
    `(?:(?<edge>${EDGE})${S})?` +
    `(?:(?<this>هذا|هذه)${S})?` +
    `(?<u>(?:ال|لل|بال)(?:اسبوع|شهر|عام|سنه))` +
    `(?:${S}(?<mod>(?:قبل${S})?${LAST}|${NEXT}|${CURRENT}|هذا|هذه))?` +
    `)${E}`,
  /اسبوع|شهر|عام|سنه/,
);

/**
 * A day of the anchor's month or of the one before or after: الخامس من الشهر الجاري، 20 من الشهر الماضي، في
 * 15 من هذا الشهر، يوم 12 الجاري (الجاري alone is the current month, as Levantine and Gulf papers write it).
 * "من الشهر" with nothing after it is the month the story last named, not the article's, and is left alone.
 */
const MONTH_DAY = rx(
  `${B}${CONJ}(?<t>(?:يوم${S})?(?<day>${DAY})${OS}(?:من${S})?(?:(?<this>هذا${S})?الشهر(?:${S}(?<mod>${LAST}|${NEXT}|${CURRENT}))?|(?<cur>الجاري|الحالي)))${E}`,
  /شهر|الجاري|الحالي/,
);

const UNITS: Record<string, Unit> = { الاسبوع: 'week', الشهر: 'month', العام: 'year', السنه: 'year' };

export function relative(ctx: ParseContext): Candidate[] {
  return [...dayWords(ctx), ...unitWords(ctx), ...monthDays(ctx)];
}

function monthDays(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, MONTH_DAY)) {
    const g = m.groups!;
    const d = dayOf(g.day);
    if (!d || (!g.this && !g.mod && !g.cur)) continue;
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'date', ref: { t: 'shift', unit: 'month', n: g.mod ? stepOf(g.mod) : 0, d }, by: 'relative-month-day' });
  }
  return out;
}

function dayWords(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, DAY_WORDS)) {
    const w = m.groups!.w!.replace(/\s+/g, ' ').replace(/^بال/, 'ال');
    const [s, e] = spanOf(m);
    if (w === 'اليوم' && !isToday(ctx.text, s, e)) continue;
    // غد alone is a word of names and slogans (حزب الغد، صحيفة الغد), and في الغد is as often "the next day" of a
    // story; it is "tomorrow" after يوم, بعد or a part of the day (صباح الغد)
    if ((w === 'غد' || w === 'الغد') && !m.groups!.tod) continue;
    const n = SHIFT_OF[w];
    if (n === undefined) continue;
    out.push({ s, e, kind: 'date', ref: { t: 'shift', unit: 'day', n }, by: 'relative-day' });
  }
  return out;
}

/** The context patterns of isToday and unitWords, made once (startsAt and endsBefore look them up by pattern). */
// (not إلى، إلا، الآن, which begin like a definite word: وصل فجر اليوم إلى بغداد is today)
const DEFINITE_AFTER = `${S}(?!(?:الي|الا|الان)${E})ال\\p{L}+`;
const WEEKDAY_AFTER = `${S}(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)${E}`;
const THAT_BEFORE = `(?:ذلك|ذات|نفس|منذ${S}ذلك)${S}$`;
const SAME_AFTER = `${S}(?:نفسه|ذاته)${E}`;
const QUOTE_AFTER = `${OS}"`;
const QUOTE_BEFORE = `"[^"\\n]{0,30}$`;
const RATE_BEFORE = `(?:ساعه|ساعات|مره|مرات|وجبه|وجبات|رحله|رحلات|برميل|دولار|لتر)${S}في${S}$`;
const DEFINITE_WORD_AFTER = `${S}ال\\p{L}`;

/**
 * اليوم is "today" unless a word makes it "the day" (اليوم التالي، اليوم الأول، اليوم العالمي، ذلك اليوم) or it
 * is part of a name in quotes («المصري اليوم»), or is "a day" in a rate (24 ساعة في اليوم).
 */
function isToday(text: string, s: number, e: number): boolean {
  if (startsAt(text, e, DEFINITE_AFTER) && !startsAt(text, e, WEEKDAY_AFTER)) return false;
  if (endsBefore(text, s, THAT_BEFORE) || startsAt(text, e, SAME_AFTER)) return false;
  if (startsAt(text, e, QUOTE_AFTER) && endsBefore(text, s, QUOTE_BEFORE)) return false;
  // a rate: 24 ساعة في اليوم، ثلاث مرات في اليوم
  if (endsBefore(text, s, RATE_BEFORE)) return false;
  return true;
}

function unitWords(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, UNIT_WORDS)) {
    const g = m.groups!;
    const unit = UNITS[g.u!.replace(/^(?:لل|بال)/, 'ال')]!;
    // العام alone is "general" (الأمين العام، الرأي العام): a period needs هذا، a modifier or an edge word
    if (!g.this && !g.mod && !g.edge) continue;
    // نهاية العام الدراسي، مطلع العام المالي: another kind of year
    if (!g.mod && startsAt(ctx.text, m.index! + m[0].length, DEFINITE_WORD_AFTER)) continue;
    if (g.this && g.mod && !/^(?:الجاري|الجاريه|الحالي|الحاليه)$/.test(g.mod)) continue;
    const mod = g.mod ?? '';
    const n = /^قبل/.test(mod) ? -2 : /^(?:هذا|هذه)$/.test(mod) ? 0 : stepOf(mod.replace(/\s+/g, ' '));
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'date', ref: { t: 'shift', unit, n }, by: 'relative-unit' });
  }
  return out;
}
