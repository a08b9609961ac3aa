/**
 * Reads the numbers news Arabic writes: digits (ASCII, Arabic-Indic, Persian, with thousands separators and
 * decimal marks), number words with their compounds (ألفين وخمسمائة، مائة وخمسون، ثلاثة آلاف), and scale words
 * after digits (2.5 مليون). Everything here works on normalised words (see language/normalize.ts): the token
 * `norm` of a number token already has its digits folded to ASCII.
 *
 * The cardinals up to a hundred come from language/numbers.ts (durations use them too: ستين يوماً); the teens,
 * the hundreds and the scales are added here because counts in the story reach them while times never do.
 */
import { CARDINALS } from '../../language/numbers.js';
import { normalize } from '../../language/normalize.js';

/** A word that is a whole number by itself (ثلاثة، خمسمائة، عشرين). */
const SIMPLE = new Map<string, number>(CARDINALS);

const UNIT_STEMS: Array<[number, string[]]> = [
  [3, ['ثلاث']],
  [4, ['أربع']],
  [5, ['خمس']],
  [6, ['ست']],
  [7, ['سبع']],
  [8, ['ثمان', 'ثماني']],
  [9, ['تسع']],
];

for (const [n, ws] of [
  [200, ['مائتان', 'مائتين', 'مائتي', 'مئتان', 'مئتين', 'مئتي']],
] as const) {
  for (const w of ws) SIMPLE.set(normalize(w), n);
}
// the hundreds are written as one word (ثلاثمائة) or two (ثلاث مائة); the one-word forms are listed here, the
// two-word ones are read as a product by the parser
for (const [n, stems] of UNIT_STEMS) for (const s of stems) for (const h of ['مائة', 'مئة']) SIMPLE.set(normalize(s + h), n * 100);
// "one" and "two" as bare words are rarely counts in news prose (واحد often means "a single", اثنين a weekday);
// they still count inside compounds and after a dual noun
const WEAK = new Set(['واحد', 'واحدة', 'اثنين', 'اثنان'].map(normalize));

/** Teens written as two words: ثلاثة عشر، خمس عشرة, with the unit's masculine or feminine form. */
const TEENS = new Map<string, number>();
for (const [w, n] of [
  ['أحد', 11], ['إحدى', 11], ['اثنا', 12], ['اثني', 12], ['اثنتا', 12], ['اثنتي', 12],
  ['ثلاثة', 13], ['ثلاث', 13], ['أربعة', 14], ['أربع', 14], ['خمسة', 15], ['خمس', 15], ['ستة', 16], ['ست', 16],
  ['سبعة', 17], ['سبع', 17], ['ثمانية', 18], ['ثماني', 18], ['ثمان', 18], ['تسعة', 19], ['تسع', 19],
] as const) TEENS.set(normalize(w), n);
const TEN_WORDS = new Set(['عشر', 'عشرة'].map(normalize));

/** Scale words: singular (×1 of what precedes, or 1× alone), dual (2×, alone), plural (× a preceding 3–10). */
export interface Scale {
  value: number;
  form: 'singular' | 'dual' | 'plural';
}
export const SCALES: ReadonlyMap<string, Scale> = new Map(
  (
    [
      ['ألف', 1e3, 'singular'], ['ألفا', 1e3, 'singular'], ['ألفان', 1e3, 'dual'], ['ألفين', 1e3, 'dual'], ['ألفي', 1e3, 'dual'],
      ['آلاف', 1e3, 'plural'], ['الاف', 1e3, 'plural'],
      ['مليون', 1e6, 'singular'], ['مليونا', 1e6, 'singular'], ['مليونان', 1e6, 'dual'], ['مليونين', 1e6, 'dual'],
      ['مليوني', 1e6, 'dual'], ['ملايين', 1e6, 'plural'],
      ['مليار', 1e9, 'singular'], ['مليارا', 1e9, 'singular'], ['ملياران', 1e9, 'dual'], ['مليارين', 1e9, 'dual'],
      ['ملياري', 1e9, 'dual'], ['مليارات', 1e9, 'plural'], ['بليون', 1e9, 'singular'], ['بلايين', 1e9, 'plural'],
      ['تريليون', 1e12, 'singular'],
    ] as const
  ).map(([w, value, form]) => [normalize(w), { value, form }] as [string, Scale]),
);

/** Reads a number token's normalised text (2500، 2,500، 2.5، ٢٫٥ → 2.5); null for clock times, dates and ranges. */
export function digitValue(norm: string): number | null {
  if (/^\d+$/.test(norm)) return Number(norm);
  // thousands grouped by comma (or the Arabic thousands mark, normalised to a comma): 2,500 — 1,250,000
  if (/^\d{1,3}(,\d{3})+$/.test(norm)) return Number(norm.replace(/,/g, ''));
  // a decimal (2.5، ٢٫٥ normalised to a dot) or a decimal comma (2,5)
  if (/^\d+[.,]\d{1,2}$/.test(norm)) return Number(norm.replace(',', '.'));
  // European grouping by dots (1.500.000), only with two or more groups: 2.500 alone is read as a decimal-free count
  if (/^\d{1,3}(\.\d{3})+$/.test(norm)) return Number(norm.replace(/\./g, ''));
  return null;
}

/** A word number by itself or a conjunction-joined part of a compound (وخمسمائة، وعشرين). */
export interface WordPart {
  value: number;
  /** The word began with the conjunction و. */
  joined: boolean;
  kind: 'simple' | 'scale' | 'teen-unit' | 'ten';
  scale?: Scale;
}

export function wordPart(norm: string): WordPart | null {
  const direct = partOf(norm, false);
  if (direct) return direct;
  if (norm.startsWith('و') && norm.length > 2) return partOf(norm.slice(1), true);
  return null;
}

function partOf(w: string, joined: boolean): WordPart | null {
  const scale = SCALES.get(w);
  if (scale) return { value: scale.value, joined, kind: 'scale', scale };
  const simple = SIMPLE.get(w);
  if (simple !== undefined) return { value: simple, joined, kind: TEN_WORDS.has(w) ? 'ten' : 'simple' };
  return null;
}

export function isWeakAlone(norm: string): boolean {
  return WEAK.has(norm);
}

export function teenUnit(norm: string): number | null {
  return TEENS.get(norm) ?? null;
}

export function isTenWord(norm: string): boolean {
  return TEN_WORDS.has(norm);
}

/**
 * Folds a sequence of number parts into a value, the way Arabic compounds read: units and tens and hundreds add
 * up (مائة وخمسون = 150), a scale multiplies what came before it since the last scale (ثلاثة آلاف = 3000,
 * ألفين وخمسمائة = 2500), a dual scale alone stands for two of it (ألفين = 2000), and a hundred right after a
 * unit multiplies it (ثلاث مائة = 300).
 */
export function foldParts(parts: ReadonlyArray<{ value: number; kind: WordPart['kind'] | 'digits'; scale?: Scale; joined: boolean }>): number {
  let total = 0;
  let current = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.kind === 'scale' && p.scale) {
      const times = p.scale.form === 'dual' ? 2 : current || 1;
      total += times * p.scale.value;
      current = 0;
    } else if (p.value === 100 && !p.joined && current > 0 && current < 10) {
      current *= 100;
    } else {
      current += p.value;
    }
  }
  return total + current;
}
