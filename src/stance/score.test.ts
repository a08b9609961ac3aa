import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatScores, scoreStance } from './score.js';

test('per-class precision, recall and F1, and macro-F1 over the labels that occur', () => {
  const s = scoreStance(['agree', 'agree', 'disagree', 'other'], ['agree', 'disagree', 'disagree', 'disagree']);
  assert.equal(s.classes.agree.precision, 1);
  assert.equal(s.classes.agree.recall, 0.5);
  assert.equal(s.classes.disagree.precision, 1 / 3);
  assert.equal(s.classes.other.f1, 0);
  assert.ok(Math.abs(s.macroF1 - (2 / 3 + 0.5 + 0) / 3) < 1e-12);
  assert.equal(scoreStance(['agree', 'disagree'], ['agree', 'disagree']).macroF1, 1);
  assert.match(formatScores(s).trimEnd().split('\n').at(-1)!, /^macro-F1: 0\.389$/);
});
