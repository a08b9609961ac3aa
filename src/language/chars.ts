/** Character classes of the Arabic script and its neighbours, shared by the segmenters and the cleaners. */

/** Arabic letters (base block, supplement, extended-A and presentation forms), not digits or punctuation. */
export const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/;

/** Marks that sit on a letter and belong to its word (harakat, tatweel, superscript alef). */
export const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;

export const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

export const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** Invisible controls that scraped text carries (zero-width joiners, bidi marks); never a word's content. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;

/**
 * The classes above (and white space) of a UTF-16 unit, read from the expressions once per unit and kept in a
 * table: the tokenizer asks them of every unit of every text, and a table read is many times cheaper than a test.
 */
export const CLASS_ARABIC_LETTER = 1;
export const CLASS_ARABIC_MARK = 2;
export const CLASS_DIGIT = 4;
export const CLASS_LATIN_LETTER = 8;
export const CLASS_INVISIBLE = 16;
export const CLASS_SPACE = 32;
/** Set on every entry of the table that has been computed. */
const KNOWN = 128;

const CHAR_CLASS = new Uint8Array(0x10000);

export function charClass(code: number): number {
  let c = CHAR_CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c =
      KNOWN |
      (ARABIC_LETTER.test(ch) ? CLASS_ARABIC_LETTER : 0) |
      (ARABIC_MARK.test(ch) ? CLASS_ARABIC_MARK : 0) |
      (DIGIT.test(ch) ? CLASS_DIGIT : 0) |
      (LATIN_LETTER.test(ch) ? CLASS_LATIN_LETTER : 0) |
      (INVISIBLE.test(ch) ? CLASS_INVISIBLE : 0) |
      (/\s/.test(ch) ? CLASS_SPACE : 0);
    CHAR_CLASS[code] = c;
  }
  return c;
}

/** Ends of a sentence in Arabic and Latin punctuation. */
export const SENTENCE_END = /[.!?؟۔…]/;

export const OPEN_QUOTE = '«“„‹"';
export const CLOSE_QUOTE = '»”‟›"';

/** Counts of letters by script in a string: the basis of "is this line Arabic prose?" decisions. */
export function scriptCounts(s: string): { arabic: number; latin: number; digits: number; other: number } {
  let arabic = 0;
  let latin = 0;
  let digits = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // a surrogate pair is one character, of none of these classes
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        other++;
        i++;
        continue;
      }
    }
    const c = charClass(code);
    if (c & CLASS_ARABIC_LETTER) arabic++;
    else if (c & CLASS_LATIN_LETTER) latin++;
    else if (c & CLASS_DIGIT) digits++;
    else if (!(c & (CLASS_SPACE | CLASS_ARABIC_MARK))) other++;
  }
  return { arabic, latin, digits, other };
}

/** Whether each UTF-16 unit, taken alone, is a letter or a digit (`[\p{L}\p{N}]`): 0 not yet known, 1 no, 2 yes. */
const LETTER_OR_DIGIT_UNIT = new Uint8Array(0x10000);

function letterOrDigitUnit(code: number): boolean {
  let r = LETTER_OR_DIGIT_UNIT[code]!;
  if (r === 0) LETTER_OR_DIGIT_UNIT[code] = r = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 2 : 1;
  return r === 2;
}

/** How many words separated by white space hold a letter or a digit (`s.split(/\s+/)` pieces that do). */
export function countWords(s: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (charClass(code) & CLASS_SPACE) {
      counted = false;
      continue;
    }
    if (counted) continue;
    if (letterOrDigitUnit(code)) counted = true;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && /^[\p{L}\p{N}]/u.test(s.slice(i, i + 2))) counted = true;
    if (counted) count++;
  }
  return count;
}

/** Converts Arabic-Indic and Persian digits to ASCII, one unit for one unit (positions are unchanged). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode((c >= 0x06f0 ? c - 0x06f0 : c - 0x0660) + 48);
  });
}
