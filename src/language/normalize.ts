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
  readonly text: string;
  /** For unit j of `text`: the input range `[from[j], to[j])` it stands for. */
  readonly from: Int32Array;
  readonly to: Int32Array;
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
  return new View(text, from);
}

/**
 * Every output unit stands for one input unit, so `to` is `from` plus one: made when first read (most callers
 * read only `from`), not with every view.
 */
class View implements NormalizedView {
  private ends: Int32Array | null = null;
  constructor(
    readonly text: string,
    readonly from: Int32Array,
  ) {}

  get to(): Int32Array {
    if (this.ends === null) {
      const to = new Int32Array(this.from.length);
      for (let j = 0; j < to.length; j++) to[j] = this.from[j]! + 1;
      this.ends = to;
    }
    return this.ends;
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(16, a.length * 2));
  b.set(a);
  return b;
}

/** Whether a unit disappears when normalised (a mark, tatweel, an invisible control): `normalize(ch) === ''`. */
export function vanishes(code: number): boolean {
  const mapped = TABLE[code];
  return mapped === null || mapped === '';
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
  // one pass over the input, normalising and folding together into a buffer reused from call to call, so that
  // a line makes one flat string (cleaning folds every line of every page) and not a chain of slices
  let buf: Uint16Array = FOLD_BUFFER;
  let n = 0;
  let pending = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const mapped = TABLE[code];
    if (mapped === null) continue;
    if (mapped === undefined) {
      if (isFoldSeparator(code)) pending = n > 0;
      else {
        if (n + 2 > buf.length) buf = growFoldBuffer(n + 2);
        if (pending) buf[n++] = 0x20;
        pending = false;
        buf[n++] = code;
      }
      continue;
    }
    // a unit that changes (presentation forms may become several letters and spaces)
    for (let k = 0; k < mapped.length; k++) {
      const c = mapped.charCodeAt(k);
      if (isFoldSeparator(c)) pending = n > 0;
      else {
        if (n + 2 > buf.length) buf = growFoldBuffer(n + 2);
        if (pending) buf[n++] = 0x20;
        pending = false;
        buf[n++] = c;
      }
    }
  }
  return unitsToString(buf, n);
}

let FOLD_BUFFER: Uint16Array = new Uint16Array(1024);

function growFoldBuffer(need: number): Uint16Array {
  const b = new Uint16Array(Math.max(need, FOLD_BUFFER.length * 2));
  b.set(FOLD_BUFFER);
  return (FOLD_BUFFER = b);
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The string of the first `n` units of `buf`. TextDecoder makes it straight from the buffer; it would replace a
 * lone surrogate (broken decoding), so a buffer holding any surrogate is copied unit by unit instead.
 */
function unitsToString(buf: Uint16Array, n: number): string {
  if (n === 0) return '';
  let surrogate = false;
  for (let i = 0; i < n && !surrogate; i++) surrogate = (buf[i]! & 0xf800) === 0xd800;
  if (!surrogate) return UTF16.decode(buf.subarray(0, n));
  const CHUNK = 4096;
  if (n <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
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
