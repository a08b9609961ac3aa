import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Source } from '../../model/document.js';
import { implicitSpeaker, quotedSpeaker } from './implicit-speaker.js';
import { unitsOf } from './units.js';
import { clauseOf, compressClause, sourceSpan } from './compress.js';

function clauseAt(text: string, opener: string) {
  const source: Source = { id: 'p', origin: 'p.txt', text, format: 'text', declared: { outlet: 'صوت المدينة', published: '2025-03-16' }, messages: [] };
  const units = unitsOf(analyze([source]).docs);
  const at = text.indexOf(opener);
  const unit = units.find((u) => u.tokens.some((t) => t.start === at))!;
  const a = unit.tokens.findIndex((t) => t.start === at);
  const stop = text.indexOf('.', at);
  const b = unit.tokens.findIndex((t) => t.start >= stop);
  // the clause in the brief's wording (compress.ts drops the tanween: موضحاً → موضحا)
  return { unit, a, clause: compressClause(unit, a, b < 0 ? unit.tokens.length : b) };
}

test('a circumstantial participle opening the clause becomes its verb in the past, in the participle\'s gender', () => {
  const text = [
    'حملة تلقيح في المدارس',
    'وقالت وزيرة الصحة ليلى حداد، الأحد، إن "الحملة ستشمل كل المدارس الحكومية والخاصة"، مشيرةً إلى أن البرلمان صوّت عام 2023 على قانون يلزم المدارس بتلقيح التلاميذ.',
    'وقال وزير التربية سامر النجار إن الدوام لن يتأثر، موضحاً أن الفرق الطبية ستزور المدارس صباحاً.',
  ].join('\n');
  const she = clauseAt(text, 'مشيرةً');
  const told = implicitSpeaker(she.unit, she.a, she.clause);
  assert.ok(told, 'the participle\'s speaker is put in');
  assert.match(told.text, /^أشارت (ليلى )?حداد إلى أن البرلمان صوت عام 2023/, told.text);
  assert.equal(text.slice(told.cite.start, told.cite.end), told.cite.text);
  const he = clauseAt(text, 'موضحاً');
  assert.match(implicitSpeaker(he.unit, he.a, he.clause)?.text ?? '', /^أوضح (سامر )?النجار أن الفرق الطبية/);
});

test('a clause cut from inside a quotation names its speaker; one that holds its own verb does not', () => {
  const text = [
    'خبير: الحوار المقبل حاسم',
    'وقال الخبير الأمني ماجد الحلو في حديث لـ"صوت المدينة"، إن "الجانب الأجنبي يريد الإبقاء على وجود محدود في الشمال، بينما تطالب الأحزاب الحاكمة بانسحاب كامل قبل نهاية العام المقبل".',
  ].join('\n');
  const source: Source = { id: 'q', origin: 'q.txt', text, format: 'text', declared: { outlet: 'صوت المدينة', published: '2025-03-16' }, messages: [] };
  const unit = unitsOf(analyze([source]).docs).find((u) => u.tokens.some((t) => t.text === 'تطالب'))!;
  const focus = unit.tokens.findIndex((t) => t.text === 'تطالب');
  const [a, b] = clauseOf({ unit, focus: [focus, focus + 1] });
  const words = compressClause(unit, a, b);
  assert.ok(!/["«»]/.test(words), words);
  const told = quotedSpeaker(unit, sourceSpan(unit, a, b), words);
  assert.ok(told, 'the speaker is named');
  assert.match(told.text, /^تطالب الأحزاب الحاكمة بانسحاب كامل قبل نهاية العام المقبل، بحسب (ماجد )?الحلو\.$/, told.text);
  assert.equal(text.slice(told.cite.start, told.cite.end), told.cite.text);
  // the whole sentence, its reporting verb included, says whose words they are already
  assert.equal(quotedSpeaker(unit, sourceSpan(unit, 0, unit.tokens.length), compressClause(unit, 0, unit.tokens.length)), null);
});
