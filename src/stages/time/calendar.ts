/** Gregorian arithmetic the resolver needs: valid dates, day shifts, weekdays, ISO weeks and seasons. */
import { gregorianToJdn, jdnToGregorian, type YMD } from '../../language/hijri.js';
import type { Season } from './types.js';

export function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function isValidDate(y: number, m: number, d?: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= daysInMonth(y, m));
}

export function addDays(date: YMD, n: number): YMD {
  return jdnToGregorian(gregorianToJdn(date.y, date.m, date.d) + n);
}

/** Sunday = 0, as `Date.getUTCDay()`. */
export function weekdayOf(date: YMD): number {
  return (gregorianToJdn(date.y, date.m, date.d) + 1) % 7;
}

/** Adds months to a year-month, carrying into the year. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12 + 12) % 12 + 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024`, `2024-07` or `2024-07-22`, as precise as the parts given. */
export function isoDate(y: number, m?: number, d?: number): string {
  if (m === undefined) return String(y).padStart(4, '0');
  if (d === undefined) return `${String(y).padStart(4, '0')}-${pad(m)}`;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** ISO 8601 week (`2024-W29`): weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(date: YMD): string {
  const wd = (weekdayOf(date) + 6) % 7; // Monday = 0
  const thursday = addDays(date, 3 - wd);
  const jan1 = gregorianToJdn(thursday.y, 1, 1);
  const week = Math.floor((gregorianToJdn(thursday.y, thursday.m, thursday.d) - jan1) / 7) + 1;
  return `${thursday.y}-W${pad(week)}`;
}

const ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];

/**
 * A season as one number, `year * 4 + order`, so that "the last summer" is arithmetic. Winter belongs to the
 * year of its December: January 2024 is in `2023-WI`.
 */
export function seasonIndexOf(y: number, m: number): number {
  if (m === 12) return y * 4 + 3;
  if (m <= 2) return (y - 1) * 4 + 3;
  return y * 4 + Math.floor((m - 3) / 3);
}

export function seasonOrder(s: Season): number {
  return ORDER.indexOf(s);
}

export function seasonValue(index: number): string {
  return `${Math.floor(index / 4)}-${ORDER[((index % 4) + 4) % 4]}`;
}

export function compareYmd(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
