/**
 * Month names of the three systems Arabic newspapers use side by side: the Egyptian/Gulf transliterations of
 * the Latin names, the Levantine/Iraqi (Syriac) names, and the Maghrebi (French) ones. Keys are normalised
 * (see normalize.ts), so أغسطس/اغسطس and آذار/اذار are one entry.
 */
import { normalize } from './normalize.js';

const NAMES: Array<[number, string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'جانفي', 'يناير']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرائر']],
  [3, ['مارس', 'آذار', 'مارص']],
  [4, ['أبريل', 'إبريل', 'نيسان', 'أفريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي', 'مايس']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويليه']],
  [8, ['أغسطس', 'آب', 'أوت', 'اغسطس', 'غشت']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'تشرين الأول', 'اكتوبر']],
  [11, ['نوفمبر', 'تشرين الثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'دجنبر']],
];

/** Normalised month name → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap(([n, names]) => names.map((name) => [normalize(name), n] as [string, number])),
);

/** A regular-expression alternation of every normalised month name, longest first (two-word names before one). */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Weekday names, normalised, Sunday = 0 as in `Date.getUTCDay()`. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['الاحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5],
      ['السبت', 6],
    ] as Array<[string, number]>
  ).map(([w, n]) => [normalize(w), n]),
);
