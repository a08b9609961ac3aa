/**
 * Month names of the three systems Arabic newspapers use side by side: the Egyptian/Gulf transliterations of
 * the Latin names, the Levantine/Iraqi (Syriac) names, and the Maghrebi (French, and Moroccan) ones; and the
 * months of the Hijri calendar. Keys are normalised (see normalize.ts), so أغسطس/اغسطس and آذار/اذار are one
 * entry.
 */
import { normalize } from './normalize.js';

const NAMES: Array<[number, string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرائر', 'فبرير']],
  [3, ['مارس', 'آذار', 'مارص']],
  [4, ['أبريل', 'إبريل', 'نيسان', 'أفريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي', 'مايس']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويليه', 'يوليوز']],
  [8, ['أغسطس', 'آب', 'أوت', 'اغسطس', 'غشت', 'أغشت']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'تشرين الأول', 'تشرين أول', 'اكتوبر']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر']],
];

/** Normalised month name → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap(([n, names]) => names.map((name) => [normalize(name), n] as [string, number])),
);

/** A regular-expression alternation of every normalised month name, longest first (two-word names before one). */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * Month names that are also common words (مارس "he exercised", آب/أب "father", ماي, جوان and غشت as names or
 * verbs, نيسان the car maker): read as months only where a day, a year or a month cue stands beside them.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['مارس', 'آب', 'ماي', 'جوان', 'نيسان', 'غشت', 'مايس', 'أوت'].map(normalize));

/** Weekday names, normalised, Sunday = 0 as in `Date.getUTCDay()`. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['الاحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5],
      ['السبت', 6],
    ] as Array<[string, number]>
  ).map(([w, n]) => [normalize(w), n]),
);

/** A regular-expression alternation of the normalised weekday names. */
export const WEEKDAY_PATTERN = [...WEEKDAYS.keys()].join('|');

const HIJRI_NAMES: Array<[number, string[]]> = [
  [1, ['محرم']],
  [2, ['صفر']],
  [3, ['ربيع الأول', 'ربيع أول']],
  [4, ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني']],
  [5, ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى']],
  [6, ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعدة', 'ذي القعدة']],
  [12, ['ذو الحجة', 'ذي الحجة']],
];

/** Normalised Hijri month name → month number (1–12). */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = new Map(
  HIJRI_NAMES.flatMap(([n, names]) => names.map((name) => [normalize(name), n] as [string, number])),
);

export const HIJRI_MONTH_PATTERN = [...HIJRI_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
