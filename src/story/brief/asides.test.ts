/**
 * The brief on two reports written for this test of one clash (each outlet with its own injury toll), one of
 * which appends an unrelated item under وفي سياق منفصل.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Source } from '../../model/document.js';

const ARTICLES: Array<[string, string, string]> = [
  [
    'a',
    'نبأ الجنوب',
    [
      'مواجهات بين الأمن ومحتجين قرب مصفاة النفط',
      'أغلق عشرات المحتجين صباح الأحد الطريق المؤدي إلى مصفاة النفط جنوبي المدينة مطالبين بفرص عمل.',
      'وفرقت الشرطة المتظاهرين بالغاز المسيل للدموع، ما أدى إلى إصابة 9 أشخاص بينهم اثنان من عناصر الأمن.',
      'وفي سياق منفصل، افتتح وزير الصحة مستشفى جديداً للأطفال في العاصمة بكلفة عشرين مليون دولار.',
    ].join('\n'),
  ],
  [
    'b',
    'مرآة المدينة',
    [
      'إصابة 14 في مواجهات قرب مصفاة النفط',
      'أصيب 14 شخصاً الأحد خلال مواجهات بين قوات الأمن ومحتجين أغلقوا الطريق إلى مصفاة النفط جنوبي المدينة.',
      'وقال شهود إن المحتجين طالبوا بتوظيف أبناء المنطقة في المصفاة.',
    ].join('\n'),
  ],
];

const sources: Source[] = ARTICLES.map(([id, outlet, text]) => ({ id, origin: `${id}.txt`, text, format: 'text', declared: { outlet, published: '2025-03-09' }, messages: [] }));
const result = analyze(sources);
const story = result.stories[0] ? result.storyResults[result.stories[0].id] ?? null : null;

test('an item the article marks as another matter (وفي سياق منفصل) stays out of the brief', () => {
  assert.equal(result.stories.length, 1);
  const brief = (story?.summary ?? []) as Array<{ text: string; cites: Array<{ text: string }> }>;
  assert.ok(brief.length >= 2, JSON.stringify(brief.map((s) => s.text)));
  assert.ok(brief.every((s) => !s.text.includes('مستشفى') && s.cites.every((c) => !c.text.includes('مستشفى'))), brief.map((s) => s.text).join('\n'));
});

test('two outlets\' tolls of the clash are set side by side once, each figure cited', () => {
  const brief = (story?.summary ?? []) as Array<{ text: string; cites: Array<{ doc: string; text: string }> }>;
  const saying = brief.filter((s) => s.text.includes('وتتباين الأرقام'));
  assert.equal(saying.length, 1, brief.map((s) => s.text).join('\n'));
  assert.ok(saying[0]!.cites.some((c) => c.doc === 'a' && c.text.includes('9 أشخاص')));
  assert.ok(saying[0]!.cites.some((c) => c.doc === 'b' && c.text.includes('14 شخصاً')));
});
