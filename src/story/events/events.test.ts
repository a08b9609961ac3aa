import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Source } from '../../model/document.js';
import type { StoryEvent } from '../analysis.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { analyzeStory } from '../run.js';
import { storyEvents } from './index.js';
import { inferredDates } from './infer.js';
import { reconcile } from './dates.js';

function source(id: string, outlet: string, text: string, published: string | null): Source {
  return { id, origin: `${id}.txt`, text, format: 'text', declared: { outlet, ...(published ? { published } : {}) }, messages: [] };
}

/**
 * Runs the pipeline on the sources, then this task's analyses on them as one story (which articles form a story
 * is the grouping's business, tested elsewhere).
 */
function run(sources: Source[]) {
  const analysis = analyze(sources, undefined, []);
  const story = { id: 'story-1', title: null, documents: analysis.docs.map((d) => d.id) };
  const entities = (analysis.corpus.entities as ResolvedEntity[] | undefined) ?? [];
  const { results } = analyzeStory([storyEvents, inferredDates], story, analysis.docs, entities);
  return { analysis, events: results.events ?? [], inferred: results.inferredDates ?? [] };
}

const docsOf = (e: StoryEvent) => new Set(e.mentions.map((m) => m.doc));

test('the same meeting told three ways by three outlets is one event, dated, with its outlets', () => {
  const { events, analysis } = run([
    source('a', 'صحيفة الشمال', 'وزيرا خارجية الأردن ومصر يجتمعان في القاهرة\nعقد وزيرا خارجية الأردن ومصر اجتماعاً في القاهرة أمس لبحث أزمة المياه في المنطقة.', '2024-03-12'),
    source('b', 'موقع الجنوب', 'اجتماع أردني مصري في القاهرة حول المياه\nاجتمع وزير الخارجية الأردني مع نظيره المصري في القاهرة يوم الاثنين 11 آذار 2024 وناقشا أزمة المياه في المنطقة.', '2024-03-12'),
    source('c', 'إذاعة الوسط', 'أزمة المياه بين الأردن ومصر\nوكان لقاء وزيري خارجية الأردن ومصر في القاهرة قد جرى الاثنين الماضي، وتناول أزمة المياه في المنطقة.', '2024-03-13'),
  ]);
  const meetings = events.filter((e) => e.type === 'CONSULT' && e.date.value === '2024-03-11');
  assert.equal(meetings.length, 1, JSON.stringify(events.map((e) => [e.type, e.date.value, e.summary])));
  const m = meetings[0]!;
  assert.deepEqual([...docsOf(m)].sort(), ['a', 'b', 'c']);
  assert.deepEqual([...(m.outlets as string[])].sort(), ['إذاعة الوسط', 'صحيفة الشمال', 'موقع الجنوب']);
  assert.equal(m.date.precision, 'day');
  assert.ok(m.summary.length > 0 && m.summary.length <= 161);
  const cairo = (analysis.corpus.entities as Array<{ id: string; name: string }>).find((e) => e.name === 'القاهرة');
  assert.ok(cairo && (m.actors.includes(cairo.id) || (m.places as string[]).includes(cairo.id)));
  for (const x of m.mentions) {
    const doc = analysis.docs.find((d) => d.id === x.doc)!;
    assert.equal(doc.source.text.slice(x.start, x.end), x.text);
  }
});

test('two meetings on different days do not merge, and the timeline is in date order', () => {
  const { events } = run([
    source('a', 'صحيفة الشمال', 'محادثات أردنية مصرية\nاجتمع وزير الخارجية الأردني مع نظيره المصري في القاهرة يوم الاثنين 11 آذار 2024 لبحث أزمة المياه.\nثم اجتمع الوزيران مجدداً في عمّان يوم الخميس 14 آذار 2024 لبحث أزمة المياه.', '2024-03-15'),
    source('b', 'موقع الجنوب', 'لقاء ثان بين الوزيرين\nاجتمع وزيرا خارجية الأردن ومصر في عمّان يوم الخميس 14 آذار 2024 واستكملا بحث أزمة المياه.', '2024-03-15'),
  ]);
  const meetings = events.filter((e) => e.type === 'CONSULT');
  const first = meetings.find((e) => e.date.value === '2024-03-11');
  const second = meetings.find((e) => e.date.value === '2024-03-14');
  assert.ok(first && second && first !== second);
  assert.deepEqual([...docsOf(first)], ['a']);
  assert.deepEqual([...docsOf(second)].sort(), ['a', 'b']);
  assert.ok(events.indexOf(first) < events.indexOf(second));
});

test('a weekday and a range reconcile to the range; an undated article gets an inferred date', () => {
  const { events, analysis, inferred } = run([
    source('a', 'صحيفة الشمال', 'مفاوضات السودان وإثيوبيا حول سد النهضة في جنيف\nأجرى السودان وإثيوبيا يومي 22 و23 تموز 2024 في جنيف جولة مفاوضات حول سد النهضة بوساطة أفريقية.', '2024-07-24'),
    source('b', 'موقع الجنوب', 'مفاوضات السودان وإثيوبيا حول سد النهضة في جنيف\nبدأ السودان وإثيوبيا الاثنين في جنيف جولة مفاوضات حول سد النهضة بوساطة أفريقية.', '2024-07-22'),
    source('c', 'إذاعة الوسط', 'مفاوضات السودان وإثيوبيا حول سد النهضة في جنيف\nوكان السودان وإثيوبيا قد بدآ أمس الاثنين في جنيف جولة مفاوضات حول سد النهضة بوساطة أفريقية.', null),
  ]);
  const talks = events.filter((e) => e.type === 'CONSULT' && docsOf(e).has('a'));
  assert.equal(talks.length, 1);
  assert.equal(talks[0]!.date.value, '2024-07-22/2024-07-23');
  assert.equal(talks[0]!.date.precision, 'range');
  assert.ok(docsOf(talks[0]!).has('b'));
  const c = analysis.docs.find((d) => d.id === 'c')!;
  const guess = inferred.find((x) => x.doc === 'c');
  assert.ok(guess, 'no date inferred for the undated article');
  assert.equal(guess.value, '2024-07-23', 'أمس الاثنين of a meeting begun on Monday 22');
  assert.equal(guess.by, 'inferred:events');
  assert.equal(c.source.text.slice(guess.span!.start, guess.span!.end), 'أمس الاثنين');
  assert.ok(!inferred.some((x) => x.doc === 'a' || x.doc === 'b'), 'dated articles keep their dates');
});

test('reconcile: a month holds its days, a season its months, and reports that disagree keep the most precise', () => {
  assert.equal(reconcile(['2023-08', '2023-SU'])!.value, '2023-08');
  assert.equal(reconcile(['2014', '2014-06'])!.value, '2014-06');
  assert.equal(reconcile(['2024-07', '2024-07-22/2024-07-23', '2024-07-22'])!.value, '2024-07-22/2024-07-23');
  assert.equal(reconcile(['2024-01-23', '2024-01-24'])!.value, '2024-01-23');
  assert.equal(reconcile([]), null);
});

test('a date "of this month" dates an undated article on or after the event, though its clause sets a later one too', () => {
  const { inferred } = run([
    source('a', 'صحيفة الشمال', 'اتفاق على إنهاء مهمة البعثة\nأعلنت الحكومة والأمم المتحدة يوم الجمعة اتفاقاً على إنهاء مهمة البعثة، على أن تنسحب البعثة في آذار من العام المقبل.', '2024-11-09'),
    source('b', 'موقع الجنوب', 'ماذا بعد إنهاء مهمة البعثة؟\nأعلنت الحكومة والأمم المتحدة يوم 8 تشرين الثاني الجاري اتفاقاً على إنهاء مهمة البعثة بحلول آذار 2025.', null),
  ]);
  const guess = inferred.find((x) => x.doc === 'b');
  assert.ok(guess, 'no date inferred for the undated article');
  assert.equal(guess.value, '2024-11-08');
});
