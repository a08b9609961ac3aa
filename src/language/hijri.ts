/**
 * The tabular (arithmetical) Islamic calendar and Julian day numbers. Newspapers print Hijri dates by the
 * observed or Umm al-Qura calendar, which can differ from the tabular one by a day or two; that is well inside
 * what a month-precise value needs, and a day-precise value is the best a text-only reader can do.
 *
 * The epoch is the civil one (1 Muharram 1 AH = Friday 16 July 622 Julian, JDN 1948440) and leap years follow
 * the common 30-year cycle (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), the one behind `floor((3 + 11y) / 30)`.
 */

const EPOCH = 1948440;

export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** Julian day number of a proleptic Gregorian date. */
export function gregorianToJdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
}

export function jdnToGregorian(jdn: number): YMD {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    y: 100 * b + d - 4800 + Math.floor(m / 10),
    m: m + 3 - 12 * Math.floor(m / 10),
    d: e - Math.floor((153 * m + 2) / 5) + 1,
  };
}

/** Julian day number of a tabular Hijri date. */
export function hijriToJdn(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + EPOCH - 1;
}

export function jdnToHijri(jdn: number): YMD {
  const y = Math.floor((30 * (jdn - EPOCH) + 10646) / 10631);
  const m = Math.min(12, Math.ceil((jdn - 29 - hijriToJdn(y, 1, 1)) / 29.5) + 1);
  return { y, m, d: jdn - hijriToJdn(y, m, 1) + 1 };
}

/** Days in a Hijri month: 30 for odd months, 29 for even ones, and 30 for Dhu al-Hijja of a leap year. */
export function hijriMonthLength(y: number, m: number): number {
  const next = m === 12 ? hijriToJdn(y + 1, 1, 1) : hijriToJdn(y, m + 1, 1);
  return next - hijriToJdn(y, m, 1);
}

export function hijriToGregorian(y: number, m: number, d: number): YMD {
  return jdnToGregorian(hijriToJdn(y, m, d));
}

export function gregorianToHijri(y: number, m: number, d: number): YMD {
  return jdnToHijri(gregorianToJdn(y, m, d));
}
