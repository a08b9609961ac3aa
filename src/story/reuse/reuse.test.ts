import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReusePair } from '../analysis.js';
import { storyDoc } from '../framing/test-docs.js';
import { findReuse, originOf, sharedWeight } from './index.js';
import { contentWords, looseKey, ShingleIds, shingles } from './shingles.js';

// One invented wire story, three outlets' rewrites of it, and two articles written independently on the same
// event (same facts and names, their own sentences). All written for these tests.
const WIRE = [
  'اتفق الأردن وسوريا يوم الثلاثاء على إعادة فتح معبر جابر الحدودي أمام حركة الشاحنات التجارية بعد إغلاق استمر ستة أشهر، بحسب بيان مشترك صدر عقب اجتماع وزيري النقل في البلدين.',
  'وأوضح البيان أن اللجنة الفنية المشتركة ستبدأ عملها الأسبوع المقبل لوضع جدول زمني لتشغيل المعبر على مدار الساعة، وتحديد الرسوم الجمركية الجديدة على البضائع العابرة.',
  'ويعد المعبر شريانا رئيسيا للتجارة بين دول الخليج وتركيا وأوروبا، وكانت السلطات قد أغلقته في الربيع الماضي إثر اشتباكات قرب الحدود.',
  'وتتطلع عمان إلى رفع حجم التبادل التجاري إلى ثلاثة أضعاف خلال العامين المقبلين، فيما أبدت شركات أمريكية وأوروبية اهتماما بالاستثمار في المنطقة الحرة المجاورة.',
  'ولم تعلن دمشق موعدا محددا لعودة حركة المسافرين، ويتوقع مراقبون أن تستغرق الترتيبات الأمنية عدة أسابيع.',
].join('\n');

// light edits: synonyms, أميركية for أمريكية, a clause moved, a sentence dropped
const REWRITE_1 = [
  'اتفقت الأردن وسوريا الثلاثاء على إعادة فتح معبر جابر الحدودي أمام حركة الشاحنات التجارية إثر إغلاق دام ستة أشهر، وفق بيان مشترك صدر عقب اجتماع وزيري النقل في البلدين.',
  'وبين البيان أن اللجنة الفنية المشتركة ستباشر عملها الأسبوع القادم لوضع جدول زمني لتشغيل المعبر على مدار الساعة، وتحديد الرسوم الجمركية الجديدة على البضائع العابرة.',
  'وكانت السلطات قد أغلقت المعبر في الربيع الماضي إثر اشتباكات قرب الحدود، ويعد شريانا رئيسيا للتجارة بين دول الخليج وتركيا وأوروبا.',
  'وأبدت شركات أميركية وأوروبية اهتماما بالاستثمار في المنطقة الحرة المجاورة.',
].join('\n');

// the outlet's own lead, then the wire paragraphs
const REWRITE_2 = [
  'في خطوة ينتظرها التجار منذ شهور، تعود الشاحنات إلى الطريق الدولي.',
  'واتفق الأردن وسوريا يوم الثلاثاء على إعادة فتح معبر جابر الحدودي أمام حركة الشاحنات التجارية بعد إغلاق استمر ستة أشهر، بحسب بيان مشترك صدر عقب اجتماع وزيري النقل.',
  'وأوضح البيان أن اللجنة الفنية المشتركة ستبدأ عملها الأسبوع المقبل لوضع جدول زمني لتشغيل المعبر على مدار الساعة، وتحديد الرسوم الجمركية الجديدة.',
  'ولم تعلن دمشق موعدا محددا لعودة حركة المسافرين، ويتوقع مراقبون أن تستغرق الترتيبات الأمنية عدة أسابيع.',
].join('\n');

// paragraphs reordered and trimmed
const REWRITE_3 = [
  'ويعد معبر جابر شريانا رئيسيا للتجارة بين دول الخليج وتركيا وأوروبا، وقد أغلقته السلطات في الربيع الماضي إثر اشتباكات قرب الحدود.',
  'وقررت الأردن وسوريا يوم الثلاثاء إعادة فتح المعبر أمام حركة الشاحنات التجارية بعد إغلاق استمر ستة أشهر، بحسب بيان مشترك صدر عقب اجتماع وزيري النقل في البلدين.',
  'وتتطلع عمان إلى رفع حجم التبادل التجاري إلى ثلاثة أضعاف خلال العامين المقبلين.',
  'ولم تحدد دمشق موعدا لعودة حركة المسافرين، ويتوقع مراقبون أن تستغرق الترتيبات الأمنية عدة أسابيع.',
].join('\n');

const INDEPENDENT_1 = [
  'بعد ستة أشهر من التوقف، يستعد سائقو الشاحنات لعبور الحدود الأردنية السورية مجددا.',
  'فقد توصل وزيرا النقل في البلدين إلى تفاهم يسمح بعودة الشحن عبر معبر جابر، على أن تحدد لجنة فنية لاحقا ساعات العمل والرسوم.',
  'ويقول تجار في المنطقة الحرة إن الإغلاق كبدهم خسائر كبيرة، وإن كثيرا منهم اضطر إلى نقل بضائعه بحرا بكلفة مضاعفة.',
  'أما المسافرون فما زالوا ينتظرون قرارا من دمشق بشأنهم.',
].join('\n');

const INDEPENDENT_2 = [
  'أعلنت الحكومتان الأردنية والسورية التوصل إلى صيغة لاستئناف الحركة التجارية عبر الحدود المشتركة، في أعقاب محادثات جرت بين المسؤولين عن قطاع النقل.',
  'وتأمل عمان أن يضاعف القرار صادراتها نحو الأسواق الخليجية والتركية، بينما يرى اقتصاديون أن العائد مرهون باستقرار الوضع الأمني على جانبي الحدود.',
  'وكان الاقتتال الذي اندلع في الربيع قد دفع السلطات إلى إغلاق الطريق، ما أوقف مئات الشاحنات يوميا.',
].join('\n');

const DOCS = {
  wire: storyDoc('wire', WIRE, { outlet: 'الوكالة', published: '2025-03-04' }),
  r1: storyDoc('r1', REWRITE_1, { outlet: 'صحيفة أ', published: '2025-03-05' }),
  r2: storyDoc('r2', REWRITE_2, { outlet: 'صحيفة ب', published: '2025-03-04' }),
  r3: storyDoc('r3', REWRITE_3, { outlet: 'صحيفة ج' }),
  i1: storyDoc('i1', INDEPENDENT_1, { outlet: 'صحيفة د' }),
  i2: storyDoc('i2', INDEPENDENT_2, { outlet: 'صحيفة هـ' }),
};

function scoreOf(pairs: ReusePair[], a: string, b: string): number {
  return pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.score ?? 0;
}

const pairs = findReuse({ docs: Object.values(DOCS), entities: [] });
if (process.env.REUSE_DEBUG) for (const p of pairs) console.log(p.a, p.b, p.score, p.containment);

test('reuse: three rewrites of one wire story score above two independently written articles', () => {
  const copies = [['wire', 'r1'], ['wire', 'r2'], ['wire', 'r3'], ['r1', 'r2'], ['r1', 'r3'], ['r2', 'r3']].map(([a, b]) => scoreOf(pairs, a!, b!));
  const independent = [['i1', 'i2'], ...['wire', 'r1', 'r2', 'r3'].flatMap((w) => [[w, 'i1'], [w, 'i2']])].map(([a, b]) => scoreOf(pairs, a!, b!));
  const floor = Math.min(...copies);
  const ceiling = Math.max(...independent);
  assert.ok(floor > ceiling, `copies from ${floor}, independent up to ${ceiling}`);
  assert.ok(scoreOf(pairs, 'wire', 'r2') > 0.5, 'the lightly edited copy is mostly shared');
  for (const p of pairs) assert.ok(p.score >= 0 && p.score <= 1);
});

test('reuse: passages show what was copied, as exact source slices in both documents', () => {
  const pair = pairs.find((p) => p.a === 'wire' && p.b === 'r2')!;
  const passages = pair.passages as Array<{ a: { doc: string; start: number; end: number; text: string }; b: { doc: string; start: number; end: number; text: string }; identical: boolean }>;
  assert.ok(passages.length >= 2);
  for (const p of passages) {
    assert.equal(p.a.doc, 'wire');
    assert.equal(p.b.doc, 'r2');
    assert.equal(DOCS.wire.source.text.slice(p.a.start, p.a.end), p.a.text);
    assert.equal(DOCS.r2.source.text.slice(p.b.start, p.b.end), p.b.text);
  }
  // the copied paragraph on the committee is found whole in both
  assert.ok(passages.some((p) => p.a.text.includes('اللجنة الفنية المشتركة ستبدأ عملها') && p.b.text.includes('اللجنة الفنية المشتركة ستبدأ عملها')));
  assert.ok(passages.some((p) => p.identical), 'a paragraph copied word for word is marked identical');
  // the rewrite's own lead is not a shared passage
  assert.ok(!passages.some((p) => p.b.text.includes('ينتظرها التجار')));
});

test('reuse: a quote both outlets carry verbatim is not by itself wire copy', () => {
  const statement = 'إن فتح المعبر سيعيد الحياة إلى المناطق الحدودية ويوفر آلاف فرص العمل للشباب في البلدين خلال العام الجاري';
  const quoted = (id: string, lead: string) => storyDoc(id, `${lead}\nوقال وزير النقل الأردني: "${statement.slice(3)}".`);
  const own = (id: string, lead: string) => storyDoc(id, `${lead}\n${statement.slice(3)}.`);
  const leadA = 'زار وفد من غرفة التجارة المعبر الحدودي صباح الأربعاء واطلع على استعدادات الجمارك.';
  const leadB = 'تكدست عشرات الشاحنات أمام البوابة منذ الفجر بانتظار السماح لها بالعبور.';
  const withQuote = scoreOf(findReuse({ docs: [quoted('qa', leadA), quoted('qb', leadB)], entities: [] }), 'qa', 'qb');
  const withoutQuote = scoreOf(findReuse({ docs: [own('oa', leadA), own('ob', leadB)], entities: [] }), 'oa', 'ob');
  assert.ok(withQuote > 0, 'the shared quote is still seen');
  assert.ok(withQuote < withoutQuote / 2, `quoted ${withQuote} vs own words ${withoutQuote}`);
  assert.ok(withQuote < Math.min(scoreOf(pairs, 'wire', 'r1'), scoreOf(pairs, 'wire', 'r3')));
});

test('reuse: the origin guess is the earlier published document, when both dates are known and differ', () => {
  const pair = pairs.find((p) => [p.a, p.b].includes('wire') && [p.a, p.b].includes('r1'))!;
  assert.deepEqual(pair.origin, { doc: 'wire', by: 'published', published: { wire: '2025-03-04', r1: '2025-03-05' }, inferred: false });
  assert.equal(originOf(DOCS.wire, DOCS.r2), null, 'same day');
  assert.equal(originOf(DOCS.wire, DOCS.r3), null, 'undated');
});

test('reuse: spellings and clitics that rewrites change fold to one key', () => {
  assert.equal(looseKey('امريكيه'), looseKey('اميركيه'));
  assert.equal(looseKey('وقال'), looseKey('قال'));
  assert.equal(looseKey('شاحنات'), looseKey('شاحنه'));
  assert.notEqual(looseKey('معبر'), looseKey('مطار'));
});

test('reuse: pairs that share nothing are left out, and documents too short to shingle are harmless', () => {
  const a = storyDoc('a', 'هطلت أمطار غزيرة على الساحل الشمالي طوال الليل وأغلقت بعض الطرق الفرعية.');
  const b = storyDoc('b', 'افتتح المتحف الوطني جناحا جديدا للمخطوطات القديمة بحضور باحثين من عدة جامعات.');
  const tiny = storyDoc('c', 'عاجل.');
  assert.deepEqual(findReuse({ docs: [a, b, tiny], entities: [] }), []);
});

test('reuse: on a story of a few articles the candidate index finds every pair that shares wording', () => {
  // the reference: every pair of documents, scored as findReuse scores a candidate
  const docs = Object.values(DOCS);
  const ids = new ShingleIds();
  const sets = docs.map((d) => shingles(contentWords(d, []), ids));
  const expected: string[] = [];
  for (let x = 0; x < docs.length; x++) {
    for (let y = x + 1; y < docs.length; y++) {
      const common = sets[x]!.distinct.filter((k) => sets[y]!.index.has(k)).length;
      if (common < 2) continue;
      const score = Math.min(1, sharedWeight(sets[x]!, sets[y]!) / Math.min(sets[x]!.distinct.length, sets[y]!.distinct.length));
      expected.push(`${docs[x]!.id}|${docs[y]!.id}|${Math.round(score * 1000) / 1000}`);
    }
  }
  assert.ok(expected.length >= 6);
  assert.deepEqual(pairs.map((p) => `${p.a}|${p.b}|${p.score}`).sort(), expected.sort());
});

test('reuse: a story of many copies of one wire pairs every copy with copies, a few partners each', () => {
  // forty outlets run the wire under a line of their own; two articles are written independently
  const leads = ['نقلت الصحيفة عن مصادرها', 'أفاد مراسلنا', 'ذكرت الوكالة', 'قال مصدر مطلع', 'أوردت النشرة'];
  const copies = Array.from({ length: 40 }, (_, k) => storyDoc(`w${k}`, `${leads[k % leads.length]} في العدد ${k + 1}.\n${WIRE}`, { outlet: `منفذ ${k}` }));
  const found = findReuse({ docs: [...copies, DOCS.i1, DOCS.i2], entities: [] });
  const partners = new Map<string, string[]>();
  for (const p of found) {
    partners.set(p.a, [...(partners.get(p.a) ?? []), p.b]);
    partners.set(p.b, [...(partners.get(p.b) ?? []), p.a]);
  }
  for (const c of copies) {
    const mine = partners.get(c.id) ?? [];
    assert.ok(mine.some((o) => o.startsWith('w')), `${c.id} has no copy for a partner`);
  }
  // a few partners per article, not every other copy: the pairs grow with the story, not with its square
  assert.ok(found.length <= 40 * 8, `${found.length} pairs`);
  const copyPairs = found.filter((p) => p.a.startsWith('w') && p.b.startsWith('w'));
  const otherPairs = found.filter((p) => !(p.a.startsWith('w') && p.b.startsWith('w')));
  assert.ok(Math.min(...copyPairs.map((p) => p.score)) > Math.max(0, ...otherPairs.map((p) => p.score)));
});
