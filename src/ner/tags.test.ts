import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEME, allowedStateTransition, spansOf, statesToTags, tagsToStates } from './tags.js';

test('entity spans of BIO tags, a stray I- opening an entity as seqeval reads it', () => {
  assert.deepEqual(spansOf(['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'I-ORG']), [
    { start: 0, end: 2, type: 'PERS' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 7, type: 'ORG' },
  ]);
  assert.deepEqual(spansOf([]), []);
  assert.deepEqual(spansOf(['O', 'O']), []);
});

test('BIO tags survive the trip through the decoder states', () => {
  const tags = ['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'B-ORG', 'I-ORG', 'O', 'B-MISC'];
  assert.deepEqual(statesToTags(tagsToStates(tags)), tags);
  // a stray I- comes back as the B- that opens the same entity
  assert.deepEqual(statesToTags(tagsToStates(['O', 'I-LOC', 'I-LOC'])), ['O', 'B-LOC', 'I-LOC']);
});

test('the decoder cannot continue an entity that is not open', () => {
  assert.equal(allowedStateTransition(null, 'I-PERS'), false);
  assert.equal(allowedStateTransition('O', 'I-LOC'), false);
  assert.equal(allowedStateTransition('B-LOC', 'I-ORG'), false);
  assert.equal(allowedStateTransition('B-LOC', SCHEME === 'bilou' ? 'L-LOC' : 'I-LOC'), true);
  assert.equal(allowedStateTransition('O', 'B-ORG'), true);
});
