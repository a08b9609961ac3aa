import { test } from 'node:test';
import assert from 'node:assert/strict';
import { borrowAnchors } from './borrow.js';
import { findTimes, time } from './index.js';
import { docFrom } from './test-doc.js';

function analysed(id: string, text: string, published: string | null = null) {
  const doc = docFrom(text, published);
  doc.id = id;
  Object.assign(doc.layers, time.run(doc).layers);
  return doc;
}

test('an undated article borrows the anchor of the most similar dated article of its story, and only that', () => {
  const dated = analysed('a', 'أعلنت وزارة المياه أمس انتهاء جولة المفاوضات حول السد الحدودي دون اتفاق بين الوفدين.', '2025-03-12');
  const undated = analysed('b', 'انتهت جولة المفاوضات حول السد الحدودي الثلاثاء دون اتفاق، وقالت وزارة المياه إن الوفدين سيلتقيان الشهر المقبل.');
  const other = analysed('c', 'افتتح معرض الكتاب السنوي الثلاثاء بمشاركة مئات دور النشر من عشرين بلداً.');
  const borrowed = borrowAnchors([dated, undated, other], [{ documents: ['a', 'b'] }, { documents: ['c'] }]);
  assert.deepEqual([...borrowed.keys()], ['b']);
  const evidence = borrowed.get('b')!;
  assert.equal(evidence.value, '2025-03-12');
  assert.equal(evidence.by, 'inferred:story-neighbour:a');
  const { times } = findTimes(undated, evidence);
  assert.deepEqual(times.map((t) => [t.text, t.value, t.anchor]), [
    ['الثلاثاء', '2025-03-11', 'inferred-anchor'],
    ['الشهر المقبل', '2025-04', 'inferred-anchor'],
  ]);
});
