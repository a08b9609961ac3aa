/**
 * The brief on two reports written for this test of one clash (each outlet with its own injury toll), one of
 * which appends an unrelated item under وفي سياق منفصل.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefOf, type TestArticle } from './sample-brief.js';

const ARTICLES: TestArticle[] = [
  [
    'a',
    'نبأ الجنوب',
    [
      'مواجهات بين الأمن ومحتجين قرب مصفاة النفط',
      'أغلق عشرات المحتجين صباح الأحد الطريق المؤدي إلى مصفاة النفط جنوبي المدينة مطالبين بفرص عمل.',
      'وفرقت الشرطة المتظاهرين بالغاز المسيل للدموع، ما أدى إلى إصابة 9 أشخاص بينهم اثنان من عناصر الأمن.',
      'وفي سياق منفصل، افتتح وزير الصحة مستشفى جديداً للأطفال في العاصمة بكلفة عشرين مليون دولار.',
    ],
  ],
  [
    'b',
    'مرآة المدينة',
    [
      'إصابة 14 في مواجهات قرب مصفاة النفط',
      'أصيب 14 شخصاً الأحد خلال مواجهات بين قوات الأمن ومحتجين أغلقوا الطريق إلى مصفاة النفط جنوبي المدينة.',
      'وقال شهود إن المحتجين طالبوا بتوظيف أبناء المنطقة في المصفاة.',
    ],
  ],
];

const { stories, sentences: brief } = briefOf(ARTICLES, '2025-03-09');

test('an item the article marks as another matter (وفي سياق منفصل) stays out of the brief', () => {
  assert.equal(stories, 1);
  assert.ok(brief.length >= 2, JSON.stringify(brief.map((s) => s.text)));
  assert.ok(brief.every((s) => !s.text.includes('مستشفى') && s.cites.every((c) => !c.text.includes('مستشفى'))), brief.map((s) => s.text).join('\n'));
});

test('two outlets\' tolls of the clash are set side by side once, each figure cited', () => {
  const saying = brief.filter((s) => s.text.includes('وتتباين الأرقام'));
  assert.equal(saying.length, 1, brief.map((s) => s.text).join('\n'));
  assert.ok(saying[0]!.cites.some((c) => c.doc === 'a' && c.text.includes('9 أشخاص')));
  assert.ok(saying[0]!.cites.some((c) => c.doc === 'b' && c.text.includes('14 شخصاً')));
});
