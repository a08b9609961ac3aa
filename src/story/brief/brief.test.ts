/**
 * The brief on a mini-story written for these tests: three outlets report a land freight agreement (signed on a
 * Tuesday, talks begun months before, a first convoy planned), one of them alone a criticism by MPs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Doc, Source } from '../../model/document.js';
import type { Mention } from '../../outputs/dossier.js';
import type { StoryEvent, StoryQuantity } from '../analysis.js';
import { writeBrief } from './index.js';
import { sortKey } from './dates.js';

const ARTICLES: Array<[string, string, string, string]> = [
  [
    'a',
    'وكالة الرافدين',
    '2025-03-12',
    [
      'وزيرا النقل في الأردن والعراق يوقعان اتفاقا لتشغيل خط شحن بري',
      'وقّع وزيرا النقل الأردني والعراقي، الثلاثاء، اتفاقاً لتشغيل خط شحن بري بين ميناء العقبة ومدينة البصرة، بحضور وفدين من البلدين.',
      'وكانت الحكومتان قد بدأتا مفاوضات حول الخط في شهر أكتوبر (تشرين الأول) من عام 2024 بعد توقف دام عامين.',
      'وقال وزير النقل الأردني إن الخط سيخفض كلفة نقل البضائع بين البلدين إلى النصف تقريبا.',
      'وأعلنت هيئة الموانئ أن أول قافلة تضم 40 شاحنة ستنطلق من ميناء العقبة في يونيو المقبل.',
    ].join('\n'),
  ],
  [
    'b',
    'نبض الخليج',
    '2025-03-12',
    [
      'اتفاق أردني عراقي على خط شحن يربط العقبة بالبصرة',
      'وقع الأردن والعراق يوم الثلاثاء اتفاقا لتشغيل خط شحن بري يربط ميناء العقبة بمدينة البصرة في جنوب العراق.',
      'وبدأت مفاوضات الخط بين الحكومتين في أكتوبر 2024 بعد توقف استمر عامين بسبب خلافات على الرسوم.',
      'ومن المنتظر أن تنطلق أول قافلة من 40 شاحنة من ميناء العقبة في يونيو، بحسب هيئة الموانئ.',
      'ويأمل التجار في البصرة أن يخفف الخط الضغط على الطرق البحرية المكلفة.',
    ].join('\n'),
  ],
  [
    'c',
    'صدى الشمال',
    '2025-03-13',
    [
      'الأردن والعراق: خط الشحن البري يبدأ في الصيف',
      'وقع البلدان الثلاثاء اتفاق تشغيل خط الشحن البري بين ميناء العقبة ومدينة البصرة بعد جولات طويلة.',
      'وأكد مسؤول في هيئة الموانئ أن أول قافلة ستضم 30 شاحنة وتنطلق من ميناء العقبة في يونيو المقبل.',
      'في حين انتقد نواب عراقيون في البرلمان كلفة المشروع وطالبوا الحكومة بنشر بنود الاتفاق كاملة أمام الرأي العام.',
    ].join('\n'),
  ],
];

function sources(): Source[] {
  return ARTICLES.map(([id, outlet, published, text]) => ({
    id,
    origin: `${id}.txt`,
    text,
    format: 'text',
    declared: { outlet, published },
    messages: [],
  }));
}

const analysis = analyze(sources(), undefined, []);
const docs: Doc[] = analysis.docs;
const byId = new Map(docs.map((d) => [d.id, d]));

function assertExact(m: Mention): void {
  const doc = byId.get(m.doc);
  assert.ok(doc, `cites an unknown document ${m.doc}`);
  assert.equal(doc.source.text.slice(m.start, m.end), m.text);
  assert.ok(m.end > m.start);
}

/** The mention, of a document, whose span holds the given words of the source. */
function span(docId: string, words: string): Mention {
  const doc = byId.get(docId)!;
  const start = doc.source.text.indexOf(words);
  assert.ok(start >= 0, `no "${words}" in ${docId}`);
  return { doc: docId, start, end: start + words.length, text: words };
}

const citesWords = (cites: Mention[], docId: string, words: string) => {
  const w = span(docId, words);
  return cites.some((c) => c.doc === docId && c.start < w.end && w.start < c.end);
};

test('the three articles form one story', () => {
  assert.equal(analysis.stories.length, 1);
});

test('every sentence cites exact source slices of running text, never a headline', () => {
  const brief = writeBrief({ docs, results: {} });
  assert.ok(brief.length >= 3 && brief.length <= 8, `${brief.length} sentences`);
  for (const s of brief) {
    assert.ok(s.cites.length, `uncited: ${s.text}`);
    s.cites.forEach(assertExact);
    for (const c of s.cites) {
      const title = byId.get(c.doc)!.title?.span;
      if (title) assert.ok(c.end <= title.start || c.start >= title.end, `cites the headline: ${c.text}`);
    }
    assert.ok(!/^[وف]?(كما|في حين)\s/.test(s.text), `keeps a leading connector: ${s.text}`);
  }
});

test('the signing, reported by all three outlets, is one sentence citing all three', () => {
  const brief = writeBrief({ docs, results: {} });
  const signing = brief.filter((s) => ['a', 'b', 'c'].every((d) => s.cites.some((c) => c.doc === d && c.text.includes('اتفاق'))));
  assert.equal(signing.length, 1, brief.map((s) => s.text).join('\n'));
  assert.deepEqual([...(signing[0]!.outlets as string[])].sort(), ['صدى الشمال', 'نبض الخليج', 'وكالة الرافدين'].sort());
  assert.ok(signing[0]!.text.includes('العقبة'));
});

test('the brief covers the main happenings and tells them in date order', () => {
  const brief = writeBrief({ docs, results: {} });
  const cites = brief.flatMap((s) => s.cites);
  const talks = brief.findIndex((s) => citesWords(s.cites, 'a', 'بدأتا مفاوضات') || citesWords(s.cites, 'b', 'وبدأت مفاوضات الخط'));
  const signed = brief.findIndex((s) => citesWords(s.cites, 'b', 'وقع الأردن والعراق'));
  const convoy = brief.findIndex((s) => citesWords(s.cites, 'a', 'أول قافلة') || citesWords(s.cites, 'b', 'أول قافلة'));
  assert.ok(talks >= 0 && signed >= 0 && convoy >= 0, brief.map((s) => s.text).join('\n'));
  assert.ok(talks < signed, 'the talks of 2024 come before the signing');
  // the talks point cites both outlets that report it
  assert.ok(citesWords(brief[talks]!.cites, 'a', 'بدأتا مفاوضات') && citesWords(brief[talks]!.cites, 'b', 'وبدأت مفاوضات الخط'));
  const keys = brief.map((s) => sortKey(s.date as string | null)).filter((k): k is string => !!k);
  assert.deepEqual(keys, [...keys].sort());
  assert.ok(cites.every((c) => c.text.trim().length > 0));
});

/** Every word a brief sentence says is in one of its cited clauses, but for the words the brief itself adds. */
function assertWordsCited(s: ReturnType<typeof writeBrief>[number], added: readonly string[] = []): void {
  const strip = (t: string) => t.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
  const cited = s.cites.map((c) => strip(c.text)).join(' ');
  const words = strip(s.text)
    .replace(/[.،؛:«»()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'بحسب' && !added.includes(w) && !(s.outlets as string[]).some((o) => o.includes(w)));
  for (const w of words) assert.ok(cited.includes(w.replace(/^[وف]/, '')), `"${w}" of "${s.text}" is in no cited clause`);
}

test('a sentence says nothing its cited clause does not: its words are the clause’s words', () => {
  for (const s of writeBrief({ docs, results: {} })) assertWordsCited(s);
});

test('where two outlets give different accounts, the sentence gives the other account in its own words too', () => {
  const sayA = span('a', 'وأعلنت هيئة الموانئ أن أول قافلة تضم 40 شاحنة ستنطلق من ميناء العقبة في يونيو المقبل.');
  const sayC = span('c', 'وأكد مسؤول في هيئة الموانئ أن أول قافلة ستضم 30 شاحنة وتنطلق من ميناء العقبة في يونيو المقبل.');
  const contradictions = [{ a: sayA, b: sayC, label: 'disagree', confidence: 0.9 }];
  const marked = writeBrief({ docs, results: { contradictions } }).filter((s) => s.disagreement);
  assert.equal(marked.length, 1);
  const s = marked[0]!;
  assert.match(s.text, /وتتباين الروايات بين/);
  // both accounts are told: the one the sentence is made of, and the other after its outlet's name
  assert.ok(s.text.includes('40 شاحنة') && s.text.includes('30 شاحنة'), s.text);
  assert.match(s.text, /، ففي (وكالة الرافدين|صدى الشمال): «[^»]+»\.$/);
  s.cites.forEach(assertExact);
  assertWordsCited(s, ['وتتباين', 'الروايات', 'بين', 'ففي', 'وكالة', 'الرافدين', 'صدى', 'وصدى', 'الشمال']);
});

test('where the outlets give different figures, the sentence says so and cites both', () => {
  const convoyA = span('a', '40 شاحنة');
  const convoyC = span('c', '30 شاحنة');
  const quantities: StoryQuantity[] = [{ value: 40, unit: 'شاحنة', subject: 'قافلة', consistent: false, mentions: [convoyA, convoyC] }];
  const brief = writeBrief({ docs, results: { quantities } });
  const marked = brief.filter((s) => s.disagreement);
  assert.equal(marked.length, 1);
  assert.match(marked[0]!.text, /وتتباين الأرقام بين/);
  assert.ok(marked[0]!.text.includes('30 شاحنة') && marked[0]!.text.includes('40 شاحنة'));
  assert.ok(marked[0]!.cites.some((c) => c.doc === 'c' && c.start <= convoyC.start && convoyC.end <= c.end));
  marked[0]!.cites.forEach(assertExact);
});

test('with the events analysis, an event is told once and cites the outlets its analysis missed too', () => {
  const event: StoryEvent = {
    id: 'e-sign',
    type: 'AGREE',
    date: { value: '2025-03-11' },
    summary: 'وقع البلدان الثلاثاء اتفاق تشغيل خط الشحن البري',
    actors: [],
    mentions: [span('c', 'وقع البلدان الثلاثاء اتفاق تشغيل خط الشحن البري'), span('a', 'اتفاقاً لتشغيل خط شحن بري')],
  };
  // an event merged too eagerly: the MPs' criticism is not the signing and is not cited with it
  const loose: StoryEvent = { ...event, id: 'e-loose', mentions: [span('c', 'انتقد نواب عراقيون'), span('b', 'ويأمل التجار في البصرة')] };
  const brief = writeBrief({ docs, results: { events: [event, loose] } });
  const told = brief.filter((s) => s.event === 'e-sign');
  assert.equal(told.length, 1);
  assert.equal(told[0]!.date, '2025-03-11');
  assert.deepEqual(new Set(told[0]!.cites.map((c) => c.doc)), new Set(['a', 'b', 'c']));
  const criticism = brief.find((s) => s.event === 'e-loose');
  if (criticism) assert.ok(criticism.cites.every((c) => c.doc === criticism.cites[0]!.doc), 'cites the unrelated sentence as the same event');
  brief.forEach((s) => s.cites.forEach(assertExact));
});

test('a story with no running text gets no brief, and one article still gets its own', () => {
  assert.deepEqual(writeBrief({ docs: [], results: {} }), []);
  const one = writeBrief({ docs: [byId.get('a')!], results: {} });
  assert.ok(one.length >= 1 && one.length <= 8);
  one.forEach((s) => s.cites.forEach(assertExact));
});

test('a sentence whose verb leaves its speaker implicit (وأضاف أن) names the speaker, and cites where the text names them', () => {
  const text = [
    'أعمال صيانة في شوارع المدينة',
    'وقال رئيس البلدية سامي الحداد، الأحد، إن أعمال صيانة الجسر الشمالي ستنتهي مطلع الشهر المقبل.',
    'وأضاف أن الطرق الفرعية المغلقة منذ أسبوعين ستفتح تباعاً أمام السيارات والحافلات.',
  ].join('\n');
  const source: Source = { id: 'm', origin: 'm.txt', text, format: 'text', declared: { outlet: 'صوت المدينة', published: '2025-03-16' }, messages: [] };
  const only = analyze([source]).docs;
  const added = writeBrief({ docs: only, results: {} }).find((s) => s.text.includes('الطرق الفرعية'));
  assert.ok(added, 'the second statement is in the brief');
  assert.match(added.text, /^أضاف (سامي )?الحداد أن الطرق الفرعية/, added.text);
  assert.ok(added.cites.some((c) => c.text.endsWith('الحداد') && c.text.length <= 'سامي الحداد'.length), JSON.stringify(added.cites.map((c) => c.text)));
  for (const c of added.cites) assert.equal(text.slice(c.start, c.end), c.text);
  assertWordsCited(added);
});

test('a sentence that ends with its own attribution names its outlet without a second بحسب', () => {
  const text = [
    'انهيار مبنى في حي قديم',
    'انهار مبنى سكني من أربعة طوابق في حي قديم وسط المدينة فجر الأحد، ما أسفر عن إصابة ستة أشخاص، بحسب مصادر طبية.',
    'وقالت البلدية إن المبنى كان مدرجاً على قائمة الأبنية الآيلة للسقوط.',
  ].join('\n');
  const source: Source = { id: 'h', origin: 'h.txt', text, format: 'text', declared: { outlet: 'صوت المدينة', published: '2025-03-16' }, messages: [] };
  const brief = writeBrief({ docs: analyze([source]).docs, results: {} });
  const told = brief.find((s) => s.text.includes('انهار مبنى'));
  assert.ok(told, JSON.stringify(brief.map((s) => s.text)));
  assert.match(told.text, /بحسب مصادر طبية، كما جاء في صوت المدينة\.$/, told.text);
  const other = brief.find((s) => s.text.includes('البلدية'));
  assert.match(other?.text ?? '', /، بحسب صوت المدينة\.$/);
});
