import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source } from '../../model/document.js';
import { clean } from './index.js';

function docsOf(lines: string[]) {
  const source: Source = { id: 'p', origin: 'p.txt', text: lines.join('\n'), format: 'text', declared: {}, messages: [] };
  return clean.run(source).docs;
}

// an article written for these tests: a port strike, told in five paragraphs
const HEAD = ['إضراب عمال ميناء البصرة يدخل يومه الثالث', 'البصرة - الرائد:'];
const FIRST = [
  'دخل إضراب عمال ميناء أم قصر في البصرة يومه الثالث، وتوقفت عمليات تفريغ السفن في الأرصفة الشمالية للميناء بعدما رفض العمال العودة قبل صرف رواتبهم المتأخرة.',
  'وقال ممثل عن نقابة عمال الموانئ إن الإضراب سيستمر حتى تصرف الشركة العامة للموانئ رواتب ثلاثة أشهر، مشيرا إلى أن العمال أمهلوا الإدارة أسبوعا قبل التوقف.',
];
const REST = [
  'وأضاف ممثل النقابة أن عشرات السفن تنتظر في المياه قبالة الميناء، وأن خسائر التوقف تتضاعف كل يوم يطول فيه الإضراب عن العمل في الأرصفة.',
  'من جهتها قالت الشركة العامة للموانئ إن رواتب العمال ستصرف خلال أيام بعد وصول التمويل من وزارة المالية، ودعت العمال إلى العودة إلى الأرصفة.',
  'ويعد ميناء أم قصر أكبر موانئ العراق، وتمر عبره معظم واردات البلاد من الغذاء والبضائع، ما يجعل توقف العمل فيه مصدر قلق للتجار في البصرة.',
];

test('an inline "read also" box inside a story is dropped and the story goes on after it', () => {
  const docs = docsOf([...HEAD, ...FIRST, 'اقرأ أيضا', 'ارتفاع أسعار الشحن البحري إلى الخليج', 'الحكومة تعد بحل أزمة الرواتب المتأخرة', ...REST]);
  assert.equal(docs.length, 1);
  const body = docs[0]!.body.text;
  for (const p of [...FIRST, ...REST]) assert.ok(body.includes(p), p.slice(0, 30));
  assert.ok(!body.includes('اقرأ أيضا'));
  assert.ok(!body.includes('ارتفاع أسعار الشحن البحري'));
  assert.ok(!body.includes('الحكومة تعد بحل أزمة الرواتب'));
  const kinds = docs[0]!.furniture.map((f) => f.kind);
  assert.ok(kinds.includes('related') && kinds.includes('teaser'), kinds.join());
});

test('a one-line "read also: headline" inside a story is dropped, and so is one that closes it', () => {
  const docs = docsOf([...HEAD, ...FIRST, 'اقرأ أيضاً: ارتفاع أسعار الشحن البحري إلى الخليج', ...REST, 'شاهد أيضا | جولة في أرصفة الميناء']);
  assert.equal(docs.length, 1);
  const body = docs[0]!.body.text;
  for (const p of [...FIRST, ...REST]) assert.ok(body.includes(p), p.slice(0, 30));
  assert.ok(!body.includes('ارتفاع أسعار الشحن'));
  assert.ok(!body.includes('جولة في أرصفة الميناء'));
});

test('a related block at the foot of the story still ends it: its teasers stay out, however close their subject', () => {
  const docs = docsOf([
    ...HEAD,
    ...FIRST,
    ...REST,
    'مقالات ذات صلة',
    'نقابة الموانئ تهدد بتوسيع الإضراب',
    'قالت نقابة عمال الموانئ إن الإضراب قد يمتد إلى ميناء خور الزبير.',
    'السفن تنتظر قبالة البصرة',
    'تنتظر عشرات السفن تفريغ حمولتها في ميناء أم قصر.',
  ]);
  assert.equal(docs.length, 1);
  const body = docs[0]!.body.text;
  assert.ok(body.includes(REST[2]!));
  assert.ok(!body.includes('خور الزبير'));
  assert.ok(!body.includes('السفن تنتظر قبالة البصرة'));
});

test('a box followed by paragraphs on another subject is not read as the story going on', () => {
  const other = [
    'أعلن اتحاد كرة القدم عن موعد انطلاق الدوري الممتاز للموسم الجديد، على أن تقام المباراة الافتتاحية في ملعب الشعب الدولي ببغداد.',
    'وقال المتحدث باسم الاتحاد إن جدول المباريات سينشر الأسبوع المقبل بعد اجتماع مع ممثلي الأندية المشاركة في البطولة.',
  ];
  const docs = docsOf([...HEAD, ...FIRST, 'اقرأ أيضا', 'موعد انطلاق الدوري الممتاز', ...other]);
  const body = docs[0]!.body.text;
  assert.ok(body.includes(FIRST[1]!));
  assert.ok(!body.includes('الدوري الممتاز'));
});
