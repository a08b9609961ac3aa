import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash } from '../storage/content-hash.js';
import { analyseJobData, analyseJobId, regroupDelay, regroupJobData, regroupJobId, storyJobData, storyJobId } from './jobs.js';

const h1 = contentHash('خبر أول عن افتتاح جسر جديد');
const h2 = contentHash('خبر ثان عن افتتاح جسر جديد');

test('an article job id is the same for the same text and collection, and differs otherwise', () => {
  assert.equal(analyseJobId('cabc', h1), analyseJobId('cabc', h1));
  assert.notEqual(analyseJobId('cabc', h1), analyseJobId('cabc', h2));
  // one text in two collections is two analyses
  assert.notEqual(analyseJobId('cabc', h1), analyseJobId('cxyz', h1));
});

test('job ids are ones BullMQ accepts: no colon, never an integer', () => {
  for (const id of [analyseJobId('c1', h1), regroupJobId('c1', 0), regroupJobId('c1', 42), storyJobId('c1', 'S3', 12)]) {
    assert.ok(!id.includes(':'), id);
    assert.ok(!/^\d+$/.test(id), id);
  }
});

test('job ids refuse what is not a collection id or a sha256', () => {
  assert.throws(() => analyseJobId('c:1', h1));
  assert.throws(() => analyseJobId('cabc', 'abc'));
  assert.throws(() => regroupJobId('cabc', -1));
  assert.throws(() => regroupJobId('cabc', 1.5));
});

test('a regroup id names the generation it would replace: one id per generation', () => {
  assert.equal(regroupJobId('cabc', 7), regroupJobId('cabc', 7));
  assert.notEqual(regroupJobId('cabc', 7), regroupJobId('cabc', 8));
});

test('job data read back from Redis is checked', () => {
  assert.deepEqual(analyseJobData({ collection: 'cabc', article: 'a3', contentHash: h1, extra: 1 }), { collection: 'cabc', article: 'a3', contentHash: h1 });
  assert.throws(() => analyseJobData({ collection: 'cabc', article: 'a3' }));
  assert.throws(() => analyseJobData(null));
  assert.deepEqual(regroupJobData({ collection: 'cabc' }), { collection: 'cabc' });
  assert.throws(() => regroupJobData({}));
});

test('a regroup waits at least the base delay, and longer as regroups grow slow', () => {
  assert.equal(regroupDelay(1000, 0), 1000);
  assert.equal(regroupDelay(1000, 200), 1000);
  // a regroup of 600 ms waits 1.8 s: regrouping stays a quarter of one worker's time
  assert.equal(regroupDelay(1000, 600), 1800);
  assert.equal(regroupDelay(1000, -5), 1000);
});

test('a story job id names the story and the generation it changed at: a changed story is a new job', () => {
  assert.equal(storyJobId('cabc', 'S3', 12), storyJobId('cabc', 'S3', 12));
  assert.notEqual(storyJobId('cabc', 'S3', 12), storyJobId('cabc', 'S3', 13));
  assert.notEqual(storyJobId('cabc', 'S3', 12), storyJobId('cabc', 'S31', 2));
  assert.notEqual(storyJobId('cabc', 'S3', 12), storyJobId('cxyz', 'S3', 12));
  assert.throws(() => storyJobId('cabc', 'story-1', 12));
  assert.throws(() => storyJobId('cabc', 'S3', 0));
  assert.deepEqual(storyJobData({ collection: 'cabc', story: 'S3', generation: 12, x: 1 }), { collection: 'cabc', story: 'S3', generation: 12 });
  assert.throws(() => storyJobData({ collection: 'cabc', story: 'S3', generation: '12' }));
  assert.throws(() => storyJobData({ collection: 'cabc', story: 'S3' }));
});
