/**
 * Reads a full calendar date written the ways page stamps write it: 2024/01/25, 25/1/2024, 2024-01-25,
 * ٢٥/١/٢٠٢٤, 11/29/2024 (month first when the middle field is over 12), 25 يناير 2024,
 * الخميس 25 يناير/كانون الثاني 2024, 21 أبريل، 2024. The time stage parses every kind of time expression; this
 * is the narrow reader that publication stamps and page headers need.
 */
import { MONTH_PATTERN, MONTHS } from './months.js';
import { normalize, normalizeView } from './normalize.js';

export interface FoundDate {
  /** `YYYY-MM-DD` */
  value: string;
  /** Range of the date in the string given (in its own units, which normalisation keeps 1:1 here). */
  start: number;
  end: number;
}

const NUMERIC_YMD = /(?<!\d)((?:19|20)\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/;
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)/;
const NAMED = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[/(]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?[\\s,]*((?:19|20)\\d\\d)(?!\\d)`,
  'u',
);

/**
 * Units whose normalised form holds an ASCII digit (what `\d` of the patterns above reads): the digits of the
 * three scripts and any presentation form that decomposes into one; normalising maps nothing else to a digit.
 */
const DIGIT_UNIT: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const ranges: Array<[number, number]> = [[0x30, 0x39], [0x660, 0x669], [0x6f0, 0x6f9], [0xfb50, 0xfdff], [0xfe70, 0xfefe]];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) table[code] = /[0-9]/.test(normalize(String.fromCharCode(code))) ? 1 : 0;
  }
  return table;
})();

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (DIGIT_UNIT[s.charCodeAt(i)]) return true;
  return false;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first full date in `s`, or null; its range is in `s`'s own units. */
export function findFullDate(s: string): FoundDate | null {
  // every form needs digits: most lines have none, and need no normalising
  if (!hasDigit(s)) return null;
  const view = normalizeView(s);
  const n = view.text;
  const candidates: FoundDate[] = [];
  const ymd = NUMERIC_YMD.exec(n);
  if (ymd) {
    const v = iso(+ymd[1]!, +ymd[2]!, +ymd[3]!);
    if (v) candidates.push({ value: v, start: ymd.index, end: ymd.index + ymd[0].length });
  }
  const dmy = NUMERIC_DMY.exec(n);
  if (dmy) {
    // a middle field over 12 (11/29/2024) is the American month-first order some templates print
    const [d, m] = +dmy[2]! > 12 && +dmy[1]! <= 12 ? [+dmy[2]!, +dmy[1]!] : [+dmy[1]!, +dmy[2]!];
    const v = iso(+dmy[3]!, m, d);
    if (v) candidates.push({ value: v, start: dmy.index, end: dmy.index + dmy[0].length });
  }
  const named = NAMED.exec(n);
  if (named) {
    const v = iso(+named[3]!, MONTHS.get(named[2]!)!, +named[1]!);
    if (v) candidates.push({ value: v, start: named.index, end: named.index + named[0].length });
  }
  if (!candidates.length) return null;
  const first = candidates.sort((a, b) => a.start - b.start)[0]!;
  return { value: first.value, start: view.from[first.start]!, end: view.to[first.end - 1]! };
}
