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

function single(ch: string): string {
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

export interface NormalizedView {
  text: string;
  /** For unit j of `text`: the input range `[from[j], to[j])` it stands for. */
  from: Int32Array;
  to: Int32Array;
}

/** Normalises `input`, keeping for every output unit the input range it came from. */
export function normalizeView(input: string): NormalizedView {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (REMOVED.test(ch)) continue;
    const code = input.charCodeAt(i);
    if (isPresentationForm(code)) {
      for (const part of ch.normalize('NFKC')) {
        if (REMOVED.test(part)) continue;
        out.push(single(part));
        from.push(i);
        to.push(i + 1);
      }
      continue;
    }
    out.push(single(ch));
    from.push(i);
    to.push(i + 1);
  }
  return { text: out.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Normalised form of a short string (a word, a name, a lexicon entry) where positions do not matter. */
export function normalize(input: string): string {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (REMOVED.test(ch)) continue;
    if (isPresentationForm(input.charCodeAt(i))) {
      for (const part of ch.normalize('NFKC')) if (!REMOVED.test(part)) out += single(part);
      continue;
    }
    out += single(ch);
  }
  return out;
}

/** The normalised form of a mapped text, itself mapped straight to the source. */
export function normalizeOffsetText(view: OffsetText): OffsetText {
  const n = normalizeView(view.text);
  return view.derive(n.text, n.from, n.to);
}

/** Normalised, with every run of white space and punctuation folded to one space: for comparing lines. */
export function foldForComparison(input: string): string {
  return normalize(input)
    .replace(/["'()[\]{}<>.,;:!?\-_/\\|*…]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
