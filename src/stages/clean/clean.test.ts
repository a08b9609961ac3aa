import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture } from '../../testing/fixtures.js';
import type { Source } from '../../model/document.js';
import { clean } from './index.js';

function textSource(id: string, text: string): Source {
  return { id, origin: `${id}.txt`, text, format: 'text', declared: {}, messages: [] };
}

const page = readFixture('text/two-articles.txt').toString('utf8');
const { docs } = clean.run(textSource('page', page));
const [main, second] = docs;

test('a page carrying a second, unrelated article yields two documents, the second as <id>#2', () => {
  assert.equal(docs.length, 2);
  assert.equal(main!.id, 'page');
  assert.equal(second!.id, 'page#2');
  assert.ok(second!.body.text.includes('سجلت العاصمة السودانية أمس درجة حرارة'));
  assert.ok(!main!.body.text.includes('سجلت العاصمة السودانية'));
  assert.ok(second!.span.start > main!.span.end);
});

test('every sentence of the article is kept and the furniture is gone', () => {
  const body = main!.body.text;
  for (const keep of ['أعلنت وزارة الموارد المائية والري المصرية', 'وقال مصدر دبلوماسي مصري', 'صبرنا ليس بلا حدود', 'قالت الخارجية الإثيوبية في بيان']) {
    assert.ok(body.includes(keep), keep);
  }
  for (const drop of ['Search', 'القائمة', 'Facebook', 'WhatsApp', 'طباعة', 'AA', 'مقالات ذات صلة', 'السودان يطالب بآلية', 'سامي نور', 'الثلاثاء 9 يناير 2024', 'القاهرة - الرائد:']) {
    assert.ok(!body.includes(drop), drop);
  }
});

test('a headline and a caption printed twice are kept once', () => {
  const count = (s: string) => main!.body.text.split(s).length - 1;
  assert.equal(count('مصر وإثيوبيا تختتمان جولة مفاوضات جديدة'), 1);
  assert.equal(count('وزير الري المصري خلال مؤتمر صحافي'), 1);
  assert.equal(main!.blocks[0]!.role, 'title');
  assert.ok(main!.blocks.some((b) => b.role === 'caption'));
});

test('every block of the cleaned body maps back to its exact words in the source', () => {
  for (const doc of docs) {
    for (const b of doc.blocks) {
      const [s, e] = doc.body.toSource(b.start, b.end);
      assert.equal(page.slice(s, e), doc.body.text.slice(b.start, b.end));
    }
    for (const f of doc.furniture) assert.equal(page.slice(f.start, f.end), f.text);
  }
});

test('subheadings inside an article do not split it, and footers end it', () => {
  const text = readFixture('text/subheadings.txt').toString('utf8');
  const out = clean.run(textSource('sub', text)).docs;
  assert.equal(out.length, 1);
  const roles = out[0]!.blocks.map((b) => [out[0]!.body.text.slice(b.start, b.end), b.role]);
  assert.deepEqual(roles.filter(([, role]) => role === 'heading').map(([t]) => t), ['*مخاوف من الفيضان', '*ماذا بعد؟']);
  assert.ok(out[0]!.body.text.includes('يرى محللون أن الخرطوم'));
  assert.ok(!out[0]!.body.text.includes('جميع الحقوق'));
  assert.ok(out[0]!.furniture.some((f) => f.kind === 'footer'));
});

test('a plain article with no furniture is kept whole', () => {
  const text = 'اتفاق جديد بين البلدين\nوقع البلدان اتفاقاً للتعاون في مجال المياه.\nوقال الوزير إن الاتفاق يفتح صفحة جديدة.';
  const out = clean.run(textSource('plain', text)).docs;
  assert.equal(out.length, 1);
  assert.equal(out[0]!.body.text, text);
  assert.equal(out[0]!.furniture.length, 0);
});

test('a text of one line without end punctuation is still an article', () => {
  const out = clean.run(textSource('one', 'وصول الوفد المصري إلى أديس أبابا لاستئناف المحادثات')).docs;
  assert.equal(out.length, 1);
  assert.ok(out[0]!.body.text.includes('أديس أبابا'));
});

test('a breadcrumb of section names is furniture wherever it stands; a headline with a bar in it is still the headline', () => {
  const text =
    'الرئيسية\nأخبار › اقتصاد\nالمصرف المركزي | يرفع سعر الفائدة للمرة الثالثة هذا العام\n' +
    'رفع المصرف المركزي سعر الفائدة ربع نقطة مئوية، في خطوة قال إنها تهدف إلى كبح التضخم.\n' +
    'وتوقع محللون أن تتباطأ القروض العقارية خلال الأشهر المقبلة.\n';
  const [doc] = clean.run(textSource('trail', text)).docs;
  assert.equal(doc!.body.text.split('\n')[0], 'المصرف المركزي | يرفع سعر الفائدة للمرة الثالثة هذا العام');
  assert.ok(!doc!.body.text.includes('اقتصاد\n'));
  assert.ok(doc!.furniture.some((f) => f.text === 'أخبار › اقتصاد' && f.kind === 'ui'));
});

test('after a related block, the next article starts at its own headline, not at the links above it', () => {
  const text = [
    'البلدية تطلق خطة لتنظيف مجاري الأمطار قبل الشتاء',
    'أطلقت البلدية صباح اليوم خطة لتنظيف مجاري الأمطار في الأحياء المنخفضة قبل بدء موسم الشتاء.',
    'وقال رئيس البلدية إن الفرق ستعمل على مدار الساعة طوال الأسبوعين المقبلين.',
    'مقالات ذات صلة',
    'افتتاح سوق شعبي جديد للخضار والفواكه في الحي الشرقي للمدينة',
    'المنتخب الوطني يفوز في مباراة ودية على ملعبه',
    'حصد المنتخب الوطني فوزاً ودياً بهدفين دون رد على ملعبه مساء الجمعة أمام جمهور غفير.',
    'وأشاد المدرب بأداء اللاعبين الشبان الذين شاركوا للمرة الأولى.',
  ].join('\n');
  const { docs } = clean.run(textSource('page2', text));
  assert.equal(docs.length, 2);
  assert.equal(docs[1]!.title?.value ?? docs[1]!.body.text.split('\n')[0], 'المنتخب الوطني يفوز في مباراة ودية على ملعبه');
  assert.ok(!docs[1]!.body.text.includes('سوق شعبي'));
});

test('a wire dateline run into the first paragraph, the agency in brackets, is furniture; the paragraph starts after it', () => {
  for (const [credit, rest] of [
    ['بغداد (رويترز) -', 'قال مسؤولون عراقيون أمس إن الحكومة أقرت موازنة الطوارئ بعد نقاش طويل.'],
    ['عمّان - (أ ف ب) -', 'أعلنت وزارة المياه الأردنية خطة لتقنين الضخ في الأحياء الشرقية خلال الصيف.'],
    // after a place the lists know, the outlet's own name in brackets
    ['أربيل (المدار24)-', 'افتتحت حكومة الإقليم جسراً جديداً يربط الأحياء الغربية بوسط المدينة.'],
    // a place the lists know and a dash alone
    ['القاهرة-', 'بعد أسابيع من الانتظار، أعلنت الحكومة جدولاً جديداً لتخفيف أحمال الكهرباء.'],
  ] as const) {
    const text = `عنوان الخبر في سطر قصير\n${credit} ${rest}\nوأضاف المسؤولون أن الخطة تبدأ الأسبوع المقبل.`;
    const [doc] = clean.run(textSource('wire', text)).docs;
    const first = doc!.blocks.find((b) => b.role === 'text')!;
    assert.equal(doc!.body.text.slice(first.start, first.end), rest);
    const dateline = doc!.furniture.find((f) => f.kind === 'dateline');
    assert.equal(dateline?.text, credit);
  }
  // a bracket further into the sentence is no dateline
  const plain = 'عنوان الخبر في سطر قصير\nقال وزير المالية (المستقيل) - في بيان مقتضب - إن الأرقام صحيحة.\nوأضاف أن العجز سيتراجع.';
  assert.ok(!clean.run(textSource('plain', plain)).docs[0]!.furniture.some((f) => f.kind === 'dateline'));
  // nor is a bracket after words that are no place
  const aside = 'عنوان الخبر في سطر قصير\nالوزير الجديد (المستقل)- أعلن أمس أن الأرقام صحيحة.\nوأضاف أن العجز سيتراجع.';
  const dash = 'عنوان الخبر في سطر قصير\nالأرقام - كما أعلنها الوزير أمس - تظهر تراجع العجز.\nوأضاف أن العجز سيتراجع.';
  assert.ok(!clean.run(textSource('dash', dash)).docs[0]!.furniture.some((f) => f.kind === 'dateline'));
  assert.ok(!clean.run(textSource('aside', aside)).docs[0]!.furniture.some((f) => f.kind === 'dateline'));
});

test('a place and a name under the headline, in either order (دمشق - الشام اليوم), is a credit, not a subheading', () => {
  for (const credit of ['دمشق - الشام اليوم', 'الشام اليوم - دمشق']) {
    const text = `اتفاق جديد على فتح المعبر\n${credit}\nأعلن الجانبان الاتفاق على فتح المعبر أمام الشاحنات.\nوقال مسؤول إن العمل يبدأ قريباً.`;
    const [doc] = clean.run(textSource('credit', text)).docs;
    assert.ok(!doc!.body.text.includes('الشام اليوم'), credit);
    assert.ok(doc!.furniture.some((f) => f.text === credit));
    assert.ok(!doc!.blocks.some((b) => b.role === 'heading'));
  }
});

test('a relative stamp under the headline (منذ 5 ساعات، آخر تحديث: قبل ساعتين) is furniture, not a subheading, and gives no date', () => {
  const text = 'انطلاق الحوار حول مستقبل التحالف\nمنذ 5 ساعات\nآخر تحديث: قبل ساعتين\nأطلق البلدان أولى جولات الحوار الثنائي في بغداد.\nوقال مسؤول إن الجولة المقبلة بعد شهر.';
  const [doc] = clean.run(textSource('rel', text)).docs;
  assert.ok(!doc!.body.text.includes('منذ 5 ساعات') && !doc!.body.text.includes('قبل ساعتين'), doc!.body.text);
  assert.deepEqual(
    doc!.furniture.filter((f) => f.kind === 'published' || f.kind === 'updated').map((f) => [f.kind, f.text]),
    [['published', 'منذ 5 ساعات'], ['updated', 'آخر تحديث: قبل ساعتين']],
  );
  assert.ok(!doc!.blocks.some((b) => b.role === 'heading'));
  assert.ok(doc!.body.text.includes('وقال مسؤول إن الجولة المقبلة بعد شهر.'));
});

test('a related cue in the site header above the one headline and its date (آخر الأخبار) is a menu item, not the end of an article', () => {
  const text = 'صوت الرافدين\nآخر الأخبار\nنائب: الانسحاب سيتم على مرحلتين والحكومة ملزمة بقرار البرلمان\n2024/02/11\nبغداد – صوت الرافدين\nكشف عضو في لجنة الأمن والدفاع عن تفاصيل جديدة بشأن جدولة الانسحاب.\nوقال النائب إن المرحلة الأولى تشمل قاعدتين في غرب البلاد وشمالها.';
  const docs = clean.run(textSource('nav', text)).docs;
  assert.equal(docs.length, 1, docs.map((d) => d.body.text.slice(0, 40)).join(' | '));
  const [doc] = docs;
  assert.ok(doc!.body.text.startsWith('نائب: الانسحاب سيتم على مرحلتين'), doc!.body.text.slice(0, 60));
  assert.ok(doc!.furniture.some((f) => f.kind === 'ui' && f.text === 'آخر الأخبار'));
  // a related block that lists several headlines above the story stays a related block, not a menu item
  const block = 'آخر الأخبار\nارتفاع أسعار الذهب في الأسواق المحلية\nافتتاح معرض للكتاب في البصرة\nتأهل المنتخب إلى الدور الثاني\n2024/02/11\nكشف عضو في لجنة الأمن والدفاع عن تفاصيل جديدة بشأن جدولة الانسحاب.\nوقال النائب إن المرحلة الأولى تشمل قاعدتين في غرب البلاد وشمالها.';
  const other = clean.run(textSource('block', block)).docs;
  assert.ok(!other.some((d) => d.furniture.some((f) => f.kind === 'ui' && f.text === 'آخر الأخبار')));
});

test('the header’s related cue is a menu item too when the date comes before the one headline and a place credit after it', () => {
  const text = 'أنباء الساحل\nآخر الأخبار\n2024/03/05\n\nالاتفاق على تبادل الأسرى بين الطرفين\n\nعدن - أنباء الساحل\nتوصل الطرفان إلى اتفاق لتبادل مئات الأسرى برعاية أممية.\nوقال الوسيط إن التنفيذ يبدأ خلال أسبوعين.';
  const docs = clean.run(textSource('nav2', text)).docs;
  assert.equal(docs.length, 1, docs.map((d) => d.body.text.slice(0, 40)).join(' | '));
  assert.ok(docs[0]!.body.text.startsWith('الاتفاق على تبادل الأسرى بين الطرفين'), docs[0]!.body.text.slice(0, 60));
});

test('a caption repeated under the photo without its label (الصورة: …) is kept once', () => {
  const text = 'افتتاح الجسر الجديد\nافتتح الوزير الجسر الجديد فوق النهر صباح اليوم.\nوقال إن الجسر سيخفف الزحام عن وسط المدينة.\nالصورة: الوزير يقص شريط الافتتاح وسط الحضور (أ ف ب)\nالوزير يقص شريط الافتتاح وسط الحضور (أ ف ب)';
  const [doc] = clean.run(textSource('cap', text)).docs;
  assert.equal(doc!.body.text.split('الوزير يقص شريط الافتتاح').length - 1, 1, doc!.body.text);
  assert.ok(doc!.furniture.some((f) => f.kind === 'duplicate' && f.text === 'الوزير يقص شريط الافتتاح وسط الحضور (أ ف ب)'));
});
