import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Doc, Source } from '../../model/document.js';
import type { EventMentionItem } from './types.js';

function source(id: string, text: string, published?: string): Source {
  return { id, origin: `${id}.txt`, text, format: 'text', declared: published ? { published, outlet: 'وكالة الاختبار' } : {}, messages: [] };
}

function mentionsOf(text: string, published = '2024-05-08'): { doc: Doc; events: EventMentionItem[] } {
  const doc = analyze([source('t', text, published)], undefined, []).docs[0]!;
  return { doc, events: (doc.layers.events as EventMentionItem[]) ?? [] };
}

const TEXT = [
  'مفاوضات الحدود تتعثر',
  'لم يتوصل الطرفان إلى اتفاق بشأن ترسيم الحدود خلال جولة الأمس في بغداد.',
  'ومن المقرر أن تنسحب القوات التركية من البلدة الحدودية الأسبوع المقبل.',
  'وقصفت طائرة مسيّرة موقعاً عسكرياً قرب الحدود فجر اليوم.',
  'وحذر المتحدث من أنه إذا هاجمت الفصائل القاعدة فإن الجيش سيرد بقوة.',
  'وشنت الطائرات الحربية غارات على مواقع المسلحين يوم الاثنين.',
].join('\n');

test('a negated agreement carries the negation, and keeps its type', () => {
  const { events } = mentionsOf(TEXT);
  const agree = events.find((e) => e.type === 'AGREE');
  assert.ok(agree, 'no AGREE mention');
  assert.deepEqual(agree.modes, ['negated']);
  assert.equal(agree.trigger.text, 'يتوصل', 'the verb of توصل إلى اتفاق is the trigger');
});

test('a planned withdrawal is a RETREAT in the future mode, not a withdrawal that happened', () => {
  const { events } = mentionsOf(TEXT);
  const retreat = events.find((e) => e.type === 'RETREAT');
  assert.ok(retreat);
  assert.equal(retreat.mode, 'withdraw');
  assert.ok(retreat.modes.includes('future'));
  assert.ok(!retreat.modes.includes('negated'));
});

test('attacks are typed with their manner, and a conditional one is hypothetical', () => {
  const { events } = mentionsOf(TEXT);
  const assaults = events.filter((e) => e.type === 'ASSAULT');
  const drone = assaults.find((e) => e.mode === 'drone');
  assert.ok(drone, 'the drone strike is not typed ASSAULT/drone');
  assert.equal(drone.date.value, '2024-05-08', 'اليوم is the article date');
  assert.deepEqual(drone.modes, []);
  assert.ok(assaults.find((e) => e.modes.includes('hypothetical') && e.trigger.text === 'هاجمت'));
  const air = assaults.find((e) => e.mode === 'airstrike');
  assert.ok(air, 'the air raid is not typed ASSAULT/airstrike');
  assert.equal(air.date.value, '2024-05-06', 'the Monday before the article');
});

test('a past verb with no time word reports the news of the article day; a place after في is the location', () => {
  const { events } = mentionsOf('استقبل الرئيس العراقي وزير الخارجية الفرنسي في بغداد وبحث معه العلاقات الثنائية.', '2024-02-14');
  const host = events.find((e) => e.mode === 'host');
  assert.ok(host);
  assert.equal(host.date.value, '2024-02-14');
  assert.equal(host.date.by, 'published');
  assert.equal(host.location?.text, 'بغداد');
});

test('every span is the exact slice of the source: clause, trigger, actors, date', () => {
  const { doc, events } = mentionsOf(TEXT);
  assert.ok(events.length >= 5);
  const src = doc.source.text;
  for (const e of events) {
    assert.equal(src.slice(e.start, e.end), e.text);
    assert.equal(src.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.ok(e.start <= e.trigger.start && e.trigger.end <= e.end, 'the trigger lies in its clause');
    for (const a of e.actors) assert.equal(src.slice(a.start, a.end), a.text);
    if (e.date.span) assert.equal(src.slice(e.date.span.start, e.date.span.end), e.date.span.text);
  }
});

test('words that only look like triggers are not events (وزارة is not "visited him")', () => {
  const { events } = mentionsOf('أصدرت وزارة الصحة تقريرها السنوي عن المستشفيات.');
  assert.deepEqual(events.map((e) => e.trigger.text), []);
});

test('modes: an agreement not reached is negated, a meeting scheduled is future, a denied attack is negated', () => {
  const { events } = mentionsOf(
    [
      'لم يتم الاتفاق بين الطرفين على موعد الانسحاب.',
      'ومن المقرر أن يجتمع الوزراء في عمّان الأحد المقبل.',
      'ونفت الوزارة حدوث أي هجوم على القاعدة.',
      'وقصفت المدفعية القرية أمس.',
    ].join('\n'),
    '2024-05-08',
  );
  const agree = events.find((e) => e.type === 'AGREE');
  assert.ok(agree);
  assert.deepEqual(agree.modes, ['negated']);
  assert.equal(agree.date.value, null, 'what did not happen has no day');
  const meet = events.find((e) => e.type === 'CONSULT');
  assert.ok(meet);
  assert.deepEqual(meet.modes, ['future']);
  assert.equal(meet.date.value, '2024-05-12', 'the coming Sunday');
  const [denied, shelled] = events.filter((e) => e.type === 'ASSAULT');
  assert.ok(denied && shelled);
  assert.deepEqual(denied.modes, ['negated']);
  assert.deepEqual(shelled.modes, []);
  assert.equal(shelled.mode, 'shelling');
  assert.equal(shelled.date.value, '2024-05-07');
});

test('a time belongs to the trigger it follows, and a planned act is not dated by the day it was announced', () => {
  const { events } = mentionsOf(
    [
      'وبحث الجانبان تنفيذ اتفاقية التعاون لعام 2019 والحوار الذي جرى في الصيف الماضي.',
      'وأعلنت الخارجية أمس أن الوزير سيزور بغداد.',
    ].join('\n'),
    '2024-05-08',
  );
  const deal = events.find((e) => e.type === 'AGREE');
  assert.equal(deal?.date.value, '2019');
  const talks = events.filter((e) => e.type === 'CONSULT' && e.mode === 'discuss');
  assert.ok(talks.some((e) => e.date.value === '2023-SU'), JSON.stringify(talks.map((e) => [e.trigger.text, e.date.value])));
  const visit = events.find((e) => e.mode === 'visit');
  assert.ok(visit);
  assert.deepEqual(visit.modes, ['future']);
  assert.equal(visit.date.value, null);
});

test('protesters blocking a road, their dispersal with tear gas and clashes are PROTEST, COERCE and ASSAULT; a request for anonymity is no event', () => {
  const text = [
    'احتجاجات قرب الميناء',
    'أغلق عشرات المحتجين الطريق المؤدي إلى الميناء صباح الأحد.',
    'وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين.',
    'ووقعت مواجهات بين الأمن والشبان قرب البوابة الرئيسية.',
    'وقال ضابط، طلب عدم الكشف عن اسمه، إن الوضع هدأ مساء.',
  ].join('\n');
  const { events } = mentionsOf(text);
  const of = (type: string) => events.filter((e) => e.type === type);
  assert.ok(of('PROTEST').some((e) => e.text.includes('أغلق عشرات المحتجين')), JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
  assert.ok(of('COERCE').some((e) => e.mode === 'repress' && e.text.includes('لتفريق المتظاهرين')));
  assert.ok(of('ASSAULT').some((e) => e.mode === 'clash' && e.text.includes('مواجهات بين الأمن')));
  assert.equal(of('REQUEST').length, 0, 'طلب عدم الكشف عن اسمه asks for anonymity');
});

test("what a circumstantial reporting form reports after a comma is a clause of its own: its date is not the first clause's", () => {
  const { events } = mentionsOf('واجتمع الوزيران في عمّان يوم الأحد، مشيراً إلى أن الحكومة وقعت خلال العام الماضي اتفاقاً مع الشركة.', '2024-08-19');
  const meeting = events.find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.date.value, '2024-08-18');
  const deal = events.find((e) => e.type === 'AGREE');
  assert.equal(deal?.date.value, '2023', JSON.stringify(events.map((e) => [e.type, e.trigger.text, e.date.value])));
  assert.ok(deal!.start >= meeting!.end, 'the agreement is read in the clause after مشيراً');
});

test('an earthquake or a storm that struck assaulted no one; a pledge of money for relief is AID', () => {
  const text = [
    'مؤتمر للمانحين',
    'وتعهد المانحون بتقديم 300 مليون دولار للمناطق التي ضربها الزلزال الشهر الماضي.',
    'وكان الإعصار الذي ضرب الساحل قد دمر مئات المنازل.',
    'وضربت طائرة مسيرة مخزناً للأسلحة قرب الحدود.',
  ].join('\n');
  const { events } = mentionsOf(text);
  const assaults = events.filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(assaults.map((e) => e.trigger.text), ['وضربت'], JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
  assert.ok(events.some((e) => e.type === 'AID' && e.text.includes('300 مليون دولار')), JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
});

test('a warning of a danger threatens no one; a warning to an adversary does', () => {
  const text = [
    'متابعة ميدانية',
    'وحذرت منظمة الصحة العالمية من انتشار الأوبئة في المخيمات.',
    'وحذر قائد الجيش الجماعات المسلحة من أي هجوم على المعبر.',
  ].join('\n');
  const { events } = mentionsOf(text);
  const threats = events.filter((e) => e.type === 'THREATEN');
  assert.deepEqual(threats.map((e) => e.trigger.text), ['وحذر'], JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
});

test('an agreement hoped for is not one reached: its mode is future', () => {
  const { events } = mentionsOf(['محادثات', 'وقال الوزير إن الوسطاء يأملون التوصل إلى اتفاق قبل نهاية الشهر.', 'ووقع الطرفان اتفاقاً لتبادل الأسرى أمس.'].join('\n'));
  const agreements = events.filter((e) => e.type === 'AGREE');
  assert.deepEqual(agreements.map((e) => e.modes), [['future'], []], JSON.stringify(events.map((e) => [e.type, e.trigger.text, e.modes])));
});

test('inflation or prices that fell conceded nothing; a government that backed down did', () => {
  const text = ['أرقام', 'وتراجع معدل التضخم السنوي إلى 24% في يناير.', 'وقالت الوزارة إن أسعار الخبز تراجعت للمرة الثانية.', 'وتراجعت الحكومة عن قرار إغلاق المعبر بعد احتجاجات واسعة.'].join('\n');
  const { events } = mentionsOf(text);
  const conceded = events.filter((e) => e.type === 'CONCEDE');
  assert.deepEqual(conceded.map((e) => e.trigger.text), ['وتراجعت'], JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
});

test('a group that suspends its operations or strikes retreats; the attack its clause recalls is no date of it', () => {
  const text = [
    'الفصائل تعلق عملياتها',
    'أعلن فصيل مسلح، مساء الثلاثاء، تعليق عملياته ضد القوات الأجنبية بعد يومين من هجوم على قاعدة حدودية.',
    'وقررت الحكومة إيقاف الغارات على المناطق السكنية.',
    'وأوقف المزارعون ري الحقول بسبب الجفاف.',
  ].join('\n');
  const { events } = mentionsOf(text);
  const halts = events.filter((e) => e.type === 'RETREAT' && e.mode === 'halt');
  assert.deepEqual(halts.map((e) => e.trigger.text), ['تعلق', 'تعليق', 'إيقاف'], JSON.stringify(events.map((e) => [e.type, e.mode, e.trigger.text])));
  const suspended = halts.find((e) => e.trigger.text === 'تعليق')!;
  assert.equal(suspended.date.value, '2024-05-07');
  const attack = events.find((e) => e.type === 'ASSAULT' && e.trigger.text === 'هجوم');
  assert.ok(!attack || attack.date.value !== '2024-05-07', 'the attack was two days before the announcement');
});

test('a time set off by commas after long names dates the verb before them, not the next phrase', () => {
  const { events } = mentionsOf(
    'اجتماع\nبحث وزير الخارجية الأردني أيمن عبد الله الصفدي مع نظيره المصري سامح حسن شكري في مقر الوزارة بالعاصمة عمان، مساء الاثنين، خطة إنهاء مهمة البعثة الدولية.',
    '2024-05-08',
  );
  const talks = events.find((e) => e.type === 'CONSULT' && !e.title);
  assert.equal(talks?.date.value, '2024-05-06', JSON.stringify(events.map((e) => [e.type, e.trigger.text, e.date.value])));
  const end = events.find((e) => e.type === 'RETREAT');
  assert.notEqual(end?.date.value, '2024-05-06');
});

test('opening fire is an assault, a ceasefire is not one, and the dawn of a day (فجر الأربعاء) blew nothing up', () => {
  const text = [
    'خروقات للهدنة',
    'ودخل وقف إطلاق النار حيز التنفيذ فجر الأربعاء بعد أشهر من القتال.',
    'وأطلق جنود النار على سيارة اقتربت من الحاجز في اليوم التالي.',
    'وأطلقت السلطات سراح عشرين معتقلاً.',
  ].join('\n');
  const { events } = mentionsOf(text, '2024-11-28');
  const seen = JSON.stringify(events.map((e) => [e.type, e.mode, e.trigger.text]));
  assert.deepEqual(events.filter((e) => e.type === 'ASSAULT').map((e) => e.trigger.text), ['وأطلق'], seen);
  assert.ok(events.some((e) => e.type === 'AGREE' && e.mode === 'ceasefire'), seen);
});
