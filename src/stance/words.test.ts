import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignByStrings, alignPair, pairFeatures } from './features.js';
import { loadStanceModel } from './classifier.js';
import { predictFeatures, predictPair } from './model.js';
import { charClass, CLASS_ARABIC_LETTER, CLASS_LATIN_LETTER } from '../language/chars.js';
import { analyzeStatement, sameWord, wordSimilarity, type Statement } from './text.js';
import { compareStems, NEAR, SAME, stemId } from './words.js';

// statements written for these tests: inflections, near spellings and unrelated words side by side
const STATEMENTS = [
  'انسحبت القوات من المدينة بعد يومين من القتال',
  'انسحاب القوات من المدينة لم يتم بحسب الجيش',
  'ارتفعت أسعار الخبز والحليب في الأسواق الشعبية',
  'يرتفع سعر الخبز في السوق الشعبي منذ أسبوع',
  'الحكومة اللبنانية تنفي رفع الضرائب على الوقود',
  'الحكومات التركية رفعت ضريبة الوقود مرتين',
  'وصل 12 وزيرا إلى العاصمة لحضور القمة',
  'وصول اثني عشر وزيراً إلى العواصم العربية',
];

const words = STATEMENTS.flatMap((s) => analyzeStatement(s).content);

test('word comparison over interned stems gives the answers of the string functions', () => {
  let same = 0;
  let near = 0;
  for (const a of words)
    for (const b of words) {
      const c = compareStems(stemId(a.stem), stemId(b.stem));
      const expected = sameWord(a, b) ? SAME : wordSimilarity(a.stem, b.stem) >= 0.4 ? NEAR : 0;
      assert.equal(c, expected, `${a.stem} / ${b.stem}`);
      if (c === SAME && a.stem !== b.stem) same++;
      if (c === NEAR) near++;
    }
  // the sample holds inflected pairs and near spellings, or the test would prove little
  assert.ok(same > 0 && near > 0);
});

test('the alignment of two statements is the one worked out on the strings', () => {
  const statements = STATEMENTS.map(analyzeStatement);
  for (const a of statements) for (const b of statements) assert.deepEqual(alignPair(a, b), alignByStrings(a, b));
});

test('character n-grams stay exact over every letter the tokenizer reads as a word', () => {
  // words of four letters cut from all the Arabic and Latin letters (presentation forms and accented letters
  // among them), a statement of sixty such words for each stretch, overlapping the next by half
  const letters: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (charClass(c) & (CLASS_ARABIC_LETTER | CLASS_LATIN_LETTER)) letters.push(String.fromCharCode(c));
  const word = (k: number) => letters.slice((k * 4) % letters.length, ((k * 4) % letters.length) + 4).join('');
  const statements: Statement[] = [];
  for (let from = 0; from * 4 < letters.length; from += 30) statements.push(analyzeStatement(Array.from({ length: 60 }, (_, i) => word(from + i)).join(' ')));
  assert.ok(statements.length > 10);
  for (let k = 1; k < statements.length; k++) {
    const [a, b] = [statements[k - 1]!, statements[k]!];
    assert.deepEqual(alignPair(a, b), alignByStrings(a, b));
    assert.ok(alignPair(a, b).shared5 > 0, 'neighbouring statements share words');
  }
});

test('a prediction read straight into model rows is the prediction of the feature vector', () => {
  const model = loadStanceModel();
  const statements = STATEMENTS.map(analyzeStatement);
  for (const a of statements)
    for (const b of statements) assert.deepEqual(predictPair(model, a, b), predictFeatures(model, pairFeatures(a, b)));
});
