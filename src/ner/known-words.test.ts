import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dictionaryStems, isDictionaryWord, KnownWords, knownWordsOf } from './known-words.js';
import { KNOWN_WORDS_PATH, knownWords } from './known-words-file.js';
import { buildKnownWords, DEFAULT_DICTIONARY } from './known-words-build.js';
import { wordInfo } from './features.js';

// a .dic in hunspell's layout, written for this test: count, words with and without flags and morphology
const DIC = ['5', 'مدرسة/76', 'كتاب/83', 'قال/262\t18031', '::::::::::::::', 'stopwords.dic', 'سوى', 'حديقة'].join('\n');

test('the stems of a hunspell dictionary are read without flags or morphology, normalised as tokens are', () => {
  const stems = dictionaryStems(DIC);
  assert.deepEqual([...stems].sort(), ['حديقه', 'سوي', 'قال', 'كتاب', 'مدرسه']);
});

test('the filter holds every word put in, and its bytes read back the same', () => {
  const words = [...dictionaryStems(DIC)];
  const known = knownWordsOf(words);
  for (const w of words) assert.ok(known.has(w), w);
  const again = KnownWords.fromBytes(known.toBytes());
  for (const w of words) assert.ok(again.has(w), w);
  assert.deepEqual(again.toBytes(), known.toBytes());
  assert.throws(() => KnownWords.fromBytes(Buffer.from('XXXX0000')), /bad magic/);
});

test('a filter of a few words takes almost no other word for known', () => {
  const known = knownWordsOf(dictionaryStems(DIC));
  const others = ['شجره', 'نهر', 'جبل', 'سياره', 'طاوله', 'قلم', 'باب', 'نافذه', 'بحر', 'سماء', 'ارض', 'شمس'];
  assert.equal(others.filter((w) => known.has(w)).length, 0);
});

test('a stem counts as a dictionary word under its inflectional endings and with or without its ة', () => {
  const known = knownWordsOf(dictionaryStems(DIC));
  assert.ok(isDictionaryWord(known, 'كتابهم', []));
  assert.ok(isDictionaryWord(known, 'مدرس', []));
  assert.ok(isDictionaryWord(known, 'مدرسات', []));
  assert.ok(isDictionaryWord(known, 'xx', ['قال']), 'another clitic reading may be the known one');
  assert.ok(!isDictionaryWord(known, 'شيراك', []));
});

test('the shipped filter knows ordinary news words and not transliterated foreign names', () => {
  for (const w of ['الحكومة', 'والوزارة', 'للمدينة', 'الاتفاق', 'المفاوضات', 'قواتها']) assert.ok(wordInfo(w).listed, w);
  for (const w of ['ساركوزي', 'شيراك', 'رومانوفسكي', 'ستولتنبرغ']) assert.ok(!wordInfo(w).listed, w);
  // not Arabic words: the feature says nothing of them
  for (const w of ['2024', 'NATO', '،']) assert.ok(wordInfo(w).listed, w);
  assert.ok(knownWords().has('حكومه'));
});

test('models/known-words.bin is what the build makes of Debian hunspell-ar', { skip: !existsSync(DEFAULT_DICTIONARY) && 'hunspell-ar is not installed' }, () => {
  assert.deepEqual(buildKnownWords(DEFAULT_DICTIONARY).bytes, readFileSync(KNOWN_WORDS_PATH));
});
