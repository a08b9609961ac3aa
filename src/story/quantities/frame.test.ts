import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quantityMentions } from './extract.js';
import { differentTimes, type TimeFrame } from './frame.js';
import { storyOf } from './test-story.js';

/** The frame of the first figure of a one-sentence article published on 2024-05-10 (a Friday). */
function frameOf(body: string): TimeFrame {
  const input = storyOf([{ id: 'a', outlet: 'الصباح', published: '2024-05-10', title: 'تقرير عن العفو', body }]);
  const figures = quantityMentions(input.docs[0]!, input.entities);
  assert.ok(figures.length > 0, `a figure in «${body}»`);
  return figures[0]!.frame;
}

test('a figure is to come when its clause has a future verb or marker, not when it is reported', () => {
  assert.equal(frameOf('وستفرج السلطات عن 300 معتقل بموجب قانون العفو.').future, true);
  assert.equal(frameOf('ومن المقرر أن تفرج السلطات عن 300 معتقل.').future, true);
  assert.equal(frameOf('وأفرجت السلطات عن 300 معتقل بموجب قانون العفو.').future, false);
  // the future of another clause is not the figure's
  assert.equal(frameOf('وأفرجت السلطات عن 300 معتقل، بينما ستنظر المحكمة في بقية الملفات.').future, false);
});

test('a state gone: كان before the figure or قبل and a change after it; كان قد and قبل أن tell an event, not a state', () => {
  assert.equal(frameOf('وكانت السجون تضم 4000 معتقل في البلاد.').earlier, true);
  assert.equal(frameOf('وتضم السجون 4000 معتقل في البلاد قبل صدور قانون العفو.').earlier, true);
  assert.equal(frameOf('وكان الهجوم قد أسفر عن مقتل 12 شخصاً في السوق.').earlier, false);
  assert.equal(frameOf('وقتل 12 شخصاً في السوق قبل أن تصل قوات الأمن.').earlier, false);
  assert.equal(frameOf('وقتل 12 شخصاً في السوق قبل يومين.').earlier, false);
});

test('the days a sentence names: two days apart differ, one day written two ways does not, a day without a date says nothing', () => {
  const tuesday = frameOf('وأفرجت السلطات عن 400 معتقل يوم الثلاثاء.');
  const thursday = frameOf('وأفرجت السلطات عن 300 معتقل يوم الخميس.');
  const yesterday = frameOf('وأفرجت السلطات عن 300 معتقل أمس.');
  const may = frameOf('وأفرجت السلطات عن 300 معتقل في مايو.');
  const undated = frameOf('وأفرجت السلطات عن 300 معتقل.');
  assert.deepEqual(tuesday.days, [['2024-05-07', '2024-05-07']]);
  assert.equal(differentTimes(tuesday, thursday), true);
  assert.equal(differentTimes(thursday, yesterday), false);
  assert.equal(differentTimes(tuesday, may), false, 'May holds the Tuesday');
  assert.equal(differentTimes(tuesday, undated), false);
});

test('two phases or batches differ; the same phase, or one figure without a phase, does not', () => {
  const first = frameOf('وأفرجت السلطات عن 400 معتقل في الدفعة الأولى.');
  const second = frameOf('وأفرجت السلطات عن 300 معتقل في الدفعة الثانية.');
  const none = frameOf('وأفرجت السلطات عن 300 معتقل.');
  assert.equal(first.phase, 1);
  assert.equal(second.phase, 2);
  assert.equal(differentTimes(first, second), true);
  assert.equal(differentTimes(first, frameOf('وأطلقت السلطات سراح 300 معتقل ضمن المرحلة الأولى.')), false);
  assert.equal(differentTimes(first, none), false);
});
