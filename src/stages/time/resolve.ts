/**
 * Turns a reference into a contract value (`2024`, `2024-07`, `2024-07-22`, `2024-W29`, `2023-SU`, or null)
 * against the anchor. A reference that needs more of the anchor than there is (a weekday against a month-precise
 * anchor, anything relative against none) gets null: the stage never guesses.
 */
import { gregorianToHijri, hijriMonthLength, hijriToGregorian, type YMD } from '../../language/hijri.js';
import { addDays, addMonths, compareYmd, isoDate, isoWeek, isValidDate, seasonIndexOf, seasonOrder, seasonValue, weekdayOf } from './calendar.js';
import type { Anchor, Direction, Ref } from './types.js';

export interface Resolved {
  value: string | null;
  /** The anchor was needed for the value. */
  anchored: boolean;
}

const NONE: Resolved = { value: null, anchored: false };

/**
 * How many months after an anchor that is only a lower bound (a date the article reports) a year-less past date
 * may fall and still be read in the anchor's year: a chronology that names "10 سبتمبر 2023" and then "أكتوبر" and
 * "17 ديسمبر" is telling the rest of 2023, not 2022.
 */
const LOWER_BOUND_REACH = 3;

/**
 * How many days ahead of the anchor a year-less date of a clause with no tense word (`recent`) may lie and be
 * read as the coming one (a bare month counts from its middle, so the next month is the coming one late in a month).
 */
const RECENT_AHEAD_DAYS = 31;

export function resolveRef(ref: Ref, anchor: Anchor | null): Resolved {
  switch (ref.t) {
    case 'abs':
      return { value: isoDate(ref.y, ref.m, ref.d), anchored: false };
    case 'none':
      return NONE;
    case 'season':
      if (ref.y !== undefined) return { value: seasonValue(ref.y * 4 + seasonOrder(ref.s)), anchored: false };
      return anchored(relative(ref, anchor));
    case 'hijri':
      if (ref.y !== undefined) return { value: hijriValue(ref.y, ref.m, ref.d), anchored: false };
      return anchored(hijriRelative(ref, anchor));
    case 'span':
      if (ref.y !== undefined) return { value: spanValue(ref.y, ref.len), anchored: false };
      if (!anchor || ref.rel === undefined) return NONE;
      return anchored(spanValue(Math.floor(anchor.y / 100) * 100 + ref.rel * 100 + (ref.decade ?? 0) * 10, ref.len));
    default:
      return anchored(relative(ref, anchor));
  }
}

function anchored(value: string | null): Resolved {
  return { value, anchored: value !== null };
}

function relative(ref: Ref, a: Anchor | null): string | null {
  if (!a) return null;
  if (a.loose && (ref.t === 'weekday' || (ref.t === 'shift' && (ref.unit === 'day' || ref.unit === 'week')))) return null;
  switch (ref.t) {
    case 'shift':
      return shifted(ref.unit, ref.n, ref.m, ref.d, a);
    case 'md':
      return monthDay(ref.m, ref.d, ref.dir, a);
    case 'weekday':
      return weekday(ref.wd, ref.dir, a);
    case 'season':
      return season(ref, a);
    default:
      return null;
  }
}

function shifted(unit: string, n: number, m: number | undefined, d: number | undefined, a: Anchor): string | null {
  if (unit === 'year') {
    const y = a.y + n;
    if (m === undefined) return isoDate(y);
    return isValidDate(y, m, d) ? isoDate(y, m, d) : null;
  }
  if (a.m === undefined) return null;
  if (unit === 'month') {
    const r = addMonths(a.y, a.m, n);
    if (d === undefined) return isoDate(r.y, r.m);
    return isValidDate(r.y, r.m, d) ? isoDate(r.y, r.m, d) : null;
  }
  if (a.d === undefined) return null;
  const day = { y: a.y, m: a.m, d: a.d };
  if (unit === 'week') return isoWeek(addDays(day, 7 * n));
  const r = addDays(day, n);
  return isoDate(r.y, r.m, r.d);
}

/** The year in which month `m` (day `d`) falls in the given direction from the anchor. */
function monthDay(m: number, d: number | undefined, dir: Direction, a: Anchor): string | null {
  if (a.m === undefined || (d !== undefined && a.d === undefined && m === a.m)) return null;
  const cmp = d === undefined || a.d === undefined ? m - a.m : compareYmd({ y: 0, m, d }, { y: 0, m: a.m, d: a.d });
  let y = a.y;
  if (dir === 'near') y = nearestYear(m, d, a);
  else if (dir === 'past' || dir === 'auto' || dir === 'recent') y = cmp > 0 && !(a.lowerBound && m - a.m <= LOWER_BOUND_REACH) ? a.y - 1 : a.y;
  if (dir === 'recent' && y < a.y && daysAhead(a.y, m, d ?? 15, a) <= RECENT_AHEAD_DAYS) y = a.y;
  // الماضي/المقبل qualify the month (الخامس من آب الماضي): in the anchor's own month, whatever the day, they mean
  // the year before or after, the current month being الجاري
  else if (dir === 'last') y = m >= a.m ? a.y - 1 : a.y;
  else if (dir === 'future') y = cmp < 0 ? a.y + 1 : a.y;
  else if (dir === 'next') y = m <= a.m ? a.y + 1 : a.y;
  if (!isValidDate(y, m, d)) return null;
  return isoDate(y, m, d);
}

/** Days from the anchor (its mid-month when it has no day) to y-m-d. */
function daysAhead(y: number, m: number, d: number, a: Anchor): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(a.y, a.m! - 1, a.d ?? 15)) / 86_400_000;
}

/** The year, of the anchor's and the two beside it, in which month `m` (day `d`, else mid-month) lies nearest the anchor; a tie goes back. */
function nearestYear(m: number, d: number | undefined, a: Anchor): number {
  const at = (y: number, mm: number, dd: number) => Date.UTC(y, mm - 1, dd);
  const anchor = at(a.y, a.m!, a.d ?? 15);
  let best = a.y;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    if (Math.abs(at(y, m, d ?? 15) - anchor) < Math.abs(at(best, m, d ?? 15) - anchor)) best = y;
  }
  return best;
}

function weekday(wd: number, dir: Direction, a: Anchor): string | null {
  if (a.m === undefined || a.d === undefined) return null;
  const day: YMD = { y: a.y, m: a.m, d: a.d };
  const today = weekdayOf(day);
  let shift: number;
  if (dir === 'near') {
    const ahead = (wd - today + 7) % 7;
    shift = ahead <= 3 ? ahead : ahead - 7;
  } else if (dir === 'future' || dir === 'next') {
    shift = (wd - today + 7) % 7;
    if (dir === 'next' && shift === 0) shift = 7;
  } else {
    shift = -((today - wd + 7) % 7);
    if (dir === 'last' && shift === 0) shift = -7;
  }
  const r = addDays(day, shift);
  return isoDate(r.y, r.m, r.d);
}

function season(ref: Extract<Ref, { t: 'season' }>, a: Anchor): string | null {
  const order = seasonOrder(ref.s);
  if (ref.yearShift !== undefined) return seasonValue((a.y + ref.yearShift) * 4 + order);
  if (a.m === undefined) return null;
  const now = seasonIndexOf(a.y, a.m);
  const sameYear = Math.floor(now / 4) * 4 + order;
  if (ref.dir === 'last') return seasonValue(sameYear < now ? sameYear : sameYear - 4);
  if (ref.dir === 'next') return seasonValue(sameYear > now ? sameYear : sameYear + 4);
  return seasonValue(sameYear);
}

/** The years of a decade or a century from its first one: 1990/1999. */
function spanValue(first: number, len: number): string {
  return `${isoDate(first)}/${isoDate(first + len - 1)}`;
}

/** A Hijri date with its year: a day, the Gregorian month holding most of a month, or the span of a year. */
function hijriValue(y: number, m?: number, d?: number): string | null {
  if (m === undefined) {
    const first = hijriToGregorian(y, 1, 1);
    const last = hijriToGregorian(y, 12, hijriMonthLength(y, 12));
    return `${isoDate(first.y, first.m, first.d)}/${isoDate(last.y, last.m, last.d)}`;
  }
  if (d !== undefined) {
    if (d > hijriMonthLength(y, m)) return null;
    const g = hijriToGregorian(y, m, d);
    return isoDate(g.y, g.m, g.d);
  }
  const mid = hijriToGregorian(y, m, 15);
  return isoDate(mid.y, mid.m);
}

function hijriRelative(ref: Extract<Ref, { t: 'hijri' }>, a: Anchor | null): string | null {
  if (!a || a.m === undefined || a.d === undefined || ref.m === undefined) return null;
  const h = gregorianToHijri(a.y, a.m, a.d);
  const cmp = ref.d === undefined ? ref.m - h.m : ref.m - h.m || ref.d - h.d;
  const dir = ref.dir ?? 'auto';
  let y = h.y;
  // a Hijri month without its year is rare in news and always a recent one: nearest reads as the default
  if (dir === 'past' || dir === 'auto' || dir === 'near' || dir === 'recent') y = cmp > 0 ? h.y - 1 : h.y;
  else if (dir === 'last') y = cmp >= 0 ? h.y - 1 : h.y;
  else if (dir === 'future') y = cmp < 0 ? h.y + 1 : h.y;
  else y = cmp <= 0 ? h.y + 1 : h.y;
  return hijriValue(y, ref.m, ref.d);
}
