import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagSentence } from './tagger.js';

const entities = (sentence: string) => {
  const tokens = sentence.split(' ');
  return tagSentence(tokens).map((e) => `${e.type}:${tokens.slice(e.start, e.end).join(' ')}`);
};

test('a foreign given name from the lists followed by an unknown surname is one PERS name', () => {
  assert.ok(entities('وقال الكاتب جوناثان فيلدمير إن الرواية ستصدر قريبا .').includes('PERS:جوناثان فيلدمير'));
});

test('a city the lists hold is a LOC even with a joined preposition', () => {
  assert.ok(entities('وعقد الاجتماع في بلنسية يوم الأحد .').some((e) => e === 'LOC:بلنسية'));
});
