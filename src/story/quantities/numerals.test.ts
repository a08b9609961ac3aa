import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFrom } from '../../stages/time/test-doc.js';
import { quantityMentions } from './extract.js';

const read = (text: string) => quantityMentions(docFrom(text), []).map((q) => ({ value: q.value, unit: q.unit.name, hedge: q.hedge?.kind ?? null, text: text.slice(q.start, q.end) }));

test('digits in every script, with thousands separators and a scale word', () => {
  assert.deepEqual(read('وصل 2,500 جندي إلى المدينة.').map((q) => q.value), [2500]);
  assert.deepEqual(read('وصل ٢٥٠٠ جندي إلى المدينة.').map((q) => q.value), [2500]);
  assert.deepEqual(read('وصل ۳۰۰ جندي إلى المدينة.').map((q) => q.value), [300]);
  assert.deepEqual(read('خصصت الحكومة 2.5 مليون دولار للإعمار.').map((q) => [q.value, q.unit]), [[2500000, 'دولار']]);
  assert.deepEqual(read('قدم البنك ٣ ملايين دولار.').map((q) => q.value), [3000000]);
});

test('number words and their compounds', () => {
  assert.deepEqual(read('انتشر ألفين وخمسمائة جندي على الحدود.').map((q) => q.value), [2500]);
  assert.deepEqual(read('شارك ثلاثة آلاف شخص في المسيرة.').map((q) => [q.value, q.unit]), [[3000, 'شخص']]);
  assert.deepEqual(read('يحتاج الجيش إلى نحو عشرة آلاف جندي إضافي.').map((q) => [q.value, q.unit]), [[10000, 'جندي']]);
  assert.deepEqual(read('أطلق المسلحون مائة وخمسين صاروخا.').map((q) => q.value), [150]);
  assert.deepEqual(read('قتل خمسة عشر مدنيا في القصف.').map((q) => [q.value, q.unit]), [[15, 'مدني']]);
  assert.deepEqual(read('عقد الطرفان ثلاث جولات من المفاوضات.').map((q) => [q.value, q.unit]), [[3, 'جولة']]);
});

test('a dual noun counts two; a sound plural in -ين does not', () => {
  assert.deepEqual(read('عقد الوفدان جولتين في القاهرة.').map((q) => [q.value, q.unit]), [[2, 'جولة']]);
  assert.deepEqual(read('أصاب الهجوم جنديين على الحدود.').map((q) => [q.value, q.unit]), [[2, 'جندي']]);
  assert.deepEqual(read('استهدفت الفصائل القاعدة بهجومين متتاليين.').map((q) => [q.value, q.unit]), [[2, 'هجوم']]);
  assert.deepEqual(read('التقى الوزير مستشارين من الوزارة.'), []);
});

test('hedges are kept with their kind and inside the mention', () => {
  const [a] = read('تعرضت المواقع لنحو 40 هجوما خلال الشهر.');
  assert.equal(a!.hedge, 'approx');
  assert.equal(a!.text, 'لنحو 40 هجوما');
  assert.equal(read('قتل أكثر من 20 شخصا.')[0]!.hedge, 'over');
  assert.equal(read('نزح ما لا يقل عن 300 شخص.')[0]!.hedge, 'atLeast');
  assert.equal(read('قتل أقل من 10 أشخاص.')[0]!.hedge, 'under');
  assert.equal(read('شارك زهاء 500 شخص.')[0]!.hedge, 'approx');
  assert.equal(read('وصل ما يقارب 700 جندي.')[0]!.hedge, 'approx');
});

test('times counted for an attack count the attack', () => {
  const [a] = read('تعرضت القاعدة للقصف الصاروخي والهجوم نحو 60 مرة منذ الربيع.');
  assert.equal(a!.value, 60);
  assert.equal(a!.unit, 'هجوم');
});

test('durations, dates, sources and identifiers are not figures', () => {
  assert.deepEqual(read('استمرت المفاوضات ثلاثة أيام.'), []);
  assert.deepEqual(read('وقالت أربعة مصادر إن الوفد وصل.'), []);
  assert.deepEqual(read('استند القرار إلى المادة 5 من الميثاق.'), []);
  assert.deepEqual(read('سيطر التنظيم عام 2014 على المدينة.'), []);
  assert.deepEqual(read('وصل الوفد الساعة 10:30 صباحا.'), []);
});

test('a number followed by a word with a joined preposition counts nothing', () => {
  assert.deepEqual(read('سجل اللاعب هدفه 12 بتسديدة قوية.'), []);
});
