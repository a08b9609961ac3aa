/**
 * The brief on two reports written for this test, one of which tells a past visit with a clause that hangs on
 * it (…، حيث التقى …): that clause never stands alone, and no sentence repeats another's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefOf, type TestArticle } from './sample-brief.js';

const ARTICLES: TestArticle[] = [
  [
    'a',
    'نبأ الساحل',
    [
      'وزير الخارجية يبحث مع نظيره الإسباني ملف الهجرة',
      'بحث وزير الخارجية صالح العمري، مساء الثلاثاء، في اتصال هاتفي مع نظيره الإسباني ملف الهجرة غير النظامية عبر المتوسط.',
      'وكان العمري قد زار مدريد العام الماضي، حيث التقى رئيس الحكومة الإسبانية بيدرو سانشيز.',
      'وأكد الوزير أن بلاده ستواصل التنسيق مع الجانب الإسباني.',
    ],
  ],
  [
    'b',
    'مرآة المدينة',
    [
      'اتصال بين العمري ونظيره الإسباني حول الهجرة',
      'تلقى وزير الخارجية صالح العمري الثلاثاء اتصالاً هاتفياً من نظيره الإسباني تناول ملف الهجرة غير النظامية عبر المتوسط.',
      'واتفق الوزيران على عقد اجتماع للجنة المشتركة في مدريد الشهر المقبل.',
    ],
  ],
];

const { sentences: brief } = briefOf(ARTICLES, '2025-03-12');

test('a clause that hangs on the one before it (حيث التقى …) comes with its main clause, and no sentence lies inside another', () => {
  assert.ok(brief.length >= 2, JSON.stringify(brief.map((s) => s.text)));
  assert.ok(brief.every((s) => !/^(التقى|وبحث)\s/.test(s.text)), brief.map((s) => s.text).join('\n'));
  const meeting = brief.find((s) => s.text.includes('التقى رئيس الحكومة الإسبانية'));
  if (meeting) assert.ok(meeting.text.includes('زار مدريد'), meeting.text);
  for (const s of brief) {
    for (const o of brief) {
      if (s === o) continue;
      const inside = s.cites.every((m) => o.cites.some((c) => c.doc === m.doc && c.start <= m.start && m.end <= c.end));
      assert.ok(!inside, `«${s.text}» lies inside «${o.text}»`);
    }
  }
});
