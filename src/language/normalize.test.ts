import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForComparison, normalize, normalizeOffsetText, normalizeView } from './normalize.js';
import { OffsetText } from '../model/offset-text.js';

test('spelling variants of one word normalise to one form', () => {
  assert.equal(normalize('أَمْرِيكِيّ'), normalize('امريكي'));
  assert.equal(normalize('إثيوبيا'), normalize('اثيوبيا'));
  assert.equal(normalize('مسؤول'), normalize('مسئول'));
  assert.equal(normalize('مصطفى'), normalize('مصطفي'));
  assert.equal(normalize('الحكومة'), normalize('الحكومه'));
  assert.equal(normalize('العـــراق'), 'العراق');
  assert.equal(normalize('٢٠٢٤/١/٢٥'), '2024/1/25');
  assert.equal(normalize('۱۴۰۳'), '1403');
  assert.equal(normalize('«قال» “هنا”'), '"قال" "هنا"');
  assert.equal(normalize('نعم، لا؛ لماذا؟'), 'نعم, لا; لماذا?');
  assert.equal(normalize('\uFEFB'), 'لا'); // the lam-alef ligature of old pages
  assert.equal(normalize('ک\u200Cی'), 'كي');
});

test('every unit of the normalised view points at the source unit it came from', () => {
  const src = 'قالَ المسؤولُ «إنّ الاتفاقَ قريبٌ» في ٢٠٢٤';
  const view = normalizeView(src);
  assert.equal(view.text, 'قال المسءول "ان الاتفاق قريب" في 2024');
  const at = view.text.indexOf('الاتفاق');
  assert.equal(src.slice(view.from[at]!, view.to[at + 'الاتفاق'.length - 1]!), 'الاتفاقَ'.slice(0, 7));
  const y = view.text.indexOf('2024');
  assert.equal(src.slice(view.from[y]!, view.to[y + 3]!), '٢٠٢٤');
});

test('a match found in the normalised form of a cleaned body lands on the source words', () => {
  const source = 'TT\nوزيرُ الخارجيةِ الأمريكيّ يزور بغداد\nشارك';
  const start = source.indexOf('وزيرُ');
  const body = OffsetText.slice(source, start, source.indexOf('\nشارك'));
  const norm = normalizeOffsetText(body);
  const hit = norm.text.indexOf('الامريكي');
  const [s, e] = norm.toSource(hit, hit + 'الامريكي'.length);
  assert.equal(source.slice(s, e), 'الأمريكيّ'.slice(0, 'الأمريكي'.length));
});

test('lines that differ only in marks, punctuation and spacing fold to the same key', () => {
  assert.equal(foldForComparison('صورةٌ للوفدِ  (أ.ف.ب)'), foldForComparison('صورة للوفد (أ ف ب)'));
});

test('a folded line is its normalised form with every run of separators one space, none at the ends', () => {
  assert.equal(foldForComparison('  «قال الوزيرُ»: نعم،   لا! '), 'قال الوزير نعم لا');
  assert.equal(foldForComparison('...'), '');
  assert.equal(foldForComparison(''), '');
  // a ligature that decomposes into several words folds as those words
  assert.equal(foldForComparison('\uFDFA'), normalize('\uFDFA').replace(/\s+/g, ' ').trim());
  // a lone surrogate (broken decoding) is kept as it is, not replaced
  assert.equal(foldForComparison('نص \uD83D نص'), 'نص \uD83D نص');
  // a line longer than the reused buffer and than one decoding chunk
  const long = 'كلمة، '.repeat(3000);
  assert.equal(foldForComparison(long), Array(3000).fill('كلمه').join(' '));
});
