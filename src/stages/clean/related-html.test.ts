/**
 * A related-articles block written as plain elements inside <article>, after the story: the HTML path must drop
 * it as the text path does (its heading and every teaser, bylines included) and keep every paragraph of the story,
 * even one that mentions a cue inside a sentence or is short.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source } from '../../model/document.js';
import { clean } from './index.js';

const STORY = [
  'أعلنت وزارة الزراعة، صباح الأحد، بدء موسم حصاد القمح في محافظات الصعيد، مؤكدة أن المساحات المزروعة هذا العام تجاوزت ثلاثة ملايين فدان.',
  'وقال المتحدث باسم الوزارة إن لجاناً فنية ستتابع التوريد في الصوامع الحكومية، وإن ثمن الأردب سيصرف للمزارعين خلال أسبوع من التسليم.',
  'ونشرت الوزارة على موقعها دليلاً للمزارعين تحت عنوان «اقرأ أيضا قبل أن تحصد»، يشرح مواعيد التوريد وشروط قبول المحصول.',
  'ويرى خبراء أن من يريد فهم الأسعار الجديدة عليه أن يقرأ أيضا تقارير الموسم الماضي، حين ارتفعت تكاليف الأسمدة والوقود.',
  'فهل تكفي الأسعار الجديدة؟',
];

/**
 * Teasers of a related block: a headline, a one-line summary (not always), a byline with a place in brackets.
 * A headline asking a question is a paragraph in HTML (`<p>`), so the last entry has two paragraphs after a heading.
 */
const TEASERS = [
  'مزارعو الدلتا يشكون نقص الأسمدة؟',
  'تقرير ميداني يرصد أسعار الأسمدة في السوق الحرة.',
  'سعاد الحسيني (طنطا)',
  'الري تعلن مواعيد المناوبات الصيفية',
  '«الوادي» (القاهرة)',
  'هل تكفي الصوامع لاستيعاب المحصول؟',
  'مهندسون يشرحون خطة التخزين الجديدة للموسم.',
  '«الوادي» (المنيا)',
];

const CUE = 'اقرأ أيضا';

function page(afterStory: string[]): string {
  return [
    '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>بدء موسم حصاد القمح في الصعيد</title></head><body>',
    '<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/eco">اقتصاد</a></li></ul></nav></header>',
    '<main><article>',
    '<h1>بدء موسم حصاد القمح في الصعيد</h1>',
    ...STORY.map((p) => `<p>${p}</p>`),
    ...afterStory,
    '</article></main>',
    '<footer><p>جميع الحقوق محفوظة</p></footer></body></html>',
  ].join('\n');
}

const relatedBlock = (heading: string): string[] => [heading, ...TEASERS.map((t) => `<p>${t}</p>`)];

function cleaned(text: string, format: 'html' | 'text' = 'html') {
  const source: Source = { id: 'p', origin: `p.${format === 'html' ? 'html' : 'txt'}`, text, format, declared: {}, messages: [] };
  return clean.run(source).docs;
}

function assertStoryKeptAndBlockDropped(html: string): void {
  const docs = cleaned(html);
  assert.equal(docs.length, 1, 'the teasers are not read as a second article');
  const body = docs[0]!.body.text;
  for (const p of STORY) assert.ok(body.includes(p), `story paragraph kept: ${p}`);
  for (const t of TEASERS) assert.ok(!body.includes(t), `teaser dropped: ${t}`);
  const lines = body.split('\n');
  assert.ok(!lines.includes(CUE), 'the heading is dropped');
  assert.equal(lines[lines.length - 1], STORY[STORY.length - 1], 'the story ends with its own last paragraph');
  // what was cut is accounted for, at the source text it came from
  for (const f of docs[0]!.furniture) assert.equal(html.slice(f.start, f.end), f.text);
  assert.ok(docs[0]!.furniture.some((f) => f.text === CUE && f.kind === 'related'));
}

for (const [name, heading] of [
  ['<p>', `<p>${CUE}</p>`],
  ['<h2>', `<h2>${CUE}</h2>`],
  ['<h3>', `<h3>${CUE}</h3>`],
  ['<div>', `<div>${CUE}</div>`],
  ['<p><strong>', `<p><strong>${CUE}</strong></p>`],
] as const) {
  test(`a related block of plain <p> after the story, its heading a ${name}, is dropped; the story is kept`, () => {
    assertStoryKeptAndBlockDropped(page(relatedBlock(heading)));
  });
}

test('a related heading the extractor removes for its class still ends the story', () => {
  // Readability drops an element classed "related" but keeps the plain paragraphs after it
  assertStoryKeptAndBlockDropped(page(relatedBlock(`<h3 class="related-title">${CUE}</h3>`)));
  assertStoryKeptAndBlockDropped(page(relatedBlock(`<div class="related-heading">${CUE}</div>`)));
});

test('a story that mentions the cue inside its sentences, and ends on a short question, loses nothing', () => {
  const docs = cleaned(page([]));
  assert.equal(docs.length, 1);
  const body = docs[0]!.body.text;
  for (const p of STORY) assert.ok(body.includes(p), `story paragraph kept: ${p}`);
  assert.equal(docs[0]!.furniture.filter((f) => f.kind === 'related' || f.kind === 'teaser' || f.kind === 'trailing').length, 0);
});

test('the HTML and the text of the same page keep the same story and drop the same block', () => {
  const text = ['بدء موسم حصاد القمح في الصعيد', ...STORY.slice(0, 4), CUE, ...TEASERS].join('\n');
  const fromText = cleaned(text, 'text');
  const fromHtml = cleaned(page(relatedBlock(`<p>${CUE}</p>`)).replace(`<p>${STORY[4]}</p>`, ''));
  assert.equal(fromText.length, 1);
  assert.equal(fromHtml.length, 1);
  assert.equal(fromHtml[0]!.body.text, fromText[0]!.body.text);
});

test('in text too, a teaser whose headline ends like a sentence is not an article', () => {
  const teasers = TEASERS.map((t) => (t.startsWith('هل تكفي') ? 'الصوامع الحكومية تستعد لاستقبال المحصول.' : t));
  const docs = cleaned(['بدء موسم حصاد القمح في الصعيد', ...STORY.slice(0, 4), CUE, ...teasers].join('\n'), 'text');
  assert.equal(docs.length, 1);
  for (const t of teasers) assert.ok(!docs[0]!.body.text.includes(t), `teaser dropped: ${t}`);
});

test('a second article after the related block is still found, its teasers are not', () => {
  const second = [
    '<h2>ارتفاع أسعار الطماطم في أسواق الجملة</h2>',
    '<p>سجلت أسعار الطماطم في أسواق الجملة بالعاصمة ارتفاعاً جديداً هذا الأسبوع، بعد تراجع الكميات الواردة من المزارع بسبب موجة الحر التي ضربت البلاد.</p>',
    '<p>وقال تجار في سوق العبور إن سعر الصندوق تضاعف خلال عشرة أيام، متوقعين أن تعود الأسعار إلى معدلاتها مع بدء العروة الجديدة في الخريف.</p>',
    '<p>وطالبت جمعيات حماية المستهلك الحكومة بطرح كميات إضافية في المجمعات الاستهلاكية لكبح الزيادة، وتشديد الرقابة على حلقات التداول.</p>',
  ];
  const docs = cleaned(page([...relatedBlock(`<h3>${CUE}</h3>`), ...second]));
  assert.equal(docs.length, 2);
  assert.ok(docs[1]!.body.text.includes('وقال تجار في سوق العبور'));
  for (const d of docs) for (const t of TEASERS) assert.ok(!d.body.text.includes(t), `teaser dropped: ${t}`);
});
