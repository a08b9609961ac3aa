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

test('the same written word in two articles shares its forms; marks stay on the proclitic they follow', () => {
  const a = segmentedTokens('وبالعاصمةِ قال');
  const b = segmentedTokens('قال في وبالعاصمةِ');
  const wa = a.find((t) => t.norm === 'وبالعاصمه')!;
  const wb = b.find((t) => t.norm === 'وبالعاصمه')!;
  assert.equal(wa.text, 'وبالعاصمةِ');
  assert.deepEqual(wa.prefixes, ['و', 'ب', 'ال']);
  assert.equal(wa.stem, 'عاصمه');
  assert.equal(wa.stemStart - wa.bodyStart, 4);
  assert.equal(wb.prefixes, wa.prefixes);
  const marked = segmentedTokens('لِلْوزارة')[0]!;
  // ل + kasra, ل + sukun: the stem begins after the marks on the article's lam
  assert.equal(marked.stemStart - marked.bodyStart, 4);
  assert.equal(marked.stem, 'وزاره');
});

function segmentedTokens(body: string) {
  const d = clean.run({ id: 't', origin: 't.txt', text: body, format: 'text', declared: {}, messages: [] }).docs[0]!;
  return segment.run(d).set!.tokens!;
}
