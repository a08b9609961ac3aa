/** Tokenising: the scanner and the list agree; broken text (a lone surrogate left by bad decoding) is a token of its own and swallows nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KINDS, scanTokens, tokenize } from './tokenize.js';

test('a lone high surrogate is one unit: the line break or letter after it stays outside the token', () => {
  const text = 'وصل الوفد \uD800\nثم غادر \uD800ب';
  const spans = tokenize(text).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(spans, ['وصل', 'الوفد', '\uD800', 'ثم', 'غادر', '\uD800', 'ب']);
});

test('a real surrogate pair (an emoji) stays one token', () => {
  const text = 'فرح 😀 كبير';
  assert.deepEqual(tokenize(text).map((t) => text.slice(t.start, t.end)), ['فرح', '😀', 'كبير']);
});

test('the scanner reports the very tokens tokenize lists, with their kinds', () => {
  const text = 'قال الوزيرُ في 2,500 موقع: "ok" U.S. ٢٫٥ — 😀 \uD83D\nنهاية';
  const seen: Array<{ start: number; end: number; kind: string }> = [];
  scanTokens(text, 0, text.length, (start, end, kind) => seen.push({ start, end, kind: KINDS[kind]! }));
  assert.deepEqual(seen, tokenize(text));
  assert.deepEqual(
    tokenize('في 2,500 موقع: ok').map((t) => t.kind),
    ['word', 'number', 'word', 'punct', 'latin'],
  );
});
