/**
 * The table-driven character classes give the answers of the expressions they are built from: word counts and
 * script counts of any text are those of the plain definitions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ARABIC_LETTER, ARABIC_MARK, countWords, DIGIT, LATIN_LETTER, scriptCounts } from './chars.js';

const alphabet = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة', ...'\u064B\u0650\u0651\u0640\u0670', ...'٠١٢٣٤٥٦٧٨٩0123456789',
  ...'«»"().,،؛؟!:-–/…', ' ', ' ', '\n', '\t', '\u00A0', '\u200B', '\u200F', '\uFEFF', ...'abcXYZéß',
  '😀', '𝐀', '\uD800', '\uDC00', '\u3000',
];
const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }).map((cs) => cs.join(''));

function referenceScriptCounts(s: string): { arabic: number; latin: number; digits: number; other: number } {
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

test('scriptCounts counts letters, digits and the rest by character, as the class expressions do', () => {
  fc.assert(fc.property(texts, (s) => assert.deepEqual(scriptCounts(s), referenceScriptCounts(s))), { numRuns: 3000 });
  assert.deepEqual(scriptCounts('قال 3 مسؤولين 😀 AFP'), { arabic: 10, latin: 3, digits: 1, other: 1 });
});

test('countWords counts the pieces between white space that hold a letter or a digit', () => {
  fc.assert(
    fc.property(texts, (s) => assert.equal(countWords(s), s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length)),
    { numRuns: 3000 },
  );
  assert.equal(countWords('  أعلنت الوزارة — اليوم 𝐀 «» 2024 '), 5);
});
