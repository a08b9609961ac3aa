import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Source } from '../../model/document.js';
import type { StoryEvent } from '../analysis.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { analyzeStory } from '../run.js';
import { storyEvents } from './index.js';
import { intervalOf } from './dates.js';

function source(id: string, outlet: string, lines: string[], published: string): Source {
  return { id, origin: `${id}.txt`, text: lines.join('\n'), format: 'text', declared: { outlet, published }, messages: [] };
}

function eventsOf(sources: Source[]): StoryEvent[] {
  const analysis = analyze(sources, undefined, []);
  const story = { id: 'story-1', title: null, documents: analysis.docs.map((d) => d.id) };
  const entities = (analysis.corpus.entities as ResolvedEntity[] | undefined) ?? [];
  return analyzeStory([storyEvents], story, analysis.docs, entities).results.events ?? [];
}

const show = (es: StoryEvent[]) => JSON.stringify(es.map((e) => [e.type, e.mode, e.date.value, e.mentions.map((m) => `${m.doc}: ${m.text}`)]), null, 1);

// one meeting told by three outlets, each article also carrying sentences about other, related happenings
const MEETING = {
  a: 'التقى وزير الخارجية المصري نظيره الليبي في مدينة الإسكندرية أمس الأربعاء وبحثا تأمين الحدود المشتركة ومكافحة التهريب.',
  b: 'اجتمع وزير الخارجية المصري مع نظيره الليبي اليوم الأربعاء في الإسكندرية لمناقشة تأمين الحدود ومكافحة التهريب.',
  c: 'عقد وزيرا خارجية مصر وليبيا لقاء في الإسكندرية يوم 15 أيار 2024 تناول تأمين الحدود المشتركة ومكافحة التهريب.',
};
const LOOSE = [
  'وكان الوزيران قد اجتمعا في طرابلس الشهر الماضي لبحث ملف الطاقة.',
  'وتقول الحكومتان إن الحوار بين البلدين مستمر منذ سنوات.',
  'ويرى محللون أن المحادثات بين مصر وليبيا تتناول عادة ملفات الطاقة والتجارة.',
  'وفي نيسان الماضي، زار وزير الخارجية الليبي القاهرة وبحث مع الرئيس المصري التعاون الاقتصادي.',
  // an earlier meeting with no date of its own, and talks of other people on the same subject
  'وكان وزيرا الداخلية في البلدين قد بحثا تأمين الحدود ومكافحة التهريب في اجتماع بالعاصمة المصرية.',
  'وتعقد لجان أمنية من البلدين اجتماعات دورية لبحث تأمين الحدود المشتركة ومكافحة التهريب.',
  'وناقش خبراء من البلدين في ندوة بمدينة بنغازي ظاهرة التهريب عبر الحدود.',
];

test('a meeting told by three outlets has exactly their reports, not the other meetings and talks around it', () => {
  const events = eventsOf([
    source('a', 'صحيفة الساحل', ['الحدود على طاولة وزيري خارجية مصر وليبيا', MEETING.a, LOOSE[0]!, LOOSE[1]!, LOOSE[4]!], '2024-05-16'),
    source('b', 'موقع المغرب العربي', ['مباحثات مصرية ليبية حول الحدود', MEETING.b, LOOSE[2]!, LOOSE[5]!], '2024-05-15'),
    source('c', 'إذاعة الشمال', ['الحدود محور لقاء في الإسكندرية', MEETING.c, LOOSE[3]!, LOOSE[6]!], '2024-05-17'),
  ]);
  const meeting = events.filter((e) => e.type === 'CONSULT' && e.date.value === '2024-05-15');
  assert.equal(meeting.length, 1, show(events));
  const m = meeting[0]!;
  // each outlet's report of the meeting is in it
  for (const [doc, sentence] of Object.entries(MEETING)) {
    assert.ok(m.mentions.some((x) => x.doc === doc && sentence.includes(x.text)), `${doc}'s report is missing: ${show([m])}`);
  }
  // and nothing else but the headlines of those articles
  for (const x of m.mentions) {
    assert.ok(!LOOSE.some((s) => s.includes(x.text) || x.text.includes(s.slice(0, 20))), `a loose sentence joined the meeting: ${x.text}`);
  }
  assert.ok(m.mentions.length <= 6, show([m]));
  // last month's meeting is its own event, in April, before this one
  const april = events.find((e) => e.type === 'CONSULT' && e.mentions.some((x) => LOOSE[0]!.includes(x.text)));
  assert.ok(april && april !== m);
  assert.equal(april.date.value, '2024-04');
  assert.equal(april.date.precision, 'month');
  assert.ok(events.indexOf(april) < events.indexOf(m), 'the timeline is in date order');
});

test('a background event dated "last year" by one outlet and by its month by another is one event', () => {
  const events = eventsOf([
    source('a', 'صحيفة الساحل', [
      'احتجاجات في العاصمة على انقطاع الكهرباء',
      'تظاهر مئات السكان أمس أمام مقر الحكومة احتجاجا على انقطاع الكهرباء.',
      'وكانت الحكومة قد وقعت العام الماضي اتفاقية لتطوير شبكة الكهرباء مع شركة سيمنس الألمانية.',
    ], '2024-03-12'),
    source('b', 'موقع المغرب العربي', [
      'غضب شعبي من انقطاع الكهرباء',
      'واحتج السكان أمام مقر الحكومة الاثنين على انقطاع التيار الكهربائي لساعات طويلة.',
      'ووقعت الحكومة في تشرين الأول 2023 اتفاقية مع شركة سيمنس الألمانية لتطوير شبكة الكهرباء لم تنفذ بعد.',
    ], '2024-03-12'),
  ]);
  const deal = events.filter((e) => e.type === 'AGREE' && e.mentions.some((m) => m.text.includes('سيمنس')));
  assert.equal(deal.length, 1, show(events));
  assert.deepEqual([...new Set(deal[0]!.mentions.map((m) => m.doc))].sort(), ['a', 'b']);
  assert.equal(deal[0]!.date.value, '2023-10', 'the month is the more precise of the two');
  const protest = events.filter((e) => e.type === 'PROTEST');
  assert.equal(protest.length, 1, show(events));
  assert.equal(protest[0]!.date.value, '2024-03-11');
  assert.ok(events.indexOf(deal[0]!) < events.indexOf(protest[0]!));
});

test('a denied attack and a planned meeting do not merge with the attack and the meeting reported as done', () => {
  const events = eventsOf([
    source('a', 'صحيفة الساحل', ['هجوم على قاعدة عسكرية', 'هاجم مسلحون قاعدة عسكرية قرب الحدود أمس بالصواريخ.'], '2024-05-16'),
    source('b', 'موقع المغرب العربي', ['الوزارة تنفي', 'ونفت وزارة الدفاع حدوث أي هجوم على القاعدة العسكرية قرب الحدود.'], '2024-05-16'),
  ]);
  const assaults = events.filter((e) => e.type === 'ASSAULT');
  const done = assaults.find((e) => !(e.modes as string[]).includes('negated') && e.mentions.some((m) => m.doc === 'a'));
  const denied = assaults.find((e) => (e.modes as string[]).includes('negated'));
  assert.ok(done && denied && done !== denied, show(events));
  assert.ok(done.mentions.every((m) => m.doc === 'a'));
  assert.ok(denied.mentions.every((m) => m.doc === 'b'));
  assert.equal(done.date.value, '2024-05-15');
});

test('every dated event carries its precision, and the list runs in date order', () => {
  const events = eventsOf([
    source('a', 'صحيفة الساحل', ['الحدود على طاولة وزيري خارجية مصر وليبيا', MEETING.a, ...LOOSE], '2024-05-16'),
    source('c', 'إذاعة الشمال', ['الحدود محور لقاء في الإسكندرية', MEETING.c], '2024-05-17'),
  ]);
  assert.ok(events.length >= 3);
  let last = -Infinity;
  for (const e of events) {
    if (!e.date.value) {
      last = Infinity;
      continue;
    }
    assert.ok(['day', 'range', 'week', 'month', 'season', 'year'].includes(e.date.precision as string), JSON.stringify(e.date));
    const lo = intervalOf(e.date.value)!.lo;
    assert.ok(lo >= last, `out of order: ${show(events)}`);
    last = lo;
  }
});

test('the first round of talks is not merged into the second, though both are told in the same words', () => {
  const events = eventsOf([
    source('a', 'صحيفة الساحل', [
      'جولة ثانية من الحوار بين مصر وليبيا',
      'اختتمت في القاهرة أمس الجولة الثانية من الحوار الاستراتيجي بين مصر وليبيا حول أمن الحدود والهجرة.',
      'وكانت الجولة الأولى من الحوار الاستراتيجي بين مصر وليبيا حول أمن الحدود والهجرة قد عقدت في القاهرة أيضا.',
    ], '2024-05-16'),
    source('b', 'موقع المغرب العربي', [
      'انتهاء الجولة الثانية من الحوار المصري الليبي',
      'انتهت الجولة الثانية من الحوار الاستراتيجي بين مصر وليبيا في القاهرة يوم 15 أيار 2024 وتناولت أمن الحدود والهجرة.',
    ], '2024-05-16'),
  ]);
  const second = events.find((e) => e.date.value === '2024-05-15' && e.type === 'CONSULT');
  assert.ok(second, show(events));
  assert.deepEqual([...new Set(second.mentions.map((m) => m.doc))].sort(), ['a', 'b']);
  assert.ok(!second.mentions.some((m) => m.text.includes('الأولى')), show([second]));
});
