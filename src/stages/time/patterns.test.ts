/**
 * The matcher of the time parsers: a pattern compiled by `rx` and run with `matches` finds exactly what the
 * pattern, word-start lookbehind included, finds with `matchAll`; a witness only skips texts and lines that cannot
 * match.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { B, CONJ, E, EDGE, matches, MONTH, MONTH_WITNESS, OS, rx, S, shapeOf, WEEKDAY, YEAR, YEAR_WITNESS } from './patterns.js';

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

/**
 * Patterns tried only near their witness: words of several runs of white space before it, optional words, a
 * comma that may stand glued or apart, a year after it; each must find what the whole pattern finds.
 */
const NEAR = [
  { source: `${B}${CONJ}(?<t>(?:(?<edge>${EDGE})${S})?(?:(?:يوم|اليوم)${S})?(?:(?<wd>${WEEKDAY})${OS},?${OS})?(?<d>\\d{1,2})${OS}(?:من${S})?(?<m>${MONTH})(?:${OS},?${OS}(?<y>${YEAR}))?)`, witness: MONTH_WITNESS },
  { source: `${B}${CONJ}(?<t>(?:(?:في|منذ)${S})?(?:(?:عام|العام)${S})?(?<y>${YEAR}))${E}`, witness: YEAR_WITNESS },
  { source: `${B}${CONJ}(?<t>(?:قبل|بعد)${S}(?:نحو${S})?(?:\\d{1,2}${S})?(?:ايام|يوما|عام))${E}`, witness: /قبل|بعد/ },
];
const nearWords = ['مطلع', 'اواخر', 'يوم', 'اليوم', 'الاحد', 'الخميس', 'من', 'في', 'منذ', 'عام', 'العام', 'قبل', 'بعد', 'نحو', 'ايام', 'يوما', 'وقبل', 'فمطلع', '5', '12', '2024', 'مارس', 'اذار', 'حزيران', 'كانون الثاني', ',', ', '];
const nearTexts = fc
  .array(fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...nearWords), fc.constantFrom(' ', '  ', '\t', '\n')), { maxLength: 60 })
  .map((parts) => parts.join(''));

test('a pattern tried near its witness finds what matchAll of the whole pattern finds, on any text', () => {
  const compiled = NEAR.map(({ source, witness }) => ({ fast: rx(source, witness), full: new RegExp(source, 'gud') }));
  for (const { source } of NEAR) assert.ok(Number.isFinite(shapeOf(source.slice(B.length)).reach), 'the test patterns take the near path');
  fc.assert(
    fc.property(nearTexts, (text) => {
      for (const { fast, full } of compiled) assert.deepEqual(records(matches(text, fast)), records(text.matchAll(full)));
    }),
    { numRuns: 3000 },
  );
  // a long paragraph where the witness recurs and most occurrences begin no match
  const long = 'قال إن مارس كان صعبا وفي اليوم الخميس 5 من مارس, 2024 عقد اجتماع ثم في 12 اذار ومطلع 3 حزيران 2023 '.repeat(5);
  for (const { fast, full } of compiled) assert.deepEqual(records(matches(long, fast)), records(long.matchAll(full)));
});

test('shapeOf bounds the runs of white space a match spans, and knows what it begins with', () => {
  // a sequence adds up, an alternation takes its largest branch, a lookaround counts, a quantified unit is one run
  assert.equal(shapeOf(`ا${S}ب${OS}ج`).reach, 2);
  assert.equal(shapeOf(`(?:ا${S}ب|ج)${S}د`).reach, 2);
  assert.equal(shapeOf(`ا(?=${S}ب${S}ج)`).reach, 2);
  assert.equal(shapeOf('اثنتي عشره|احد عشر').reach, 1);
  // whatever could take white space it does not count, or repeat it, makes the bound unknown
  for (const unknown of ['ا.ب', 'ا\\sب', '[^ا]ب', '[ ,]+', `(?:ا${S})+`, '(?<a>ا)\\k<a>', '[ا-ي]']) assert.equal(shapeOf(unknown).reach, Infinity, unknown);
  // the units a match begins with, past optional words and a lookahead; null when it may begin with anything
  assert.deepEqual([...shapeOf(`(?:[وف](?=\\p{L}))?(?:قبل|منذ)${S}\\d`).first!].sort(), ['ف', 'ق', 'م', 'و'].map((c) => c.charCodeAt(0)).sort());
  assert.equal(shapeOf(`(?:ا)?\\p{L}+`).first, null);
  assert.equal(shapeOf('(?:ا)?').first, null);
});
