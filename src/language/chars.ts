/** Character classes of the Arabic script and its neighbours, shared by the segmenters and the cleaners. */

/** Arabic letters (base block, supplement, extended-A and presentation forms), not digits or punctuation. */
export const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/;

/** Marks that sit on a letter and belong to its word (harakat, tatweel, superscript alef). */
export const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;

export const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

export const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** Invisible controls that scraped text carries (zero-width joiners, bidi marks); never a word's content. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;

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
  for (const ch of s) {
    if (ARABIC_LETTER.test(ch)) arabic++;
    else if (LATIN_LETTER.test(ch)) latin++;
    else if (DIGIT.test(ch)) digits++;
    else if (!/\s/.test(ch) && !ARABIC_MARK.test(ch)) other++;
  }
  return { arabic, latin, digits, other };
}

/** Converts Arabic-Indic and Persian digits to ASCII, one unit for one unit (positions are unchanged). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode((c >= 0x06f0 ? c - 0x06f0 : c - 0x0660) + 48);
  });
}
