import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source } from '../../model/document.js';
import { clean } from '../clean/index.js';
import { segment } from './index.js';

const text = 'وفد جديد في أديس أبابا\nوصلَ الوفدُ المصريُّ إلى أديس أبابا، وبدأ المحادثات مع الجانب الإثيوبي. وقال للصحافيين «نحن هنا للتوصل إلى حل. لا نريد التصعيد».\nوأكد وزير الري أن للطرفين مصلحة في الاتفاق والالتزام به.';
const source: Source = { id: 's', origin: 's.txt', text, format: 'text', declared: {}, messages: [] };
const doc = clean.run(source).docs[0]!;
const { sentences, tokens } = segment.run(doc).set!;

test('sentences keep a quotation whole and point at their source words', () => {
  const said = sentences!.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(said, [
    'وفد جديد في أديس أبابا',
    'وصلَ الوفدُ المصريُّ إلى أديس أبابا، وبدأ المحادثات مع الجانب الإثيوبي.',
    'وقال للصحافيين «نحن هنا للتوصل إلى حل. لا نريد التصعيد».',
    'وأكد وزير الري أن للطرفين مصلحة في الاتفاق والالتزام به.',
  ]);
});

test('tokens carry their source span, normalised form and clitic split', () => {
  for (const t of tokens!) assert.equal(text.slice(t.start, t.end), t.text);
  const wafd = tokens!.find((t) => t.text === 'الوفدُ')!;
  assert.equal(wafd.norm, 'الوفد');
  assert.deepEqual(wafd.prefixes, ['ال']);
  assert.equal(wafd.stem, 'وفد');
  const both = tokens!.find((t) => t.text === 'للطرفين')!;
  assert.deepEqual(both.prefixes, ['ل', 'ال']);
  assert.equal(both.stem, 'طرفين');
  assert.equal(doc.body.text.slice(both.stemStart, both.bodyEnd), 'طرفين');
  const commitment = tokens!.find((t) => t.text === 'والالتزام')!;
  assert.deepEqual(commitment.prefixes, ['و', 'ال']);
  assert.equal(tokens!.find((t) => t.text === 'وزير')!.stem, 'وزير');
  assert.ok(tokens!.some((t) => t.text === '«' && t.kind === 'punct'));
});
