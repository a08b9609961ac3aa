import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStory, checkStoryOrder, orderStoryAnalyses } from './run.js';
import { storyAnalysis } from './analysis.js';
import type { StoryGroup } from './group.js';

const story: StoryGroup = { id: 'story-1', title: null, documents: [] };

const reuse = storyAnalysis({ name: 'reuse', adds: 'reuse', needs: [], run: () => [{ a: 'x', b: 'y', score: 0.5 }] });
const brief = storyAnalysis({
  name: 'brief',
  adds: 'summary',
  needs: ['reuse'],
  run: ({ results }) => [{ text: `${results.reuse!.length} pair`, cites: [] }],
});
const broken = storyAnalysis({
  name: 'broken',
  adds: 'reuse',
  needs: [],
  run: () => {
    throw new Error('boom');
  },
});

test('an analysis reads the results of the analyses it needs', () => {
  const { results, messages } = analyzeStory([reuse, brief], story, [], []);
  assert.deepEqual(results.summary, [{ text: '1 pair', cites: [] }]);
  assert.equal(messages.length, 0);
});

test('a crashing analysis leaves a message, and what needs it is skipped while the others still run', () => {
  const framing = storyAnalysis({ name: 'framing', adds: 'outlets', needs: [], run: () => [] });
  const { results, messages } = analyzeStory([broken, brief, framing], story, [], []);
  assert.equal(results.reuse, undefined);
  assert.equal(results.summary, undefined);
  assert.deepEqual(results.outlets, []);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.code, 'story/failed');
  assert.match(messages[0]!.reason, /boom/);
});

test('the order is checked once: a need, or an optional read, that comes later is refused', () => {
  assert.throws(() => checkStoryOrder([brief, reuse]), /needs reuse/);
  const reader = storyAnalysis({ name: 'reader', adds: 'summary', needs: [], after: ['reuse'], run: () => [] });
  assert.throws(() => checkStoryOrder([reader, reuse]), /reads reuse/);
  assert.doesNotThrow(() => checkStoryOrder([reader]));
  assert.doesNotThrow(() => checkStoryOrder([reuse, reader]));
});

test('analyses are put in an order their reads allow, the given order kept where it is free', () => {
  const reader = storyAnalysis({ name: 'reader', adds: 'summary', needs: [], after: ['reuse'], run: () => [] });
  const framing = storyAnalysis({ name: 'framing', adds: 'outlets', needs: [], run: () => [] });
  assert.deepEqual(orderStoryAnalyses([brief, framing, reuse]).map((a) => a.name), ['framing', 'reuse', 'brief']);
  assert.deepEqual(orderStoryAnalyses([reader, framing]).map((a) => a.name), ['reader', 'framing']);
  const needsMissing = storyAnalysis({ name: 'x', adds: 'summary', needs: ['events'], run: () => [] });
  assert.throws(() => orderStoryAnalyses([needsMissing]), /needs events/);
  const a = storyAnalysis({ name: 'a', adds: 'reuse', needs: ['outlets'], run: () => [] });
  const b = storyAnalysis({ name: 'b', adds: 'outlets', needs: ['reuse'], run: () => [] });
  assert.throws(() => orderStoryAnalyses([a, b]), /wait on each other/);
});
