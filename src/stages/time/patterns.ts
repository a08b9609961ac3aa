/**
 * Pieces of the regular expressions the parsers share. Every pattern runs on the normalised body (see
 * language/normalize.ts: alef and hamza forms folded, ة → ه, ى → ي, marks and tatweel gone, Arabic-Indic and
 * Persian digits made ASCII, ، made a comma), so one spelling in a pattern covers every way outlets write it.
 * A parser's expression puts the words of the time expression in the group `t`; a conjunction (و، ف) glued in
 * front stays outside it.
 */
import { HIJRI_MONTH_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN } from '../../language/months.js';
import { CARDINAL_PATTERN, ORDINAL_DAY_PATTERN } from '../../language/numbers.js';
import { charClass, CLASS_SPACE } from '../../language/chars.js';

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
const SCAN = new WeakMap<RegExp, { scan: RegExp; at: RegExp; witness: RegExp | undefined; shape: Shape | null }>();

/**
 * A global, Unicode, indices-carrying expression from a pattern source; iterate its matches with {@link matches}.
 * `witness` is an expression that matches wherever `source` does (a word the pattern cannot do without, such as
 * a Hijri month's name): a text without it is not searched, which for rare words spares most texts the search.
 * A pattern that begins at a word start, with a witness and a known reach ({@link shapeOf}), is tried only at
 * the few words before each occurrence of its witness ({@link nearWitnesses}); `near: false` keeps the search
 * instead, for a pattern whose search is quicker than trying many words before each occurrence (the matches are
 * the same either way).
 */
export function rx(source: string, witness?: RegExp, options: { near?: boolean } = {}): RegExp {
  const bare = source.startsWith(B);
  const body = bare ? source.slice(B.length) : source;
  const re = new RegExp(body, 'gud');
  if (bare) WORD_START.add(re);
  let test: RegExp | undefined;
  if (witness) {
    test = new RegExp(witness.source, witness.flags.replace(/[gy]/g, ''));
    GLOBAL_WITNESS.set(test, new RegExp(witness.source, test.flags + 'g'));
  }
  let shape: Shape | null = null;
  if (bare && test && options.near !== false) {
    const { reach, first } = shapeOf(body);
    if (reach !== Infinity) shape = { reach, first: first ? startTable(first) : null };
  }
  SCAN.set(re, { scan: new RegExp(body, 'gu'), at: new RegExp(body, 'uyd'), witness: test, shape });
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
  const { scan, at, witness, shape } = pair;
  if (witness && !witness.test(text)) return;
  if (witness && shape) {
    yield* nearWitnesses(text, at, witness, shape);
    return;
  }
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

/**
 * The matches of a word-start expression whose every match holds its witness and spans at most `reach` runs of
 * white space: only the word starts a few words before each occurrence of the witness can begin one, so the
 * expression is tried there (sticky) rather than searched for across the text. A search from the line's start
 * ran on past an occurrence that began no match to the next match or the end of the text, over every line
 * between, and most occurrences of a common witness (عام، يوم، شهر) begin none.
 *
 * The same matches, in the same order, as the search of {@link matches}: a match that begins at `p` holds an
 * occurrence of the witness at or after `p`, so the first occurrence at or after `p` (taken in order) lies
 * within the match, with at most `reach` runs of white space between `p` and it; {@link wordsBack} gives the
 * earliest start so placed, and every word start from there to the occurrence is tried, leftmost first, as
 * the search would. A position tried once and failed is never tried again (a sticky match at a position does
 * not depend on where the search began).
 */
function* nearWitnesses(text: string, at: RegExp, witness: RegExp, shape: Shape): Generator<RegExpExecArray> {
  const { reach, first } = shape;
  let from = 0;
  // every position before `next` is behind `from` or was tried and began no match
  let next = 0;
  for (let w = nextWitness(text, witness, 0); w >= 0; w = nextWitness(text, witness, Math.max(w + 1, from))) {
    if (w < next) continue;
    let found: RegExpExecArray | null = null;
    let p = wordsBack(text, w, reach, next);
    for (; p <= w; p++) {
      if ((first && !canBegin(first, text.charCodeAt(p))) || letterOrDigitBefore(text, p) || insidePair(text, p)) continue;
      at.lastIndex = p;
      found = at.exec(text);
      if (found) break;
    }
    if (!found) {
      next = w + 1;
      continue;
    }
    // as matchAll: an empty match moves on by one code point
    from = found[0].length ? p + found[0].length : nextIndex(text, p);
    next = from;
    yield found;
  }
}

/**
 * A word-start pattern with a witness, read by {@link shapeOf}: its reach, and the units a match can begin with
 * (null for any), those below U+0800 (Latin and Arabic) in a table.
 */
interface Shape {
  reach: number;
  first: { low: Uint8Array; high: ReadonlySet<number> } | null;
}

function startTable(units: ReadonlySet<number>): { low: Uint8Array; high: ReadonlySet<number> } {
  const low = new Uint8Array(0x800);
  const high = new Set<number>();
  for (const u of units) {
    if (u < 0x800) low[u] = 1;
    else high.add(u);
  }
  return { low, high };
}

function canBegin(first: { low: Uint8Array; high: ReadonlySet<number> }, code: number): boolean {
  return code < 0x800 ? first.low[code] === 1 : first.high.has(code);
}

/**
 * The earliest position, not before `floor`, from which `text` up to `w` holds at most `reach` runs of white
 * space (`[^\S\n]`) and no line break: where a match holding the unit at `w` may begin at the earliest.
 */
function wordsBack(text: string, w: number, reach: number, floor: number): number {
  let runs = 0;
  let i = w;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) break;
    if (c === 32 || (charClass(c) & CLASS_SPACE) !== 0) {
      if (runs === reach) break;
      runs++;
      i--;
      while (i > floor) {
        const d = text.charCodeAt(i - 1);
        if (d === 10 || !(d === 32 || (charClass(d) & CLASS_SPACE) !== 0)) break;
        i--;
      }
      continue;
    }
    i--;
  }
  return i;
}

/** Whether `at` falls between the two units of a surrogate pair (no match of a Unicode expression begins there). */
function insidePair(text: string, at: number): boolean {
  if (at === 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 0xdc00 || c > 0xdfff) return false;
  const h = text.charCodeAt(at - 1);
  return h >= 0xd800 && h <= 0xdbff;
}

/** What {@link shapeOf} reads of a pattern for {@link nearWitnesses}. */
export interface PatternShape {
  /** An upper bound on the runs of white space (`[^\\S\\n]`) one match spans, or Infinity when unknown. */
  reach: number;
  /** The units a match can begin with, or null when it can begin with any. */
  first: ReadonlySet<number> | null;
}

/** What a piece of a pattern may do: the runs of white space it may span, the units it may begin with, whether it may match nothing. */
interface Piece {
  runs: number;
  /** One white-space unit (a class or a space), which may repeat within its run. */
  unit: boolean;
  first: Set<number> | null;
  empty: boolean;
}

/** Thrown by the reader of {@link shapeOf} at a construct it does not know. */
const UNKNOWN = new Error('a pattern construct shapeOf does not read');

/**
 * Reads a time pattern's source for the bounds {@link nearWitnesses} relies on, or gives up (reach Infinity)
 * on anything it does not know. A white-space atom (`[^\\S\\n]+`, `[^\\S\\n]*`, a literal space) takes its
 * units from one run; a sequence adds up its parts, an alternation takes its largest branch, and a lookaround
 * counts as if its units were taken (it may read past the match) but begins nothing. Whatever else could take
 * white space (`.`, `\\s`, a negated class, a class holding a space or a range, a back reference, an escape
 * this reader does not know) or repeat a group holding white space makes the bound unknown.
 */
export function shapeOf(source: string): PatternShape {
  let i = 0;
  const WS_CLASS = '[^\\S\\n]';
  const union = (a: Set<number> | null, b: Set<number> | null): Set<number> | null => (a && b ? new Set([...a, ...b]) : null);
  const atom = (): Piece => {
    const ch = source[i]!;
    if (ch === '(') {
      i++;
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_][A-Za-z0-9_]*>)/.exec(source.slice(i, i + 40));
      if (source[i] === '?' && !head) throw UNKNOWN;
      if (head) i += head[0].length;
      const inner = alternation();
      if (source[i] !== ')') throw UNKNOWN;
      i++;
      // a lookaround takes no units: it begins nothing and may be passed over
      if (head && (head[0] === '?=' || head[0] === '?!' || head[0] === '?<=' || head[0] === '?<!')) return { runs: inner.runs, unit: false, first: new Set(), empty: true };
      return { ...inner, unit: false };
    }
    if (ch === '[') {
      if (source.startsWith(WS_CLASS, i)) {
        i += WS_CLASS.length;
        return { runs: 1, unit: true, first: null, empty: false };
      }
      const close = source.indexOf(']', i + 1);
      if (close < 0) throw UNKNOWN;
      const body = source.slice(i + 1, close);
      i = close + 1;
      // letters, digits and punctuation only: no negation, space, or escape other than \d, \p{L}, \p{N} and marks
      if (body.startsWith('^') || /\s/.test(body) || body.includes(']')) throw UNKNOWN;
      // a range might hold a white space (only ranges of ASCII digits or letters are known not to; a - first or last is a unit)
      const units = body.replace(/\\p\{[LN]\}|\\[d/.:\-,()[\]]|[0-9]-[0-9]|[a-z]-[a-z]|[A-Z]-[A-Z]/g, '');
      if (units.includes('\\') || units.slice(1, -1).includes('-')) throw UNKNOWN;
      let first: Set<number> | null = new Set();
      if (/\\p/.test(body)) first = null;
      else {
        for (const r of body.match(/\\d|\\.|[0-9]-[0-9]|[a-z]-[a-z]|[A-Z]-[A-Z]|[^\\]/g) ?? []) {
          if (r === '\\d') for (let c = 48; c <= 57; c++) first.add(c);
          else if (r.length === 3) for (let c = r.charCodeAt(0); c <= r.charCodeAt(2); c++) first.add(c);
          else first.add(r.charCodeAt(r.length - 1));
        }
      }
      return { runs: 0, unit: false, first, empty: false };
    }
    if (ch === '\\') {
      const esc = /^\\(?:d|p\{[LN]\}|[()[\]{}.*+?|^$\/\\:\-,])/.exec(source.slice(i, i + 6));
      if (!esc) throw UNKNOWN;
      i += esc[0].length;
      let first: Set<number> | null = null;
      if (esc[0] === '\\d') first = new Set([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
      else if (esc[0].length === 2) first = new Set([esc[0].charCodeAt(1)]);
      return { runs: 0, unit: false, first, empty: false };
    }
    i++;
    if (ch === ' ') return { runs: 1, unit: true, first: null, empty: false };
    if (ch === '.' || /\s/.test(ch)) throw UNKNOWN;
    return { runs: 0, unit: false, first: new Set([ch.charCodeAt(0)]), empty: false };
  };
  const sequence = (): Piece => {
    let runs = 0;
    let first: Set<number> | null = new Set();
    let empty = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      if (source[i] === '^' || source[i] === '$') {
        i++;
        continue;
      }
      const a = atom();
      const q = /^(?:[?*+]|\{(\d*)(,?)(\d*)\})\??/.exec(source.slice(i, i + 12));
      let times = 1;
      let optional = false;
      if (q) {
        i += q[0].length;
        const more = q[0][0] === '*' || q[0][0] === '+' || (q[0][0] === '{' && (q[2] ? q[3] !== '1' : q[1] !== '1'));
        if (more && !a.unit) times = Infinity;
        optional = q[0][0] === '?' || q[0][0] === '*' || (q[0][0] === '{' && (q[1] === '' || q[1] === '0'));
      }
      runs += a.runs === 0 ? 0 : a.runs * times;
      if (empty) first = union(first, a.first);
      empty = empty && (a.empty || optional);
    }
    return { runs, unit: false, first, empty };
  };
  const alternation = (): Piece => {
    let all = sequence();
    while (source[i] === '|') {
      i++;
      const b = sequence();
      all = { runs: Math.max(all.runs, b.runs), unit: false, first: union(all.first, b.first), empty: all.empty || b.empty };
    }
    return all;
  };
  try {
    const whole = alternation();
    if (i !== source.length) return { reach: Infinity, first: null };
    return { reach: whole.runs, first: whole.empty ? null : whole.first };
  } catch (e) {
    if (e === UNKNOWN) return { reach: Infinity, first: null };
    throw e;
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
  if (c < 0xd800 || c > 0xdfff) return letterOrDigitUnit(c);
  if (c >= 0xdc00 && k > 0) {
    const h = text.charCodeAt(k - 1);
    if (h >= 0xd800 && h <= 0xdbff) k--;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(k)!));
}

/** Whether a unit outside the surrogates is a letter or a digit (`[\p{L}\p{N}]`): 0 not yet known, 1 no, 2 yes. */
const LETTER_OR_DIGIT_UNIT = new Uint8Array(0x10000);

function letterOrDigitUnit(code: number): boolean {
  let r = LETTER_OR_DIGIT_UNIT[code]!;
  if (r === 0) LETTER_OR_DIGIT_UNIT[code] = r = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 2 : 1;
  return r === 2;
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
