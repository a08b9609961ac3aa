/**
 * Numbers written as words, as dates and durations use them: ordinal days (الحادي عشر من سبتمبر، الخامس
 * والعشرين من يناير), counts (ثلاثة أيام، خمس سنوات) and the dual that stands for "two" on its own (عامين،
 * يومين). Keys and patterns are normalised (see normalize.ts), so ة/ه and the alef forms never matter.
 */
import { normalize } from './normalize.js';

const UNITS_ORDINAL = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];

function ordinals(): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  UNITS_ORDINAL.forEach((w, i) => out.push([w, i + 1]));
  out.push(['العاشر', 10]);
  // 11–19: الحادي عشر، الثاني عشر … ; the unit is written with its article, "عشر" without
  out.push(['الحادي عشر', 11]);
  for (let i = 1; i < 9; i++) out.push([`${UNITS_ORDINAL[i]} عشر`, 11 + i]);
  for (const [tens, n] of [['العشرين', 20], ['العشرون', 20], ['الثلاثين', 30], ['الثلاثون', 30]] as const) {
    out.push([tens, n]);
    if (n === 30) {
      out.push([`الحادي و${tens}`, 31], [`الواحد و${tens}`, 31]);
      continue;
    }
    out.push([`الحادي و${tens}`, 21], [`الواحد و${tens}`, 21]);
    for (let i = 1; i < 9; i++) out.push([`${UNITS_ORDINAL[i]} و${tens}`, 21 + i]);
  }
  // غرة: the first day of a month (غرة رمضان، غرة شهر شوال، في غرة يناير)
  out.push(['غرة', 1]);
  return out;
}

/** Normalised ordinal (masculine, as of a day) → 1–31. */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map(ordinals().map(([w, n]) => [normalize(w), n]));

/** Alternation of the ordinals, longest first so that الحادي والعشرين wins over الحادي. */
export const ORDINAL_DAY_PATTERN = [...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).join('|');

const CARDINAL_WORDS: Array<[number, string[]]> = [
  [1, ['واحد', 'واحدة']],
  [2, ['اثنين', 'اثنتين', 'اثنان', 'اثنتان']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثماني', 'ثمانية', 'ثمان']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
  [11, ['أحد عشر', 'إحدى عشرة']],
  [12, ['اثني عشر', 'اثنا عشر', 'اثنتي عشرة']],
  [15, ['خمسة عشر', 'خمس عشرة']],
  [20, ['عشرين', 'عشرون']],
  [30, ['ثلاثين', 'ثلاثون']],
  [40, ['أربعين', 'أربعون']],
  [50, ['خمسين', 'خمسون']],
  // the sixty days of a truce, the ninety of a deadline
  [60, ['ستين', 'ستون']],
  [70, ['سبعين', 'سبعون']],
  [80, ['ثمانين', 'ثمانون']],
  [90, ['تسعين', 'تسعون']],
  [100, ['مائة', 'مئة']],
];

/** Normalised cardinal word → its value. */
export const CARDINALS: ReadonlyMap<string, number> = new Map(
  CARDINAL_WORDS.flatMap(([n, ws]) => ws.map((w) => [normalize(w), n] as [string, number])),
);

export const CARDINAL_PATTERN = [...CARDINALS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Reads a count written in digits or as a word; null when it is neither. */
export function countOf(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return CARDINALS.get(normalize(s)) ?? null;
}
