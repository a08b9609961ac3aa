import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFrom } from '../../stages/time/test-doc.js';
import { clauseOf, compressClause, sourceSpan } from './compress.js';
import { unitsOf } from './units.js';

function unitOf(text: string) {
  const units = unitsOf([docFrom(text)]);
  assert.equal(units.length, 1);
  return units[0]!;
}

test('a leading connector, a month gloss and an apposition are left out of the sentence', () => {
  const u = unitOf('كما التقى الوزير في شهر مارس (آذار) نظيره التركي، وهو في زيارة قصيرة، لبحث ملف المياه المشترك.');
  assert.equal(compressClause(u, 0, u.tokens.length), 'التقى الوزير في شهر مارس نظيره التركي، لبحث ملف المياه المشترك.');
});

test('the conjunction joined to the first word goes, a root letter stays', () => {
  const joined = unitOf('وأعلنت الحكومة خطة جديدة لدعم المزارعين في الجنوب.');
  assert.equal(compressClause(joined, 0, joined.tokens.length), 'أعلنت الحكومة خطة جديدة لدعم المزارعين في الجنوب.');
  const root = unitOf('وزير المالية يعرض الموازنة الجديدة على البرلمان اليوم.');
  assert.equal(compressClause(root, 0, root.tokens.length), 'وزير المالية يعرض الموازنة الجديدة على البرلمان اليوم.');
});

test('quotation marks around a name are dropped, a real quotation keeps its marks', () => {
  const u = unitOf('وقال “البنك المركزي” إن “التضخم سيتراجع خلال الأشهر الثلاثة المقبلة بشكل ملحوظ”.');
  assert.equal(compressClause(u, 0, u.tokens.length), 'قال البنك المركزي إن «التضخم سيتراجع خلال الأشهر الثلاثة المقبلة بشكل ملحوظ».');
});

test('the cited clause is the focus’s clause, cut at the next clause, and its span is the source’s words', () => {
  const text = 'وصل الوفد إلى العاصمة صباح الأحد، بينما أعلنت الشرطة إغلاق الطرق المؤدية إلى المطار حتى المساء.';
  const u = unitOf(text);
  const police = u.tokens.findIndex((t) => t.text === 'الشرطة');
  const [a, b] = clauseOf({ unit: u, focus: [police, police + 1] });
  const { start, end } = sourceSpan(u, a, b);
  assert.equal(text.slice(start, end), 'بينما أعلنت الشرطة إغلاق الطرق المؤدية إلى المطار حتى المساء');
  assert.equal(compressClause(u, a, b), 'أعلنت الشرطة إغلاق الطرق المؤدية إلى المطار حتى المساء.');
  const [a2, b2] = clauseOf({ unit: u, focus: [1, 2] });
  assert.equal(text.slice(sourceSpan(u, a2, b2).start, sourceSpan(u, a2, b2).end), 'وصل الوفد إلى العاصمة صباح الأحد');
});

test('a long sentence is cut to a brief length around its focus', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `كلمة${i}`).join(' ');
  const u = unitOf(`بدأ الاجتماع ${filler}، ثم أعلن المجلس قراره النهائي بشأن الموازنة.`);
  const focus = u.tokens.findIndex((t) => t.text === 'المجلس');
  const [a, b] = clauseOf({ unit: u, focus: [focus, focus + 1] }, 20);
  assert.ok(a <= focus && focus < b);
  assert.ok(b - a <= 20);
});
