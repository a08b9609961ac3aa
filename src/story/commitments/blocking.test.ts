/**
 * The commitments analysis finds outcome evidence and merges reports through indexes of their keys instead of
 * comparing every pair; on a story written for this test the index must give what comparing every pair gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyOf } from '../quantities/test-story.js';
import { commitmentMentions } from './extract.js';
import { docDate, docDates, evidenceFor, evidenceOf, outcomesOf } from './status.js';

const STORY = storyOf([
  {
    id: 'a',
    outlet: 'الصباح',
    published: '2024-03-01',
    title: 'الأردن وفرنسا يتفقان على مشروع للمياه',
    body: 'وتعهدت فرنسا بتمويل مشروع لتحلية المياه في العقبة.\nوقرر الجانبان تشكيل لجنة مشتركة لمتابعة المشروع.',
  },
  {
    id: 'b',
    outlet: 'المساء',
    published: '2024-04-10',
    title: 'بدء تنفيذ مشروع تحلية المياه',
    body: 'ومولت فرنسا فعلا مشروع تحلية المياه في العقبة وبدأت أعمال البناء.\nوتأجل تشكيل اللجنة المشتركة لمتابعة المشروع إلى أجل غير مسمى.',
  },
  {
    id: 'c',
    outlet: 'النهار',
    title: 'مشروع المياه في العقبة',
    body: 'وأكدت فرنسا التزامها بتمويل مشروع تحلية المياه في العقبة.\nوأعلنت الحكومة أنها ستبدأ العمل في المشروع الصيف المقبل.',
  },
]);

test('commitments: the key index finds the outcomes a comparison with every outcome finds', () => {
  const { docs, entities } = STORY;
  const dates = docDates(docs, []);
  for (const d of docs) assert.equal(dates.get(d.id), docDate(d, []));
  const mentions = docs.flatMap((d) => commitmentMentions(d, entities));
  const outcomes = docs.flatMap(outcomesOf);
  assert.ok(mentions.length >= 3, `${mentions.length} undertakings`);
  assert.ok(outcomes.length >= 1, `${outcomes.length} outcomes`);
  const indexed = evidenceOf(mentions, outcomes, dates);
  for (const m of mentions) assert.deepEqual(indexed.get(m), evidenceFor(m, outcomes, dates));
  assert.ok([...indexed.values()].some((list) => list.length > 0), 'some undertaking has evidence');
});
