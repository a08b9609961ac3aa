import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { documentTerms, queryGroups } from './search-terms.js';

const TEXT = 'الحكومة تبحث مع المسؤولين\nأكدت حكومتها أن المحادثات مع الوفد ستستأنف، وقالت إن رئيسها سيزور المستشفى.\n';
const doc = analyze([{ id: 'd', origin: 'd.txt', text: TEXT, format: 'text', declared: {}, messages: [] }]).docs[0]!;
const terms = documentTerms(doc);

/** Whether a query finds the document: every query word has one form among the document's terms. */
const finds = (q: string) => queryGroups(q).every((g) => g.some((t) => terms.has(t)));

test('every indexed span is the source slice of a word bearing the term', () => {
  assert.ok(terms.size > 10);
  for (const [term, spans] of terms) {
    for (const [s, e] of spans) assert.ok(TEXT.slice(s, e).length >= term.length - 2, `${term} at ${s}-${e}`);
  }
  assert.deepEqual(terms.get('حكومه')?.map(([s, e]) => TEXT.slice(s, e)), ['الحكومة'], 'the article is split off');
  assert.deepEqual(terms.get('قالت')?.map(([s, e]) => TEXT.slice(s, e)), ['وقالت'], 'a bare conjunction is also read off');
});

test('query words fold and find their inflected forms', () => {
  assert.ok(finds('حكومه'), 'ة/ه');
  assert.ok(finds('الحُكومَة'), 'diacritics');
  assert.ok(finds('حكومة'), 'حكومتها: the ta of a suffixed feminine');
  assert.ok(finds('محادثة'), 'محادثات: the feminine plural');
  assert.ok(finds('مسئول'), 'المسؤولين: hamza seat and plural ending');
  assert.ok(finds('المسؤولون'), 'a plural in the query also finds the other plural');
  assert.ok(finds('رئيس'), 'رئيسها: a pronoun suffix');
  assert.ok(finds('المستشفي'), 'ى/ي');
  assert.ok(finds('قالت'), 'وقالت');
  assert.ok(!finds('وزير'), 'an absent word');
  assert.ok(!finds('حكومة وزير'), 'every word must be found');
});

test('function words are dropped only when the query has other words', () => {
  const alone = queryGroups('في');
  assert.equal(alone.length, 1, 'a query of only a function word still searches it');
  assert.ok(alone[0]!.includes('في'));
  assert.equal(queryGroups('الوفد في').length, 1);
  assert.ok(queryGroups('الوفد في')[0]!.includes('وفد'));
  assert.equal(queryGroups('الوفد الوفد').length, 1, 'a repeated word asks nothing more');
  assert.deepEqual(queryGroups('٢٠٢٥'), [['2025']], 'Arabic-Indic digits');
  assert.deepEqual(queryGroups('... ؟'), []);
});

test('the two spellings of America find each other', () => {
  const text = 'السفارة الأميركية تعلن\nقالت السفارة الأميركية إن الوفد وصل، وأكد مسؤول أمريكي ذلك.\n';
  const d = analyze([{ id: 'a', origin: 'a.txt', text, format: 'text', declared: {}, messages: [] }]).docs[0]!;
  const t = documentTerms(d);
  const has = (q: string) => queryGroups(q).every((g) => g.some((x) => t.has(x)));
  assert.ok(has('الامريكية'), 'أمريكية finds الأميركية');
  assert.ok(has('أميركي'), 'أميركي finds أمريكي');
  const spans = queryGroups('الامريكيه')[0]!.flatMap((x) => t.get(x) ?? []);
  assert.ok(spans.some(([s, e]) => text.slice(s, e) === 'الأميركية'));
});
