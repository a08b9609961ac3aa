/**
 * Keys that decide when two spellings are one name. The orthographic key folds what normalisation folds (hamza
 * seats, alef forms, ى/ي, ة/ه, diacritics) plus أميركي/أمريكي and the space of compounds (عبد اللطيف /
 * عبداللطيف). The skeleton key is for transliterated foreign names only (رومانوسكي / رومانوفسكي, أوستن / أوستين):
 * it drops the long vowels and folds consonants that transliterations swap (غ/ج/ك for g, ث/ت, ز/س for a German
 * z: شولتس / شولتز).
 */
import { normalize } from '../../language/normalize.js';
import { fold } from '../../knowledge/gazetteer/index.js';

/** Normalised, folded words of a name (Latin words as written). */
export function nameWords(text: string): string[] {
  return text
    .split(/[\s\u00A0"'«»“”„‘’()[\]،,؛;:.!?؟\-–—/]+/)
    .filter(Boolean)
    .map((w) => (/[A-Za-z]/.test(w) ? w : fold(normalize(w))))
    .filter(Boolean);
}

/** The orthographic key of a name's words: spaces dropped, so compounds written apart or together agree. */
export function orthoKey(words: readonly string[]): string {
  return words.join('');
}

const CONSONANT_FOLD: Record<string, string> = {
  'ج': 'غ', 'ك': 'غ', 'ق': 'غ', 'ث': 'ت', 'ط': 'ت', 'ص': 'س', 'ذ': 'س', 'ظ': 'س', 'ز': 'س', 'ض': 'د', 'ه': '', 'ء': '',
};

/** The consonant skeleton of one word of a foreign name: first letter kept, vowels and hamza dropped. */
export function skeleton(word: string): string {
  const first = word[0] ?? '';
  let out = CONSONANT_FOLD[first] || first;
  for (let i = 1; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === 'ا' || ch === 'و' || ch === 'ي') continue;
    out += CONSONANT_FOLD[ch] ?? ch;
  }
  return out;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Two spellings that differ only where one writes ت and the other ط (أنتوني / أنطوني): how a foreign given name
 * is transliterated both ways. No two Arabic given names differ so (ثامر / تامر differ by ث, حسن / حسين by a letter).
 */
function onlyTaSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let swaps = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if ((a[i] === 'ت' && b[i] === 'ط') || (a[i] === 'ط' && b[i] === 'ت')) swaps++;
    else return false;
  }
  return swaps > 0;
}

/**
 * Whether two words of person names are the same transliterated word. Never for Arabic given names, which the
 * skeleton would fold together (حسن/حسين، محمد/محمود): those must agree exactly, but for ت written ط.
 */
export function sameForeignWord(a: string, b: string, arabicNames: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (arabicNames.has(a) || arabicNames.has(b)) return onlyTaSwapped(a, b);
  // an Arabic surname with the article (العباسي، الحلبوسي) is never a transliteration: exact only
  if (a.startsWith('ال') || b.startsWith('ال')) return false;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb) return Math.min(a.length, b.length) >= 4;
  return Math.min(sa.length, sb.length) >= 5 && editDistance(sa, sb, 1) <= 1;
}
