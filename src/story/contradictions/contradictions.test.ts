import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Source } from '../../model/document.js';
import { loadStanceModel } from '../../stance/classifier.js';
import { candidatePairs } from './candidates.js';
import { claimsOf } from './claims.js';
import { contradictionsAnalysis, findContradictions, withoutReconciledNumbers, type Contradiction } from './index.js';
import type { StoryQuantity } from '../analysis.js';

function source(id: string, outlet: string, text: string): Source {
  return { id, origin: `${id}.txt`, text, format: 'text', declared: { outlet, title: text.split('\n')[0] }, messages: [] };
}

// three outlets on one made-up story: the first two disagree on the withdrawal and on bread prices, the third
// agrees with the first in other words
const north = source('north', 'وكالة الشمال', [
  'الوزارة أكدت انسحاب القوات من بلدة الوادي',
  'أكدت وزارة الدفاع صباح اليوم انسحاب القوات من بلدة الوادي الحدودية بعد مواجهات دامت ثلاثة أيام.',
  'وقال متحدث عسكري إن الجنود عادوا إلى ثكناتهم في الشمال.',
  'وارتفعت أسعار الخبز في أسواق البلدة بعد إعلان الانسحاب.',
].join('\n'));
const south = source('south', 'صحيفة الجنوب', [
  'الوزارة نفت انسحاب القوات من بلدة الوادي',
  'نفت وزارة الدفاع صباح اليوم انسحاب القوات من بلدة الوادي الحدودية بعد مواجهات دامت ثلاثة أيام.',
  'وقال مصدر ميداني إن الجنود باقون في مواقعهم حول البلدة.',
  'وانخفضت أسعار الخبز في أسواق البلدة بعد المواجهات.',
].join('\n'));
const centre = source('centre', 'إذاعة الوسط', [
  'انسحاب القوات من بلدة الوادي بحسب الوزارة',
  'القوات انسحبت من بلدة الوادي الحدودية بعد ثلاثة أيام من المواجهات وفق ما أعلنت وزارة الدفاع.',
  'وعاد الجنود إلى ثكناتهم في الشمال بحسب متحدث عسكري.',
].join('\n'));

const analysis = analyze([north, south, centre], undefined, [contradictionsAnalysis()]);
const story = analysis.stories.find((s) => s.documents.length === 3);
const found = (story ? analysis.storyResults[story.id]?.contradictions ?? [] : []) as Contradiction[];
const docs = new Map(analysis.docs.map((d) => [d.id, d]));
const between = (x: string, y: string) => found.filter((c) => (c.a.doc === x && c.b.doc === y) || (c.a.doc === y && c.b.doc === x));

test('an outlet confirming what another denies is flagged, with its outlets and the denial behind it', () => {
  assert.ok(story, 'the three articles are one story');
  const headline = between('north', 'south').find((c) => [c.a.text, c.b.text].every((t) => t.includes('انسحاب القوات من بلدة الوادي') && !t.includes('صباح')));
  assert.ok(headline, `not flagged: ${JSON.stringify(found.map((c) => [c.a.text, c.b.text]))}`);
  assert.equal(headline.label, 'disagree');
  assert.ok(headline.confidence >= (loadStanceModel().tuned['disagreeThreshold'] ?? 0.5) && headline.confidence <= 1);
  assert.deepEqual(new Set(headline.outlets), new Set(['وكالة الشمال', 'صحيفة الجنوب']));
  assert.ok(headline.signals.includes('denial'));
});

test('opposite movements of the same prices are flagged', () => {
  const prices = between('north', 'south').find((c) => c.a.text.includes('أسعار الخبز') && c.b.text.includes('أسعار الخبز'));
  assert.ok(prices);
  assert.ok(prices.signals.includes('opposite'));
});

test('outlets telling the same thing in other words are not flagged', () => {
  assert.deepEqual(between('north', 'centre'), []);
});

test('every mention is the exact slice of its source', () => {
  assert.ok(found.length >= 2);
  for (const c of found)
    for (const m of [c.a, c.b]) assert.equal(m.text, docs.get(m.doc)!.source.text.slice(m.start, m.end));
});

test('claims of one outlet are never paired with each other', () => {
  const claims = analysis.docs.flatMap(claimsOf);
  const pairs = candidatePairs(claims);
  assert.ok(pairs.length > 0);
  for (const [x, y] of pairs) assert.notEqual(x.doc.outlet?.value, y.doc.outlet?.value);
  const sameOutlet = analyze([north, { ...source('north2', 'وكالة الشمال', south.text) }], undefined, []).docs;
  assert.deepEqual(findContradictions(sameOutlet.flatMap(claimsOf), loadStanceModel()), []);
});

test('a negation elsewhere in a sentence is no contradiction of a report of the same announcement', () => {
  const east = source('east', 'صحيفة الشرق', [
    'المجلس يعلن موعد الانتخابات البلدية',
    'ولم تنتظر الحكومة نتائج الحوار الوطني، إذ أعلن المجلس الأعلى في الخامس من مايو موعد الانتخابات البلدية المقبلة.',
    'وقال رئيس المجلس إن التحضيرات ستبدأ فوراً في كل المحافظات.',
  ].join('\n'));
  const west = source('west', 'موقع الغرب', [
    'إعلان موعد الانتخابات البلدية',
    'في الخامس من مايو أعلن المجلس الأعلى موعد الانتخابات البلدية المقبلة بعد أشهر من التأجيل.',
    'وأكد رئيس المجلس أن التحضيرات ستبدأ فوراً في المحافظات كلها.',
  ].join('\n'));
  const run = analyze([east, west], undefined, [contradictionsAnalysis()]);
  const all = Object.values(run.storyResults).flatMap((r) => (r.contradictions ?? []) as Contradiction[]);
  assert.deepEqual(
    all.map((c) => [c.a.text, c.b.text]),
    [],
  );
});

test('a pair resting on numbers alone is dropped when the quantities analysis found each side\'s figure consistent, kept when not', () => {
  const m = (doc: string, start: number, end: number) => ({ doc, start, end, text: '' });
  const pair = (signals: string[]): Contradiction => ({ a: m('a', 0, 100), b: m('b', 0, 100), label: 'disagree', confidence: 0.8, outlets: ['الأولى', 'الثانية'], signals });
  // a toll that rose from one day's report to the next: both figures consistent
  const rising: StoryQuantity[] = [
    { value: 3700, unit: 'قتيل', subject: 'قتيل', consistent: true, mentions: [m('a', 40, 56)] },
    { value: 3800, unit: 'قتيل', subject: 'قتيل', consistent: true, mentions: [m('b', 30, 42)] },
  ];
  assert.deepEqual(withoutReconciledNumbers([pair(['number'])], rising), []);
  // a denial stands whatever the numbers
  assert.equal(withoutReconciledNumbers([pair(['number', 'denial'])], rising).length, 1);
  // one figure the quantities analysis flagged: the disagreement stays
  const flagged = [rising[0]!, { ...rising[1]!, consistent: false }];
  assert.equal(withoutReconciledNumbers([pair(['number'])], flagged).length, 1);
  // a side with no figure the analysis knows: nothing to reconcile, the pair stays
  assert.equal(withoutReconciledNumbers([pair(['number'])], [rising[0]!]).length, 1);
});
