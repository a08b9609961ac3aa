import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryEvent } from '../analysis.js';
import { docFraming } from './markers.js';
import { outletFraming, toneOf } from './index.js';
import { storyDoc } from './test-docs.js';

// Three takes on one (invented) border reopening, written for these tests.
const NEUTRAL = [
  'الأردن وسوريا يعيدان فتح معبر حدودي',
  'أعاد الأردن وسوريا فتح المعبر الحدودي بين البلدين أمام الشاحنات يوم الأحد بعد إغلاق دام ستة أشهر.',
  'وتفقد وزير النقل الأردني المعبر صباحا برفقة مسؤولين من الجمارك، وتقرر أن يعمل على مدار الساعة.',
].join('\n');

const HOSTILE = [
  'معبر على مقاس الاحتلال',
  'أعيد فتح المعبر الحدودي يوم الأحد بعد إغلاق دام ستة أشهر، في خطوة جاءت مخيبة للآمال لأنها تمر عبر ما يسمى بالقوة الدولية التي تنتشر قرب الحدود.',
  'وتواصل قوات الاحتلال المماطلة في تسليم النقاط الحدودية بذريعة الأمن، بينما تكتفي الحكومة بالرضوخ للإملاءات.',
].join('\n');

const QUOTING = [
  'الأردن وسوريا يعيدان فتح معبر حدودي',
  'أعاد البلدان فتح المعبر الحدودي يوم الأحد بعد إغلاق دام ستة أشهر.',
  'وقال النائب المعارض إن الاتفاق "مسرحية فاشلة تخدم الاحتلال وتكرس التبعية".',
  'وقال متحدث باسم الفصائل المسلحة إن ما يسمى بالقوة الدولية أداة للهيمنة والعدوان.',
  'وتفقد وزير النقل المعبر صباحا، وتقرر أن يعمل على مدار الساعة.',
].join('\n');

test("framing: a quote's scornful words do not count against the outlet that quotes them", () => {
  const doc = storyDoc('quoting', QUOTING, { outlet: 'المرصد' });
  const f = docFraming(doc);
  assert.deepEqual(
    f.markers.map((m) => m.matched),
    [],
    'the loaded words are the MP\'s and the spokesman\'s, inside quotation marks and reported speech',
  );
  const [outlet] = outletFraming([doc]);
  assert.equal(outlet!.tone, 0);
  // the thirteen quoted and reported words are not the outlet's and do not dilute its tone either
  assert.ok(f.ownWords <= doc.tokens.filter((t) => t.kind === 'word').length - 13);
});

test('framing: an outlet writing ما يسمى and الاحتلال in its own voice is lower in tone than a neutral one', () => {
  const docs = [
    storyDoc('neutral', NEUTRAL, { outlet: 'وكالة الأنباء' }),
    storyDoc('hostile', HOSTILE, { outlet: 'صوت الحدود' }),
    storyDoc('quoting', QUOTING, { outlet: 'المرصد' }),
  ];
  const outlets = outletFraming(docs);
  const tone = Object.fromEntries(outlets.map((o) => [o.name, o.tone]));
  assert.equal(tone['وكالة الأنباء'], 0);
  assert.ok(tone['صوت الحدود']! < -0.4, `hostile tone ${tone['صوت الحدود']}`);
  assert.ok(tone['صوت الحدود']! < tone['المرصد']!);
  const hostile = outlets.find((o) => o.name === 'صوت الحدود')!;
  const loaded = hostile.loaded as Array<{ category: string; term: string; matched: string }>;
  const byTerm = Object.fromEntries(loaded.map((l) => [l.matched, l.category]));
  assert.equal(byTerm['الاحتلال'], 'label');
  assert.equal(byTerm['مخيبة للآمال'], 'evaluative');
  assert.equal(byTerm['ما يسمى'], 'scare-term');
  assert.equal(byTerm['بذريعة'], 'evaluative');
  assert.equal(byTerm['بالرضوخ'], 'evaluative');
  assert.equal(byTerm['للإملاءات'], 'evaluative');
  // the scare term's marker shows the name it scorns
  assert.ok(hostile.markers.some((m) => m.text === 'ما يسمى بالقوة الدولية'));
});

test('framing: markers are exact source slices', () => {
  const doc = storyDoc('hostile', HOSTILE, { outlet: 'صوت الحدود' });
  const [outlet] = outletFraming([doc]);
  assert.ok(outlet!.markers.length >= 7);
  for (const m of outlet!.markers) {
    assert.equal(m.doc, 'hostile');
    assert.equal(doc.source.text.slice(m.start, m.end), m.text);
  }
  assert.deepEqual(
    outlet!.markers.map((m) => m.text).slice(0, 2),
    ['الاحتلال', 'مخيبة للآمال'],
  );
});

test('framing: a long article is not more hostile for being long', () => {
  const filler = Array.from({ length: 8 }, (_, i) => `وشهدت الساعات الأولى عبور ${i + 10} شاحنة محملة بالخضار والفواكه من الجانبين دون تأخير يذكر.`);
  const short = storyDoc('short', HOSTILE, { outlet: 'أ' });
  const long = storyDoc('long', [HOSTILE, ...filler].join('\n'), { outlet: 'ب' });
  const [a, b] = outletFraming([short, long]);
  assert.equal(a!.markers.length, b!.markers.length);
  assert.ok(b!.tone > a!.tone, `long ${b!.tone} vs short ${a!.tone}`);
  assert.ok(b!.tone < 0);
  // the same density of loaded words reads the same, or firmer with more evidence
  assert.ok(toneOf(-8, 1000) <= toneOf(-0.8, 100));
  assert.ok(toneOf(-0.8, 1000) > toneOf(-0.8, 100));
});

test('framing: documents of one outlet are one row; a document without an outlet stands alone', () => {
  const outlets = outletFraming([
    storyDoc('a1', NEUTRAL, { outlet: 'وكالة الأنباء' }),
    storyDoc('x', HOSTILE),
    storyDoc('a2', HOSTILE, { outlet: 'وكالة الأنباء' }),
  ]);
  assert.deepEqual(
    outlets.map((o) => [o.name, o.documents]),
    [
      ['وكالة الأنباء', ['a1', 'a2']],
      ['x', ['x']],
    ],
  );
  assert.equal(outlets[1]!.outlet, null);
});

test('framing: a term the writer puts in scare quotes is a marker; names quoted by house style are not', () => {
  const scare = storyDoc('scare', 'وأشرفت على الاقتراع لجنة «مستقلة» عينها الحزب الحاكم قبل أسبوع من الموعد.', { outlet: 'أ' });
  const f = docFraming(scare);
  assert.deepEqual(f.markers.map((m) => [m.category, m.term]), [['scare-quotes', 'مستقلة']]);
  const house = storyDoc(
    'house',
    'والتقى "الوزير" نظيره في "عمان" ثم زار "المعبر" و"الجمارك" وأعلن "الاتفاق" على فتح الطريق.',
    { outlet: 'ب' },
  );
  assert.deepEqual(docFraming(house).markers, []);
});

test('framing: the coverage matrix says which story events each outlet reports', () => {
  const docs = [storyDoc('n', NEUTRAL, { outlet: 'وكالة الأنباء' }), storyDoc('h', HOSTILE, { outlet: 'صوت الحدود' })];
  const at = (doc: string) => ({ doc, start: 0, end: 3, text: '' });
  const events = [
    { id: 'ev1', type: 'AGREE', date: { value: null }, summary: '', actors: [], mentions: [at('n'), at('h')] },
    { id: 'ev2', type: 'CONSULT', date: { value: null }, summary: '', actors: [], mentions: [at('n')] },
  ] as StoryEvent[];
  const outlets = outletFraming(docs, events);
  assert.deepEqual(outlets.map((o) => [o.name, o.coverage]), [
    ['وكالة الأنباء', { reports: ['ev1', 'ev2'], omits: [] }],
    ['صوت الحدود', { reports: ['ev1'], omits: ['ev2'] }],
  ]);
  assert.equal(outletFraming(docs)[0]!.coverage, null);
});

test('framing: a loaded word that the text attributes to someone else is not the outlet\'s, quote or not', () => {
  const doc = storyDoc(
    'attributed',
    [
      'وأعلنت الفصائل انتهاء الهدنة نتيجة لما عدته مماطلة في الانسحاب.',
      'وأشار البيان المشترك إلى الإنجازات التاريخية للتعاون بين البلدين.',
      'أما الحكومة فتواصل التسويف بذريعة الظروف الأمنية.',
    ].join('\n'),
    { outlet: 'أ' },
  );
  assert.deepEqual(
    docFraming(doc).markers.map((m) => m.matched),
    ['التسويف', 'بذريعة'],
  );
});

test('framing: a term quoted after a verb of calling it so (اعتبرته الوزارة «…»، وصفها نواب بأنها «…») is their words, not the writer\'s scare quotes', () => {
  for (const body of ['وألغت المحكمة العقد، وهو ما اعتبرته الوزارة «تجاوزاً خطيراً» للقانون.', 'وانتقد البرلمان الصفقة، إذ وصفها نواب بأنها «تفريط بالمال العام».']) {
    const f = docFraming(storyDoc('said', body, { outlet: 'أ' }));
    assert.deepEqual(f.markers.filter((m) => m.category === 'scare-quotes'), [], body);
  }
});
