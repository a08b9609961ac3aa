import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../language/normalize.js';
import { findLexicon, LEXICON } from './lexicon.js';

const terms = (text: string) =>
  findLexicon(normalize(text).split(/\s+/).filter(Boolean)).map((h) => [h.entry.term, h.entry.category, h.from, h.to]);

test('lexicon: every entry has a weight in [-1, 1] and a known category', () => {
  assert.ok(LEXICON.length > 100);
  for (const e of LEXICON) {
    assert.ok(e.weight >= -1 && e.weight <= 1, e.term);
    assert.ok(['evaluative', 'scare-term', 'sceptical-attribution', 'label', 'triumphal', 'neutral'].includes(e.category), e.term);
    assert.ok(e.words.length >= 1 && e.words.every((w) => w.length >= 2), e.term);
  }
});

test('lexicon: words match through the clitics and suffixes joined to them', () => {
  assert.deepEqual(terms('والاحتلال'), [['احتلال', 'label', 0, 1]]);
  assert.deepEqual(terms('للاحتلال'), [['احتلال', 'label', 0, 1]]);
  assert.deepEqual(terms('بذريعة'), [['ذريعة', 'evaluative', 0, 1]]);
  assert.deepEqual(terms('الانتخابات المزعومة'), [['مزعوم', 'sceptical-attribution', 1, 2]]);
  assert.deepEqual(terms('فالميليشيات'), [['ميليشيا', 'label', 0, 1]]);
  assert.deepEqual(terms('مليشيات'), [['ميليشيا', 'label', 0, 1]]);
  assert.deepEqual(terms('الوزراء الفاشلين'), [['فاشل', 'evaluative', 1, 2]]);
  assert.deepEqual(terms('وسيماطل'), [['مماطلة', 'evaluative', 0, 1]]);
  assert.deepEqual(terms('مسرحيته الأخيرة'), [['مسرحية', 'evaluative', 0, 1]]);
});

test('lexicon: the longest entry wins, and phrases match word by word', () => {
  assert.deepEqual(terms('جاء الاجتماع مخيبا للآمال'), [['مخيب آمال', 'evaluative', 2, 4]]);
  assert.deepEqual(terms('وقع ذلك بحسب زعمه'), [['حسب زعم', 'sceptical-attribution', 2, 4]]);
  assert.deepEqual(terms('منحت ما يسمى بالهيئة'), [['ما يسمى', 'scare-term', 1, 3]]);
  assert.deepEqual(terms('حقق إنجازا تاريخيا'), [['إنجاز تاريخي', 'triumphal', 1, 3]]);
});

test('lexicon: fixed phrases and conditions keep neutral uses out', () => {
  // the prosecution, not a claim
  assert.deepEqual(terms('أحال الادعاء العام القضية'), [['ادعاء عام', 'neutral', 1, 3]]);
  // invited guests, not the so-called
  assert.deepEqual(terms('الضيوف مدعوون إلى الحفل'), []);
  assert.deepEqual(terms('وصل المدعو إلى الحدود'), [['مدعو', 'scare-term', 1, 2]]);
  // ما يعرف بـ labels a name; ما يعرف عنه is just "what is known of him"
  assert.deepEqual(terms('ما يعرف بالمنطقة الآمنة'), [['ما يعرف', 'scare-term', 0, 2]]);
  assert.deepEqual(terms('ما يعرف عنه قليل'), []);
  // a word that merely contains the letters of an entry is not it
  assert.deepEqual(terms('زعماء الأحزاب اجتمعوا'), []);
});
