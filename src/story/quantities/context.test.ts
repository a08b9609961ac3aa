import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../language/normalize.js';
import { lightKey } from './context.js';

const key = (w: string) => lightKey(normalize(w));

test('a month has one key by any of its names, so a Levantine and an Egyptian outlet compare on it', () => {
  assert.equal(key('آذار'), key('مارس'));
  assert.equal(key('أيار'), key('مايو'));
  assert.equal(key('وحزيران'), key('يونيو'));
  assert.notEqual(key('آذار'), key('نيسان'));
});

test('the future prefix is off a verb (ستصرف / تصرف), not off an auxiliary whose rest is a function word', () => {
  assert.equal(key('ستصرف'), key('تصرف'));
  assert.equal(key('وسيقدم'), key('يقدم'));
  assert.notEqual(key('سيتم'), null);
  // nouns that begin like a future verb keep their letters
  assert.equal(key('سياسة'), key('السياسة'));
});
