import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture } from '../../testing/fixtures.js';
import type { Doc, Source } from '../../model/document.js';
import { clean } from '../clean/index.js';
import { metadata } from './index.js';

function analyse(text: string, declared: Source['declared'] = {}): Doc[] {
  const source: Source = { id: 't', origin: 't.txt', text, format: 'text', declared, messages: [] };
  return clean.run(source).docs.map((d) => Object.assign(d, metadata.run(d).set));
}

test('the headline, the dateline outlet and no publication date from a site header', () => {
  const text = readFixture('text/two-articles.txt').toString('utf8');
  const [doc] = analyse(text);
  assert.equal(doc!.title?.value, 'مصر وإثيوبيا تختتمان جولة مفاوضات جديدة دون اتفاق حول سد النهضة');
  assert.equal(doc!.outlet?.value, 'الرائد');
  assert.equal(doc!.outlet?.by, 'dateline');
  assert.equal(text.slice(doc!.outlet!.span!.start, doc!.outlet!.span!.end), 'الرائد');
  // "الثلاثاء 9 يناير 2024" stands above the headline: the page's date, not the article's
  assert.equal(doc!.published, null);
  assert.ok(metadata.run(doc!).messages?.some((m) => m.code === 'metadata/page-date'));
});

test('the second article of a page is published by the outlet the page names with the first', () => {
  const text = readFixture('text/two-articles.txt').toString('utf8');
  const [first, second] = analyse(text);
  assert.ok(second, 'the page carries two articles');
  assert.equal(second.outlet?.value, first!.outlet?.value);
  assert.equal(second.outlet?.by, 'page:dateline');
  // the evidence is the first article's: the same span of the same page
  assert.deepEqual(second.outlet?.span, first!.outlet?.span);
  // its date is its own: the page's date line above the first headline is not it
  assert.equal(second.published, null);
});

test('an explicit stamp under the headline is the publication date; the update stamp is not', () => {
  const text = readFixture('text/subheadings.txt').toString('utf8');
  const [doc] = analyse(text);
  assert.equal(doc!.published?.value, '2023-12-20');
  assert.equal(doc!.published?.by, 'stamp');
  assert.equal(text.slice(doc!.published!.span!.start, doc!.published!.span!.end), '20 ديسمبر 2023');
  assert.equal(doc!.outlet?.value, 'أفق الخبر');
});

test('an outlet that names itself as the one a source spoke to, but not an agency', () => {
  const own = analyse('عنوان الخبر هنا\nوقال مسؤول لـ«المنارة اليوم» إن الاجتماع انتهى.\nوأضاف أن الجولة المقبلة قريبة.');
  assert.equal(own[0]!.outlet?.value, 'المنارة اليوم');
  assert.equal(own[0]!.outlet?.by, 'self-reference');
  const wire = analyse('عنوان الخبر هنا\nوقالت مصادر لـ«رويترز» إن الاجتماع انتهى.\nوأضافت أن الجولة المقبلة قريبة.');
  assert.equal(wire[0]!.outlet, null);
});

test('what the input declares (a JSONL field) wins over what the text suggests', () => {
  const [doc] = analyse('عنوان الخبر هنا\nوقال مسؤول لـ«المنارة» إن الاجتماع انتهى.\nوانتهى.', { outlet: 'صدى القرن', published: '2024-02-01T10:00:00Z' });
  assert.equal(doc!.outlet?.value, 'صدى القرن');
  assert.equal(doc!.published?.value, '2024-02-01');
});

test('the site name above the headline is the outlet when nothing else names one; sections and places are not', () => {
  const page = (top: string) =>
    `${top}\nالأخبار | الشؤون الإقليمية\nالبرلمان يقر موازنة العام المقبل بعد جلسة طويلة\n12/03/2025\n` +
    'عمّان (رويترز) - أقر مجلس النواب مساء الثلاثاء الموازنة العامة للعام المقبل بعد نقاش استمر تسع ساعات.\n' +
    'وقال رئيس اللجنة المالية إن العجز سينخفض إلى ثلاثة في المئة من الناتج المحلي.\n';
  const [doc] = analyse(page('نبض المدينة'));
  assert.equal(doc!.outlet?.value, 'نبض المدينة');
  assert.equal(doc!.outlet?.by, 'masthead');
  assert.equal(doc!.source.text.slice(doc!.outlet!.span!.start, doc!.outlet!.span!.end), 'نبض المدينة');
  // the trail is the site's navigation: neither the body nor the outlet
  assert.ok(!doc!.body.text.includes('الشؤون الإقليمية'));
  // a section or a place above the headline names no outlet, and the agency of the dateline is not one
  assert.equal(analyse(page('سياسة'))[0]!.outlet, null);
  assert.equal(analyse(page('عمّان'))[0]!.outlet, null);
  // a site's name may end in a number; a line of figures or a date is no name
  assert.equal(analyse(page('الشرق 24'))[0]!.outlet?.value, 'الشرق 24');
  assert.equal(analyse(page('عربي21'))[0]!.outlet?.value, 'عربي21');
  assert.equal(analyse(page('الخميس 12'))[0]!.outlet?.value ?? null, null);
  assert.equal(analyse(page('العدد 5412'))[0]!.outlet, null);
});

test('the holder of a copyright line in the footer is the outlet when nothing before it names one', () => {
  const text =
    'السياحة تسجل رقماً قياسياً في الربيع\n' +
    'سجل قطاع السياحة رقماً قياسياً في عدد الزوار خلال أشهر الربيع، بحسب الأرقام الرسمية الصادرة أمس.\n' +
    'وقالت الهيئة إن الفنادق امتلأت بنسبة تسعين في المئة.\n' +
    'جميع الحقوق محفوظة لموقع الساحل نت 2025\n';
  const [doc] = analyse(text);
  assert.equal(doc!.outlet?.value, 'الساحل نت');
  assert.equal(doc!.outlet?.by, 'copyright');
  assert.equal(text.slice(doc!.outlet!.span!.start, doc!.outlet!.span!.end), 'الساحل نت');
});

test('an agency\'s name atop its own page is the outlet; a place beside the outlet on the line under the headline is not part of its name', () => {
  const wire = analyse(
    'وكالة أنباء الوادي\nالبلدان يتفقان على استئناف عمل لجنة الحدود\nالعاصمة، 3 فبراير 2025 (واس) - اتفق البلدان اليوم على استئناف اجتماعات لجنة الحدود المشتركة.\nوذكر بيان مشترك أن الاجتماع المقبل سيعقد في مارس.\n',
  );
  assert.equal(wire[0]!.outlet?.value, 'وكالة أنباء الوادي');
  assert.ok(!wire[0]!.body.text.includes('وكالة أنباء الوادي'), 'the masthead is not a subheading of the article');
  const credited = analyse('البلدان يتفقان على استئناف عمل لجنة الحدود\nالثلاثاء 4 شباط 2025\nبغداد – الرافد\nأعلنت الوزارة الاتفاق على استئناف اجتماعات اللجنة المشتركة.\nوقال الوزير إن الحوار مستمر.\n');
  assert.equal(credited[0]!.outlet?.value, 'الرافد');
});

test('a second article with a stamp of its own under its headline is split off and keeps its own date', () => {
  // no repeated headline or caption marks where the second article begins: its own stamp under its headline does
  const text = readFixture('text/two-stamped-articles.txt').toString('utf8');
  const docs = analyse(text);
  assert.deepEqual(
    docs.map((d) => [d.id, d.title?.value, d.published?.value]),
    [
      ['t', 'بغداد وأنقرة تتفقان على تمديد خط النفط', '2024-07-12'],
      ['t#2', 'مهرجان للكتاب في البصرة يستقطب آلاف الزوار', '2024-07-10'],
    ],
  );
  const second = docs[1]!;
  assert.equal(text.slice(second.published!.span!.start, second.published!.span!.end), '10 تموز 2024');
  assert.ok(second.body.text.startsWith('مهرجان للكتاب في البصرة'));
  assert.ok(!docs[0]!.body.text.includes('مهرجان الكتاب السنوي'));
});

test('a bare date on the line right above the headline is the publication date; one with the menus under it is not', () => {
  const page = 'صوت الوادي\nالخميس 16/05/2024\nالبرلمان يقر موازنة العام الجاري بعد جلسة مطولة\nصادق مجلس النواب أمس على مشروع الموازنة بعد نقاش استمر ساعات.\nوقال رئيس المجلس إن الإقرار جاء في موعده.';
  const [doc] = analyse(page);
  assert.equal(doc!.published?.value, '2024-05-16');
  assert.equal(doc!.published?.by, 'date-over-headline');
  assert.equal(page.slice(doc!.published!.span!.start, doc!.published!.span!.end), '16/05/2024');
  assert.ok(!metadata.run(doc!).messages?.some((m) => m.code === 'metadata/page-date'));
  // the same date as a site header: the navigation stands between it and the headline
  const header = 'الخميس 16/05/2024\nبحث\nالقائمة\nالبرلمان يقر موازنة العام الجاري بعد جلسة مطولة\nصادق مجلس النواب أمس على مشروع الموازنة بعد نقاش استمر ساعات.\nوقال رئيس المجلس إن الإقرار جاء في موعده.';
  assert.equal(analyse(header)[0]!.published, null);
});

test('a Gulf paper’s date line with the Hijri date beside the Gregorian one is a bare date', () => {
  const page = 'صحيفة الخليج اليوم\nالخميس 14 شعبان 1446هـ - 13 فبراير 2025م\nولي العهد يستقبل وزير الخارجية في الرياض\nاستقبل ولي العهد في الرياض أمس وزير الخارجية الزائر.\nوجرى خلال الاستقبال استعراض العلاقات الثنائية.';
  const [doc] = analyse(page);
  assert.equal(doc!.published?.value, '2025-02-13');
  assert.equal(doc!.published?.by, 'date-over-headline');
  assert.ok(doc!.furniture.some((f) => f.kind === 'date' && f.text.startsWith('الخميس 14 شعبان')));
});

test('a stamp at the foot of the article, after its last paragraph, is its publication date', () => {
  const body = [
    'سياسة',
    'الحكومة تقر موازنة العام المقبل بعد جلسة استمرت ساعات',
    'أقر مجلس الوزراء في جلسته الاعتيادية مشروع قانون الموازنة العامة، وأحاله إلى البرلمان للتصويت عليه.',
    'وقال المتحدث باسم الحكومة إن الموازنة تتضمن زيادة في مخصصات الصحة والتعليم.',
  ];
  const stamped = analyse([...body, 'نشر في: 12 تشرين الأول 2024 - 10:05'].join('\n'))[0]!;
  assert.equal(stamped.published?.value, '2024-10-12');
  assert.equal(stamped.published?.by, 'stamp');
  // a date's own label says it is a date; its place under the article says it is the article's
  const text = [...body, 'التاريخ: 13-10-2024', 'الكلمات المفتاحية', 'الموازنة'].join('\n');
  const labelled = analyse(text)[0]!;
  assert.equal(labelled.published?.value, '2024-10-13');
  assert.equal(labelled.published?.by, 'date-under-article');
  assert.equal(text.slice(labelled.published!.span!.start, labelled.published!.span!.end), '13-10-2024');
  assert.ok(!labelled.body.text.includes('التاريخ'));
});

test('a credit line of a place and a wire agency under the headline names no outlet', () => {
  const text = 'الحكومة تقر خطة جديدة للمياه\nالثلاثاء 19 مارس 2024\nعمّان – بترا\nأقرت الحكومة خطة جديدة لإدارة المياه في المحافظات الشمالية.\nوقال الوزير إن الخطة تبدأ الشهر المقبل.';
  const [doc] = analyse(text);
  assert.equal(doc!.outlet, null, JSON.stringify(doc!.outlet));
  assert.ok(!doc!.body.text.includes('بترا'));
});

test('a share bar’s label under the headline (شارك على:) is no outlet; the site’s name at the top is', () => {
  const text = 'صوت الساحل\nالرئيسية | محليات\nالأحد 3 آذار 2024\n\nافتتاح ميناء الصيادين بعد ترميمه\n\nشارك على:\nفيسبوك\nواتساب\n\nافتتح محافظ المدينة صباح اليوم ميناء الصيادين بعد أعمال ترميم دامت عاماً.\nوقال المحافظ إن الميناء سيستقبل مئتي قارب.';
  const [doc] = analyse(text);
  assert.equal(doc!.outlet?.value, 'صوت الساحل');
  assert.ok(!doc!.body.text.includes('شارك على'));
});

test('a stamp in the American order (11/29/2024, the middle field over 12) is the publication date', () => {
  const text = 'الوسط اليوم\n11/29/2024 10:15 ص\n\nتمديد العمل بالهدنة شهراً إضافياً\n\nأعلن الوسطاء تمديد الهدنة شهراً آخر بعد اجتماع مطول.\nوقال أحدهم إن الطرفين وافقا على التمديد.';
  const [doc] = analyse(text);
  assert.equal(doc!.published?.value, '2024-11-29');
});
