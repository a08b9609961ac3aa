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
/**
 * A day of the month, in digits (with the article some outlets write before them: الـ20 من شباط) or as an
 * ordinal word. An ordinal that ends a month's two-word name (كانون الثاني، تشرين الأول، ربيع الأول، جمادى
 * الآخرة) is part of that name, not a day: "من 1 كانون الثاني إلى 31 آذار" is not "from the 2nd to the 31st";
 * one after a week, a quarter or a half counts those (الأسبوع الأول من حزيران is not the first of June).
 */
export const DAY = `(?:(?:ال)?(?<!\\d)\\d{1,2}(?![\\d:/.,]\\d)|(?<!(?:كانون|تشرين|ربيع|جمادي|الاسبوع|الربع|النصف|الثلث|العقد)${S})${ORDINAL_DAY})`;
/** A Gregorian year as newspapers print it (the Hijri marker هـ after it makes it Hijri). */
export const YEAR = `(?<!\\d)(?:1\\d|20)\\d\\d(?!\\d)(?!${OS}(?:ه|هجري|هجريه|للهجره)${E})`;
/** Witnesses for {@link rx}: a month's or a weekday's name, four digits that may be a year. */
export const MONTH_WITNESS = new RegExp(MONTH_PATTERN);
export const WEEKDAY_WITNESS = new RegExp(WEEKDAY_PATTERN);
export const YEAR_WITNESS = /(?<!\d)(?:1\d|20)\d\d(?!\d)/;
/** The marker of a Gregorian year: 2024م، 2024 ميلادي. */
export const AD = `(?:${OS}م${E}|${S}ميلادي(?:ه)?${E})?`;
/** The marker of a Hijri year: 1445هـ، ١٤٤٥ هجري، 1445 للهجرة. */
export const AH = `(?:${OS}(?:ه|هجري|هجريه)${E}|${S}للهجره${E})`;

/** The part of a day named before a date (مساء الأحد، فجر اليوم). */
export const TIME_OF_DAY = `(?:مساء|صباح|فجر|ظهر|عصر|ليل|ليله|ظهيره|منتصف${S}ليل|منتصف${S}نهار|نهار|صبيحه|عشيه)${E}`;
/** Where in a period: the start, the middle, the end. */
export const EDGE = `(?:مطلع|اواءل|بدايه|بدايات|مستهل|اول|منتصف|اواسط|وسط|اواخر|نهايه|اخر|خواتيم|ختام)${E}`;

/**
 * Words that put a period one step back or forward: the masculine and feminine of each, and the dual that
 * follows two days or two units (يومي الأربعاء والخميس الماضيين، الشهرين المقبلين).
 */
export const LAST = '(?:الماضي|الماضيه|الماضيين|الماضيتين|المنصرم|المنصرمه|المنصرمين|الفاءت|الفاءته)';
export const NEXT = '(?:المقبل|المقبله|المقبلين|المقبلتين|القادم|القادمه|القادمين|القادمتين)';
export const CURRENT = '(?:الجاري|الجاريه|الحالي|الحاليه)';

const LAST_WORD = new RegExp(`^${LAST}$`);
const NEXT_WORD = new RegExp(`^${NEXT}$`);

/** Which step a modifier word means: −1, +1 or 0. */
export function stepOf(word: string): number {
  if (LAST_WORD.test(word)) return -1;
  if (NEXT_WORD.test(word)) return 1;
  return 0;
}

/**
 * Expressions whose source began with {@link B}, compiled without it: {@link matches} checks the word start
 * itself. A lookbehind over `\p{L}\p{N}` at the head of a pattern is tried at every unit of the text and keeps
 * the engine from skipping ahead to the units that can begin a match; without it the search runs several times
 * faster, and testing the one unit before each match found gives the same matches.
 */
const WORD_START = new WeakSet<RegExp>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * For every expression made with {@link rx}: the same pattern without match indices (`d`), which the search
 * runs with, and the same pattern sticky, which reads the indices of a match the search found and kept. Most
 * matches the search finds start inside a word and are dropped; building their indices and groups is the
 * larger part of a search's cost. The sticky expression, run at a match's start, gives what the full
 * expression's search would have returned there.
 */
const SCAN = new WeakMap<RegExp, { scan: RegExp; at: RegExp; witness: RegExp | undefined }>();

/**
 * A global, Unicode, indices-carrying expression from a pattern source; iterate its matches with {@link matches}.
 * `witness` is an expression that matches wherever `source` does (a word the pattern cannot do without, such as
 * a Hijri month's name): a text without it is not searched, which for rare words spares most texts the search.
 */
export function rx(source: string, witness?: RegExp): RegExp {
  const bare = source.startsWith(B);
  const body = bare ? source.slice(B.length) : source;
  const re = new RegExp(body, 'gud');
  if (bare) WORD_START.add(re);
  let test: RegExp | undefined;
  if (witness) {
    test = new RegExp(witness.source, witness.flags.replace(/[gy]/g, ''));
    GLOBAL_WITNESS.set(test, new RegExp(witness.source, test.flags + 'g'));
  }
  SCAN.set(re, { scan: new RegExp(body, 'gu'), at: new RegExp(body, 'uyd'), witness: test });
  return re;
}

/**
 * Every match of `re` (made with {@link rx}) in `text`, left to right, as `text.matchAll(re)` of the full pattern.
 * The patterns' matches begin with a letter or a digit, never inside a surrogate pair (where the engine would
 * try an empty match that a code point's step here passes over).
 */
export function* matches(text: string, re: RegExp): Generator<RegExpExecArray> {
  const pair = SCAN.get(re);
  if (!pair) {
    yield* text.matchAll(re);
    return;
  }
  const { scan, at, witness } = pair;
  if (witness && !witness.test(text)) return;
  const wordStart = WORD_START.has(re);
  // lastIndex is set before every exec, so a nested or interleaved iteration of the same expression is safe
  let from = 0;
  for (;;) {
    let start = from;
    if (witness) {
      // a match lies within one line (the patterns never cross a line break) and holds the witness, so none
      // begins on the lines before the witness's next occurrence: the search starts at that line
      const w = nextWitness(text, witness, from);
      if (w < 0) return;
      start = Math.max(from, text.lastIndexOf('\n', w - 1) + 1);
    }
    scan.lastIndex = start;
    const found = scan.exec(text);
    if (!found) return;
    const index = found.index;
    const length = found[0].length;
    if (wordStart && letterOrDigitBefore(text, index)) {
      from = nextIndex(text, index);
      continue;
    }
    at.lastIndex = index;
    const m = at.exec(text)!;
    // as matchAll: an empty match moves on by one code point
    from = length ? index + length : nextIndex(text, index);
    yield m;
  }
}

/** Where the witness next occurs at or after `from`, or -1. */
function nextWitness(text: string, witness: RegExp, from: number): number {
  const g = GLOBAL_WITNESS.get(witness)!;
  g.lastIndex = from;
  const m = g.exec(text);
  return m ? m.index : -1;
}

const GLOBAL_WITNESS = new WeakMap<RegExp, RegExp>();

/** Whether the code point that ends just before `at` is a letter or a digit (the lookbehind of {@link B}). */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  let k = at - 1;
  const c = text.charCodeAt(k);
  if (c >= 0xdc00 && c <= 0xdfff && k > 0) {
    const h = text.charCodeAt(k - 1);
    if (h >= 0xd800 && h <= 0xdbff) k--;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(k)!));
}

function nextIndex(text: string, at: number): number {
  const c = text.codePointAt(at);
  return at + (c !== undefined && c > 0xffff ? 2 : 1);
}

/** The range of group `t` (or of the whole match) of a match made with {@link rx}. */
export function spanOf(m: RegExpExecArray | RegExpMatchArray, group = 't'): [number, number] {
  const r = m.indices?.groups?.[group] ?? m.indices?.[0];
  return r ? [r[0], r[1]] : [m.index!, m.index! + m[0].length];
}

/** Whether `re` matches the text just before `at` (the pattern is anchored at its end here). */
export function endsBefore(text: string, at: number, pattern: string, reach = 40): RegExpExecArray | null {
  const from = Math.max(0, at - reach);
  return compiled(ENDS_BEFORE, pattern, () => new RegExp(`(?:${pattern})$`, 'u')).exec(text.slice(from, at));
}

/** Whether `pattern` matches the text starting at `at`. */
export function startsAt(text: string, at: number, pattern: string): RegExpExecArray | null {
  const re = compiled(STARTS_AT, pattern, () => new RegExp(pattern, 'uy'));
  re.lastIndex = at;
  return re.exec(text);
}

/** The parsers pass a few fixed patterns: each is compiled once. */
const ENDS_BEFORE = new Map<string, RegExp>();
const STARTS_AT = new Map<string, RegExp>();

function compiled(cache: Map<string, RegExp>, pattern: string, make: () => RegExp): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, (re = make()));
  }
  return re;
}
