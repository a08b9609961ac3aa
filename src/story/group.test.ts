/**
 * Story grouping over the demo corpus (written for this project): the Nile-dam articles form one story apart from
 * the others, and giving the corpus twice (or a wire story syndicated verbatim) changes nothing but the stories'
 * sizes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, Source } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { repoRoot } from '../testing/fixtures.js';
import { groupStories } from './group.js';
import { analyze } from '../analyze.js';
import { groupingDoc } from '../queue/stored-document.js';

const dir = join(repoRoot, 'demo', 'corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const docsOf = (prefix: string): Doc[] =>
  files.flatMap((f) => {
    const source: Source = { id: `${prefix}${f}`, origin: f, text: readFileSync(join(dir, f), 'utf8'), format: 'text', declared: {}, messages: [] };
    return defaultPipeline.source.run(source).docs;
  });

/** Each story as the sorted set of the files its documents come from (a copy's prefix taken off). */
const shape = (stories: ReturnType<typeof groupStories>) =>
  stories.map((s) => [...new Set(s.documents.map((id) => id.replace(/^(a|b)\//, '').replace(/#.*$/, '')))].sort().join(' ')).sort();

test('the demo corpus falls into its stories, the dam talks as one', () => {
  const stories = groupStories(docsOf('a/'));
  const dam = stories.find((s) => s.documents.some((id) => id.startsWith('a/01_')))!;
  const damFiles = new Set(dam.documents.map((id) => id.slice(2, 4)));
  for (const n of ['01', '02', '03', '04', '05']) assert.ok(damFiles.has(n), `article ${n} is not in the dam story: ${dam.documents.join(', ')}`);
  assert.ok(stories.length >= 2, 'everything fell into one story');
});

test('the corpus given twice keeps its stories: each copy sits in its twin\'s story', () => {
  const once = groupStories(docsOf('a/'));
  const twice = groupStories([...docsOf('a/'), ...docsOf('b/')]);
  assert.equal(twice.length, once.length);
  assert.deepEqual(shape(twice), shape(once));
  for (const s of twice) {
    const a = s.documents.filter((id) => id.startsWith('a/')).map((id) => id.slice(2));
    const b = s.documents.filter((id) => id.startsWith('b/')).map((id) => id.slice(2));
    assert.deepEqual(b, a);
  }
});

test('a copy whose lines are wrapped differently is still the same article', () => {
  const docs = docsOf('a/');
  const copy = docsOf('b/')[0]!;
  const rewrapped = { ...copy, body: { ...copy.body, text: copy.body.text.replace(/ /g, '\n') } } as Doc;
  const stories = groupStories([...docs, rewrapped]);
  const home = stories.find((s) => s.documents.includes(docs[0]!.id))!;
  assert.ok(home.documents.includes(rewrapped.id));
});

// three outlets on one envoy's tour, each spelling his name its own way (written for this test); the third tells
// a later step, so his name is most of what it shares with the others
const ENVOY: Array<[string, string[]]> = [
  ['e1', [
      'المبعوث الأوروبي هارتنشتاين يصل إلى الخرطوم لبحث الهدنة',
      'وصل المبعوث الأوروبي كارل هارتنشتاين إلى الخرطوم صباح الخميس في جولة تشمل بورتسودان ونيالا، لبحث تمديد الهدنة الإنسانية بين الجيش وقوات الدعم السريع.',
      'واجتمع هارتنشتاين بوزير الخارجية السوداني في مقر الوزارة، وناقش الطرفان فتح ممرات لإيصال المساعدات إلى دارفور.',
      'وقال مصدر دبلوماسي إن المبعوث يحمل مقترحاً من ثلاث مراحل يبدأ بوقف القصف على الأحياء السكنية.',
    ]],
  ['e2', [
      'هارتينشتين في بورتسودان: الأولوية لممرات الإغاثة',
      'أكد المبعوث الأوروبي كارل هارتينشتين، الجمعة، أن فتح ممرات آمنة للإغاثة في دارفور يتقدم على أي ترتيبات سياسية، وذلك عقب لقائه رئيس مجلس السيادة في بورتسودان.',
      'وأوضح هارتينشتين في مؤتمر صحفي أن الاتحاد الأوروبي مستعد لتمويل قوافل غذائية إذا التزم الطرفان بالهدنة.',
      'ومن المقرر أن يتوجه المبعوث إلى نيالا السبت للقاء ممثلين عن النازحين.',
    ]],
  ['e3', [
      'هارتنستاين يطلع وزراء الاتحاد على حصيلة جولته',
      'قدم كارل هارتنستاين إحاطة مغلقة لوزراء خارجية الاتحاد في بروكسل مساء الاثنين، عرض فيها ما سمعه من المسؤولين السودانيين.',
      'وطلب هارتنستاين زيادة التمويل المخصص للاجئين في تشاد بنحو أربعين مليون يورو خلال الربع المقبل.',
      'وأشار دبلوماسيون حضروا الجلسة إلى أن هارتنستاين اقترح تعيين منسق دائم يقيم في المنطقة.',
      'وكان المبعوث الأوروبي قد زار الخرطوم وبورتسودان الأسبوع الماضي.',
    ]],
];

test('one name spelled three ways is one word to the grouping: the envoy\'s three articles are one story', () => {
  const envoy = ENVOY.map(([id, lines]) => defaultPipeline.source.run({ id, origin: `${id}.txt`, text: lines.join('\n'), format: 'text', declared: {}, messages: [] }).docs[0]!);
  const stories = groupStories([...docsOf('a/'), ...envoy]);
  const home = stories.find((s) => s.documents.includes('e1'))!;
  assert.deepEqual([...home.documents].sort(), ['e1', 'e2', 'e3']);
  // and the demo's stories stay as they were
  assert.deepEqual(shape(stories.filter((s) => s !== home)), shape(groupStories(docsOf('a/'))));
});

const bombing = (): Source[] =>
  ['a-local', 'b-wire', 'c-funerals'].map((id) => ({ id, origin: `${id}.txt`, text: readFileSync(join(repoRoot, 'fixtures', 'text', 'bombing', `${id}.txt`), 'utf8'), format: 'text', declared: {}, messages: [] }));

test('three outlets telling one bombing in their own words (انفجار / تفجير، مفخخة / ملغومة، بسوق، بشمال) are one story', () => {
  // alone, as marsad analyze reads them: a feed's first hour, three reports and nothing else to weigh their words against
  const stories = analyze(bombing(), undefined, []).stories;
  assert.deepEqual(stories.map((s) => [...s.documents].sort()), [['a-local', 'b-wire', 'c-funerals']]);
});

/** Short reports (a headline, a dateline, a sentence or two), written for this test: a pair per matter and four others. */
const SHORT: Array<[string, string]> = [
  ['visit-1', 'وزير الخارجية الأردني يزور دمشق\nعمان - الأفق\nوصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق الاثنين في زيارة يلتقي خلالها الرئيس السوري لبحث ملف اللاجئين.'],
  ['visit-2', 'الصفدي في العاصمة السورية\nدمشق - صوت الشام\nبدأ أيمن الصفدي زيارة إلى سوريا تتناول عودة اللاجئين السوريين من الأردن وأمن الحدود المشتركة.'],
  ['budget-1', 'البرلمان يقر الموازنة\nبغداد - الرافد\nصوت مجلس النواب العراقي مساء السبت على قانون الموازنة العامة لعام 2025 بعد جلسة استمرت ست ساعات.\nوحضر الجلسة 220 نائبا.'],
  ['budget-2', 'إقرار الموازنة بعد جلسة ماراثونية\nبغداد - المنبر\nأقر النواب في بغداد قانون الموازنة الاتحادية للعام المقبل بحضور 220 عضوا، في جلسة طويلة امتدت حتى منتصف الليل.'],
  ['match', 'مباراة ودية للمنتخب الأردني\nعمان - الأفق\nيخوض المنتخب الأردني لكرة القدم مباراة ودية أمام نظيره السوري في عمان الخميس المقبل.'],
  ['books', 'افتتاح معرض للكتاب في بغداد\nبغداد - الرافد\nافتتح معرض بغداد الدولي للكتاب أبوابه بمشاركة 300 دار نشر عربية وأجنبية.'],
  ['rain', 'أمطار غزيرة في دمشق\nدمشق - صوت الشام\nهطلت أمطار غزيرة على دمشق وريفها ما تسبب بغرق عدد من الشوارع وتعطل حركة السير.'],
  ['prices', 'ارتفاع أسعار الطماطم في الموصل\nالموصل - المنبر\nشهدت أسواق الموصل ارتفاعا في أسعار الطماطم بسبب قلة المعروض من المزارع المحلية.'],
];

test('short reports of one visit, one naming the country (سوريا، الأردن) where the other has its adjective (السوري، الأردني), are one story, apart from a match between the two countries', () => {
  const sources: Source[] = SHORT.map(([id, text]) => ({ id, origin: `${id}.txt`, text, format: 'text', declared: {}, messages: [] }));
  const stories = analyze(sources, undefined, []).stories.map((s) => [...s.documents].sort().join(' ')).sort();
  assert.deepEqual(stories, ['books', 'budget-1 budget-2', 'match', 'prices', 'rain', 'visit-1 visit-2']);
});

test('a story of two articles is named by the first one given, in either order, as stored documents are grouped too', () => {
  for (const pair of ['visit', 'budget']) {
    const sources: Source[] = SHORT.filter(([id]) => id.startsWith(pair)).map(([id, text]) => ({ id, origin: `${id}.txt`, text, format: 'text', declared: {}, messages: [] }));
    const headline = (s: Source) => s.text.split('\n')[0];
    for (const list of [sources, [...sources].reverse()]) {
      const analysis = analyze(list, undefined, []);
      assert.deepEqual(analysis.stories.map((s) => s.title), [headline(list[0]!)], `${pair}: live documents`);
      // the queue's regroup reads each document's headline and body text only (queue/stored-document.ts)
      const stored = analysis.docs.map((d) => groupingDoc({ id: d.id, title: d.title?.value ?? null, bodyText: d.body.text }));
      assert.deepEqual(groupStories(stored).map((s) => s.title), [headline(list[0]!)], `${pair}: stored documents`);
    }
  }
});
