/**
 * Dates of event mentions as day intervals, so that reports at different precisions can be compared: a month
 * contains its days, a season its months, a range `a/b` its days, and a bare weekday (an undated article's
 * "الاثنين") fits any interval holding such a day.
 */

export interface Interval {
  /** Days since 1970-01-01, inclusive. */
  lo: number;
  hi: number;
}

const DAY = 86_400_000;
const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
const lastDay = (y: number, m: number) => day(y, m + 1, 0);

const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The days a contract time value covers, or null when it names none (a null value, a set). */
export function intervalOf(value: string | null | undefined): Interval | null {
  if (!value) return null;
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    const x = intervalOf(a);
    const y = intervalOf(b);
    return x && y && x.lo <= y.hi ? { lo: x.lo, hi: y.hi } : null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { lo: day(+m[1]!, +m[2]!, +m[3]!), hi: day(+m[1]!, +m[2]!, +m[3]!) };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week: the week holding 4 January is week 1; weeks begin on Monday
    const jan4 = day(+m[1]!, 1, 4);
    const monday = jan4 - ((weekdayOf(jan4) + 6) % 7) + (+m[2]! - 1) * 7;
    return { lo: monday, hi: monday + 6 };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [from, to] = SEASONS[m[2]!]!;
    const y = +m[1]!;
    return { lo: day(y, from, 1), hi: to > 12 ? lastDay(y + 1, to - 12) : lastDay(y, to) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { lo: day(+m[1]!, +m[2]!, 1), hi: lastDay(+m[1]!, +m[2]!) };
  m = /^(\d{4})$/.exec(value);
  if (m) return { lo: day(+m[1]!, 1, 1), hi: day(+m[1]!, 12, 31) };
  return null;
}

export const width = (i: Interval) => i.hi - i.lo + 1;

/** Sunday = 0, as `Date.getUTCDay()`. */
export function weekdayOf(d: number): number {
  return new Date(d * DAY).getUTCDay();
}

export function isoDay(d: number): string {
  return new Date(d * DAY).toISOString().slice(0, 10);
}

export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

/** The days of an interval falling on a weekday. */
export function daysOnWeekday(i: Interval, weekday: number): number[] {
  const out: number[] = [];
  for (let d = i.lo; d <= i.hi && out.length < 60; d++) if (weekdayOf(d) === weekday) out.push(d);
  return out;
}

/** An interval written as a contract value: a day, a whole month or year, else a range of days. */
export function valueOf(i: Interval): string {
  const lo = isoDay(i.lo);
  const hi = isoDay(i.hi);
  if (i.lo === i.hi) return lo;
  const [y, m] = lo.split('-').map(Number) as [number, number];
  if (lo.endsWith('-01') && i.hi === lastDay(y, m) && hi.slice(0, 7) === lo.slice(0, 7)) return lo.slice(0, 7);
  if (lo.endsWith('-01-01') && hi === `${y}-12-31`) return String(y);
  return `${lo}/${hi}`;
}

export type Precision = 'day' | 'range' | 'week' | 'month' | 'season' | 'year' | 'years';

export function precisionOf(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !value.includes('/')) return 'day';
  if (value.includes('/')) return 'range';
  if (/W\d{2}$/.test(value)) return 'week';
  if (/-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}

/**
 * The date all reports allow: the most precise one consistent with every mention's interval. A range an outlet
 * gives (يومي 22 و23 تموز) stands over a day inside it that another reports (the first day of the meeting).
 */
export function reconcile(values: readonly string[]): { value: string; interval: Interval } | null {
  const dated = values.map((v) => ({ v, i: intervalOf(v) })).filter((x): x is { v: string; i: Interval } => !!x.i);
  if (!dated.length) return null;
  let all: Interval | null = dated[0]!.i;
  for (const d of dated.slice(1)) all = all && intersect(all, d.i);
  if (!all) {
    // reports disagree: keep the most precise report's date
    const best = [...dated].sort((a, b) => width(a.i) - width(b.i))[0]!;
    return { value: best.v, interval: best.i };
  }
  const containing = dated.filter((d) => d.i.lo <= all!.lo && all!.hi <= d.i.hi);
  const range = containing.filter((d) => d.v.includes('/') && width(d.i) <= 14).sort((a, b) => width(a.i) - width(b.i))[0];
  if (range) return { value: range.v, interval: range.i };
  const exact = containing.find((d) => d.i.lo === all!.lo && d.i.hi === all!.hi);
  return exact ? { value: exact.v, interval: exact.i } : { value: valueOf(all), interval: all };
}
