/**
 * The matcher of the time parsers: a pattern compiled by `rx` and run with `matches` finds exactly what the
 * pattern, word-start lookbehind included, finds with `matchAll`; a witness only skips texts and lines that cannot
 * match.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { B, CONJ, E, matches, rx, S, WEEKDAY, YEAR, YEAR_WITNESS } from './patterns.js';

const PATTERNS = [
  `${B}${CONJ}(?<t>(?:عام|سنه|العام)${S}(?<y>${YEAR}))`,
  `${B}${CONJ}(?<t>(?:يوم${S})?(?<wd>${WEEKDAY}))`,
  `${B}(?<t>امس|غدا|اليوم)${E}`,
  // a pattern whose matches may begin with a digit or run on past a mark
  `${B}(?<t>(?:في${S})?\\d{1,2})(?!\\d)`,
];

/** Matches as comparable records: where each starts and ends, and the span of each named group. */
function records(found: Iterable<RegExpExecArray | RegExpMatchArray>): string[] {
  return [...found].map((m) => JSON.stringify([m.index, m[0], m.indices?.groups ?? null]));
}

const alphabet = [...'وفعامسنهليدغبحخرتثي', ' ', ' ', '\n', ...'0123456789', ...'«».,', 'x', '😀', '\uD800'];
const words = ['عام', 'سنه', 'العام', 'يوم', 'الاحد', 'الخميس', 'امس', 'غدا', 'اليوم', 'في', '2024', '1999', 'وعام', 'فالعام'];
const texts = fc
  .array(fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...words)), { maxLength: 80 })
  .map((parts) => parts.join(''));

test('matches finds what matchAll of the whole pattern finds, on any text', () => {
  const compiled = PATTERNS.map((source) => ({ fast: rx(source), full: new RegExp(source, 'gud') }));
  fc.assert(
    fc.property(texts, (text) => {
      for (const { fast, full } of compiled) assert.deepEqual(records(matches(text, fast)), records(text.matchAll(full)));
    }),
    { numRuns: 3000 },
  );
});

test('a word glued to letters before it is not a match; a conjunction before it stays outside the expression', () => {
  const re = rx(PATTERNS[0]!);
  const found = [...matches('ثم وعام 2024 ثم بعام 2023 وبالعام 2022', re)].map((m) => m.groups!.t);
  assert.deepEqual(found, ['عام 2024']);
});

test('a witness changes nothing but where the search begins: texts and lines without it are passed over', () => {
  const plain = rx(PATTERNS[0]!);
  const witnessed = rx(PATTERNS[0]!, YEAR_WITNESS);
  fc.assert(
    fc.property(texts, (text) => {
      assert.deepEqual(records(matches(text, witnessed)), records(matches(text, plain)));
    }),
    { numRuns: 2000 },
  );
});
