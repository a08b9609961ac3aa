import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStanceCsv } from './csv.js';

test('reads quoted fields with commas, doubled quotes and newlines, and rows without a stance', () => {
  const text = '\uFEFFs1,s2,stance\r\n"الوزير، قال ""نعم""",الوزير وافق,agree\n"سطر\nثان",نص,\nأ,ب,Disagree\n';
  const pairs = parseStanceCsv(text);
  assert.deepEqual(pairs, [
    { s1: 'الوزير، قال "نعم"', s2: 'الوزير وافق', stance: 'agree' },
    { s1: 'سطر\nثان', s2: 'نص', stance: null },
    { s1: 'أ', s2: 'ب', stance: 'disagree' },
  ]);
});

test('columns are found by name, and an unknown stance names its row', () => {
  assert.deepEqual(parseStanceCsv('stance,s2,s1\nother,ب,أ\n'), [{ s1: 'أ', s2: 'ب', stance: 'other' }]);
  assert.throws(() => parseStanceCsv('s1,s2,stance\nأ,ب,maybe\n'), /row 2: unknown stance "maybe"/);
  assert.throws(() => parseStanceCsv('a,b\nأ,ب\n'), /columns s1 and s2/);
});
