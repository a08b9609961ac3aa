/**
 * Pieces of the regular expressions the parsers share. Every pattern runs on the normalised body (see
 * language/normalize.ts: alef and hamza forms folded, ة → ه, ى → ي, marks and tatweel gone, Arabic-Indic and
 * Persian digits made ASCII, ، made a comma), so one spelling in a pattern covers every way outlets write it.
 * A parser's expression puts the words of the time expression in the group `t`; a conjunction (و، ف) glued in
 * front stays outside it.
 */
import { HIJRI_MONTH_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN } from '../../language/months.js';
import { CARDINAL_PATTERN, ORDINAL_DAY_PATTERN } from '../../language/numbers.js';

/** Start of a word: no letter or digit before. */
export const B = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit after. */
export const E = '(?![\\p{L}\\p{N}])';
/** White space inside one paragraph (an expression never spans two). */
export const S = '[^\\S\\n]+';
export const OS = '[^\\S\\n]*';
/** A conjunction written joined to the next word, left outside the expression. */
export const CONJ = '(?:[وف](?=[\\p{L}\\p{N}]))?';

export const MONTH = `(?:${MONTH_PATTERN})${E}`;
export const HIJRI_MONTH = `(?:${HIJRI_MONTH_PATTERN})${E}`;
export const WEEKDAY = `(?:${WEEKDAY_PATTERN})${E}`;
export const ORDINAL_DAY = `(?:${ORDINAL_DAY_PATTERN})${E}`;
export const CARDINAL = `(?:${CARDINAL_PATTERN})${E}`;
/** A day of the month, in digits or as an ordinal word. */
export const DAY = `(?:(?<!\\d)\\d{1,2}(?![\\d:/.,]\\d)|${ORDINAL_DAY})`;
/** A Gregorian year as newspapers print it (the Hijri marker هـ after it makes it Hijri). */
export const YEAR = `(?<!\\d)(?:1\\d|20)\\d\\d(?!\\d)(?!${OS}(?:ه|هجري|هجريه|للهجره)${E})`;
/** The marker of a Gregorian year: 2024م، 2024 ميلادي. */
export const AD = `(?:${OS}م${E}|${S}ميلادي(?:ه)?${E})?`;
/** The marker of a Hijri year: 1445هـ، ١٤٤٥ هجري، 1445 للهجرة. */
export const AH = `(?:${OS}(?:ه|هجري|هجريه)${E}|${S}للهجره${E})`;

/** The part of a day named before a date (مساء الأحد، فجر اليوم). */
export const TIME_OF_DAY = `(?:مساء|صباح|فجر|ظهر|عصر|ليل|ليله|ظهيره|منتصف${S}ليل|منتصف${S}نهار|نهار|صبيحه|عشيه)${E}`;
/** Where in a period: the start, the middle, the end. */
export const EDGE = `(?:مطلع|اواءل|بدايه|بدايات|مستهل|اول|منتصف|اواسط|وسط|اواخر|نهايه|اخر|خواتيم|ختام)${E}`;

/** Words that put a period one step back or forward (the masculine and feminine of each). */
export const LAST = '(?:الماضي|الماضيه|المنصرم|المنصرمه|الفاءت|الفاءته)';
export const NEXT = '(?:المقبل|المقبله|القادم|القادمه)';
export const CURRENT = '(?:الجاري|الجاريه|الحالي|الحاليه)';

/** Which step a modifier word means: −1, +1 or 0. */
export function stepOf(word: string): number {
  if (new RegExp(`^${LAST}$`).test(word)) return -1;
  if (new RegExp(`^${NEXT}$`).test(word)) return 1;
  return 0;
}

/** A global, Unicode, indices-carrying expression from a pattern source. */
export function rx(source: string): RegExp {
  return new RegExp(source, 'gud');
}

/** The range of group `t` (or of the whole match) of a match made with {@link rx}. */
export function spanOf(m: RegExpExecArray | RegExpMatchArray, group = 't'): [number, number] {
  const r = m.indices?.groups?.[group] ?? m.indices?.[0];
  return r ? [r[0], r[1]] : [m.index!, m.index! + m[0].length];
}

/** Whether `re` matches the text just before `at` (the pattern is anchored at its end here). */
export function endsBefore(text: string, at: number, pattern: string, reach = 40): RegExpExecArray | null {
  const from = Math.max(0, at - reach);
  return new RegExp(`(?:${pattern})$`, 'u').exec(text.slice(from, at));
}

/** Whether `pattern` matches the text starting at `at`. */
export function startsAt(text: string, at: number, pattern: string): RegExpExecArray | null {
  const re = new RegExp(pattern, 'uy');
  re.lastIndex = at;
  return re.exec(text);
}
