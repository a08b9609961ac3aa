import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../language/normalize.js';
import { commitments } from './index.js';
import { storyOf } from '../quantities/test-story.js';
import { formBits } from './word-classes.js';

const form = (w: string) => formBits(normalize(w));

test('a form knows whether it may open a cue: من، سوف and future volitional verbs, with or without و', () => {
  assert.equal(form('ستواصل').future, true);
  assert.equal(form('وسيدعمون').future, true);
  assert.equal(form('ستواصل').opens, true);
  assert.equal(form('سوف').opens, true);
  assert.equal(form('ومن').opens, true);
  // a past verb, a noun and a future verb of no undertaking open nothing by their form
  assert.equal(form('واصلت').opens, false);
  assert.equal(form('المدرسة').opens, false);
  assert.equal(form('سيمطر').future, false);
  assert.equal(form('سيمطر').opens, false);
});

test('سوف with a volitional verb after it is a commitment; the same verb in the past is none', () => {
  const run = (body: string) =>
    commitments.run(storyOf([{ id: 'a', outlet: 'الصباح', published: '2024-03-01', title: 'تعاون زراعي', body }]));
  const future = run('وقال الوزير إن الحكومة سوف تواصل دعم المزارعين في المناطق الجنوبية.');
  assert.ok(future.some((c) => c.mentions.some((m) => m.text.includes('دعم المزارعين'))), 'سوف تواصل is an undertaking');
  const past = run('وقال الوزير إن الحكومة واصلت دعم المزارعين في المناطق الجنوبية.');
  assert.ok(!past.some((c) => c.mentions.some((m) => m.text.includes('دعم المزارعين'))), 'واصلت reports what was done');
});
