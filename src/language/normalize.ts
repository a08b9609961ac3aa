/**
 * Arabic normalisation for matching. Outlets spell the same word many ways (أميركي/أمريكي is lexical and handled
 * elsewhere; here: hamza seats, alef forms, ى/ي, ة/ه, diacritics, tatweel, Persian letters, Arabic-Indic digits,
 * quote and punctuation variants). Normalising a text never loses positions: {@link normalizeView} returns, for
 * every unit of the normalised string, the range of the input it stands for.
 */
import type { OffsetText } from '../model/offset-text.js';

/** Marks removed outright: harakat, superscript alef, Quranic annotation marks, tatweel, invisible controls. */
const REMOVED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;

const SINGLE: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  // hamza on a seat is written on waw or ya by different outlets (مسؤول/مسئول): both fold to the bare hamza
  'ؤ': 'ء', 'ئ': 'ء', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ە': 'ه', 'ھ': 'ه',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ڨ': 'ق',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '〝': '"', '〞': '"', '＂': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'",
  '،': ',', '٬': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '۔': '.',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202F': ' ', '\u2002': ' ', '\u2003': ' ', '\u3000': ' ',
};

function mapOne(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return SINGLE[ch] ?? ch;
}

/** Presentation forms (ligatures, isolated/final glyph codes from old PDFs and pages) decompose before mapping. */
function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/**
 * What each UTF-16 unit becomes, computed once: `null` for a removed mark, a string for a unit that changes
 * (presentation forms may become two letters), `undefined` for a unit that stays. Normalising is the hottest
 * loop of the engine; a table lookup keeps it to one array read per unit.
 */
const TABLE: Array<string | null | undefined> = (() => {
  const table = new Array<string | null | undefined>(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    if (REMOVED.test(ch)) {
      table[code] = null;
      continue;
    }
    let out = '';
    const parts = isPresentationForm(code) ? ch.normalize('NFKC') : ch;
    for (const part of parts) if (!REMOVED.test(part)) out += mapOne(part);
    if (out !== ch) table[code] = out;
  }
  return table;
})();

export interface NormalizedView {
  text: string;
  /** For unit j of `text`: the input range `[from[j], to[j])` it stands for. */
  from: Int32Array;
  to: Int32Array;
}

/** Normalises `input`, keeping for every output unit the input range it came from. */
export function normalizeView(input: string): NormalizedView {
  // typed arrays sized for the common case (no unit expands) and grown if one does; runs of unchanged units
  // are copied into the output in one slice
  let from: Int32Array<ArrayBuffer> = new Int32Array(input.length);
  let length = 0;
  let out = '';
  let run = 0;
  for (let i = 0; i < input.length; i++) {
    const mapped = TABLE[input.charCodeAt(i)];
    if (mapped === undefined) {
      if (length === from.length) from = grown(from);
      from[length++] = i;
      continue;
    }
    out += input.slice(run, i);
    run = i + 1;
    if (mapped === null) continue;
    out += mapped;
    for (let k = 0; k < mapped.length; k++) {
      if (length === from.length) from = grown(from);
      from[length++] = i;
    }
  }
  const text = run === 0 ? input : out + input.slice(run);
  if (length !== from.length) from = from.slice(0, length);
  const to = new Int32Array(length);
  for (let j = 0; j < length; j++) to[j] = from[j]! + 1;
  return { text, from, to };
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(16, a.length * 2));
  b.set(a);
  return b;
}

/** Normalised form of a short string (a word, a name, a lexicon entry) where positions do not matter. */
export function normalize(input: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < input.length; i++) {
    const mapped = TABLE[input.charCodeAt(i)];
    if (mapped === undefined) continue;
    // copy the unchanged run before this unit in one slice
    out += input.slice(run, i);
    if (mapped !== null) out += mapped;
    run = i + 1;
  }
  return run === 0 ? input : out + input.slice(run);
}

/** The normalised form of a mapped text, itself mapped straight to the source. */
export function normalizeOffsetText(view: OffsetText): OffsetText {
  const n = normalizeView(view.text);
  return view.derive(n.text, n.from, n.to);
}

/** Normalised, with every run of white space and punctuation folded to one space: for comparing lines. */
export function foldForComparison(input: string): string {
  // one pass over the normalised text: every run of separators (the punctuation above, or white space) becomes
  // one space, none at either end; runs of other units are copied in one slice
  const n = normalize(input);
  let out = '';
  let word = -1;
  let pending = false;
  for (let i = 0; i < n.length; i++) {
    if (!isFoldSeparator(n.charCodeAt(i))) {
      if (word < 0) word = i;
      continue;
    }
    if (word >= 0) {
      out += pending ? ' ' + n.slice(word, i) : n.slice(word, i);
      pending = true;
      word = -1;
    }
  }
  if (word >= 0) out += pending ? ' ' + n.slice(word) : word === 0 ? n : n.slice(word);
  return out;
}

const FOLD_PUNCT = `"'()[]{}<>.,;:!?-_/\\|*…`;
/** 0 not yet known, 1 a unit kept, 2 a separator (a fold punctuation mark or `\s`). */
const FOLD_CLASS = new Uint8Array(0x10000);

function isFoldSeparator(code: number): boolean {
  let c = FOLD_CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    FOLD_CLASS[code] = c = FOLD_PUNCT.includes(ch) || /\s/.test(ch) ? 2 : 1;
  }
  return c === 2;
}
