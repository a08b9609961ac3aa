/**
 * The runner's handling of inferred dates (src/analyze.ts): the analyses the dates rest on run first, the dates
 * are set, and then every analysis runs once on the re-dated documents, giving what analysing the story twice
 * (before and after the dates) gave, with the other analyses run once instead of twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import type { Source } from '../model/document.js';
import { storyAnalysis, type StoryAnalysis } from './analysis.js';
import { storyEvents } from './events/index.js';
import { inferredDates } from './events/infer.js';
import { analysesFor, orderStoryAnalyses } from './run.js';
import { defaultStoryAnalyses } from './default.js';

function source(id: string, outlet: string, text: string, published: string | null): Source {
  return { id, origin: `${id}.txt`, text, format: 'text', declared: { outlet, ...(published ? { published } : {}) }, messages: [] };
}

// a dated report of a visit and an undated one that tells it as "yesterday"
const SOURCES = (): Source[] => [
  source('a', 'جريدة الضفة', 'وزير الزراعة الأردني في دمشق\nزار وزير الزراعة الأردني دمشق يوم الأحد 9 حزيران 2024 وبحث مع نظيره السوري تصدير الخضار.', '2024-06-10'),
  source('b', 'إذاعة السهل', 'زيارة أردنية إلى دمشق\nوكان وزير الزراعة الأردني قد زار دمشق أمس الأحد وبحث مع نظيره السوري تصدير الخضار.', null),
];

test('the analyses inferred dates rest on are the ones they need or read, transitively', () => {
  assert.deepEqual(analysesFor(defaultStoryAnalyses, 'inferredDates').map((a) => a.name), ['events', 'inferredDates']);
  assert.deepEqual(analysesFor([storyEvents], 'inferredDates'), []);
});

test('an undated article is re-dated once, and each other analysis runs once, on the re-dated documents', () => {
  const calls: string[] = [];
  // what the document-dependent analysis sees: the publication date of each document when it runs
  const seen = storyAnalysis({
    name: 'seen',
    adds: 'reuse',
    needs: ['events'],
    run: ({ docs, results }) => {
      calls.push('seen');
      return docs.map((d) => ({ a: d.id, b: d.published?.value ?? 'none', score: results.events!.length ? 1 : 0 }));
    },
  });
  const analyses: StoryAnalysis[] = orderStoryAnalyses([storyEvents, inferredDates, seen]);
  const run = analyze(SOURCES(), undefined, analyses);
  assert.equal(run.stories.length, 1);
  const results = run.storyResults[run.stories[0]!.id]!;
  const b = run.docs.find((d) => d.id === 'b')!;
  assert.equal(b.published?.value, '2024-06-10', 'أمس الأحد of a visit on Sunday 9 June');
  assert.ok(b.published?.by.startsWith('inferred'));
  assert.deepEqual(calls, ['seen'], 'the analysis no date rests on ran once');
  assert.deepEqual(
    (results.reuse ?? []).map((p) => [p.a, p.b]),
    [['a', '2024-06-10'], ['b', '2024-06-10']],
    'it saw the re-dated documents',
  );
  // as in a second analysis of the re-dated story: no article is left undated, so none gets a date there
  assert.deepEqual(results.inferredDates, []);
  // the events are those of the re-dated documents: the visit is one event of both articles, on its day
  const visit = (results.events ?? []).find((e) => new Set(e.mentions.map((m) => m.doc)).size === 2);
  assert.ok(visit, JSON.stringify(results.events?.map((e) => [e.type, e.date.value, e.mentions.map((m) => m.doc)])));
  assert.equal(visit.date.value, '2024-06-09');
});
