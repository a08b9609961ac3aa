import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Source } from '../../model/document.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { runCorpus, runSource, type Pipeline } from '../../pipeline/run.js';
import { clean } from '../clean/index.js';
import { segment } from '../segment/index.js';
import { metadata } from '../metadata/index.js';
import { makeEntities, makeEntityMentions, type EntityMention } from './index.js';

// The gazetteer alone (no tagger), so that these tests do not depend on a trained model.
const pipeline: Pipeline = { source: clean, stages: [segment, makeEntityMentions({ tagger: null })], corpus: [makeEntities()] };

function run(texts: string[]): { docs: Doc[]; entities: ResolvedEntity[]; sources: Map<string, string> } {
  const docs: Doc[] = [];
  const sources = new Map<string, string>();
  texts.forEach((text, k) => {
    const source: Source = { id: `d${k}`, origin: `d${k}.txt`, text, format: 'text', declared: {}, messages: [] };
    sources.set(source.id, text);
    docs.push(...runSource(pipeline, source).docs);
  });
  const entities = runCorpus(pipeline, docs).results.entities as ResolvedEntity[];
  return { docs, entities, sources };
}

function textsOf(e: ResolvedEntity, sources: Map<string, string>): string[] {
  return e.mentions.map((m) => sources.get(m.doc.split('#')[0]!)!.slice(m.start, m.end));
}

/** The entity one of whose mentions reads exactly `text`. */
function entityOf(entities: ResolvedEntity[], sources: Map<string, string>, text: string): ResolvedEntity | undefined {
  return entities.find((e) => textsOf(e, sources).includes(text));
}

test('transliteration variants of a foreign name, orthographic variants and أميركي/أمريكي merge across documents', () => {
  const { entities, sources } = run([
    'زيارة مرتقبة\nوصلت المبعوثة الأممية ماريا كوفالسكي إلى العاصمة صباح الأحد، والتقت المستشار جيمس أندرسن في مقر القيادة المركزية الأميركية.\nوقالت كوفالسكي إن المحادثات كانت مثمرة.',
    'لقاءات في العاصمة\nأكدت المبعوثة الأممية ماريا كوفالفسكي أن الحوار سيستمر، فيما قال المستشار جيمس أندرسون إن القيادة المركزية الأمريكية تدعم الجهود.',
  ]);
  const maria = entityOf(entities, sources, 'ماريا كوفالسكي');
  assert.ok(maria, 'ماريا كوفالسكي found');
  assert.equal(maria.type, 'PERSON');
  assert.ok(maria.variants.includes('ماريا كوفالفسكي'), `variants: ${maria.variants}`);
  assert.ok(textsOf(maria, sources).includes('كوفالسكي'), 'the surname alone refers back to her');
  const james = entityOf(entities, sources, 'جيمس أندرسن');
  assert.ok(james && textsOf(james, sources).includes('جيمس أندرسون'));
  const centcom = entityOf(entities, sources, 'القيادة المركزية الأميركية');
  assert.ok(centcom && textsOf(centcom, sources).includes('القيادة المركزية الأمريكية'));
  assert.equal(centcom.type, 'ORG');
});

test('a country and its capital, a ministry and its country, a group and its umbrella stay apart', () => {
  const { entities, sources } = run([
    'تطورات أمنية\nأعلنت وزارة الخارجية العراقية أن بغداد تلقت رسالة من واشنطن، وأن العراق يرفض أي تصعيد.\nوقالت «كتائب حزب الله» إنها جزء من الحشد الشعبي، فيما أصدر حزب الله اللبناني بياناً في بيروت.',
  ]);
  const id = (text: string) => entityOf(entities, sources, text)?.id;
  for (const t of ['وزارة الخارجية العراقية', 'بغداد', 'العراق', 'كتائب حزب الله', 'الحشد الشعبي', 'حزب الله اللبناني', 'واشنطن']) assert.ok(id(t), `found ${t}`);
  assert.notEqual(id('بغداد'), id('العراق'));
  assert.notEqual(id('وزارة الخارجية العراقية'), id('العراق'));
  assert.notEqual(id('كتائب حزب الله'), id('الحشد الشعبي'));
  assert.notEqual(id('كتائب حزب الله'), id('حزب الله اللبناني'));
  assert.equal(entityOf(entities, sources, 'وزارة الخارجية العراقية')!.type, 'ORG');
  assert.equal(entityOf(entities, sources, 'بغداد')!.type, 'LOC');
});

test('a surname that is also a nationality stays a person, and the adjective is not a mention of him', () => {
  const { entities, sources } = run([
    'اجتماع حكومي\nترأس رئيس الوزراء العراقي محمد شياع السوداني اجتماعاً أمنياً، وقال السوداني إن الحكومة ماضية في خططها.\nوفي شأن آخر، زار وفد من الجيش السوداني العاصمة السودان الأسبوع الماضي.',
    'متابعة\nوأكد رئيس الوزراء العراقي السوداني خلال زيارته أن بلاده تريد علاقات متوازنة.',
  ]);
  const person = entityOf(entities, sources, 'محمد شياع السوداني')!;
  assert.equal(person.type, 'PERSON');
  const texts = textsOf(person, sources);
  assert.equal(texts.filter((t) => t === 'السوداني').length, 2, 'the short reference and the title-introduced surname in the other document');
  assert.ok(person.mentions.some((m) => m.doc === 'd1'));
  const sudan = entityOf(entities, sources, 'السودان');
  assert.ok(sudan && sudan.id !== person.id && sudan.type === 'LOC');
  // «الجيش السوداني» is the Sudanese army, not the man
  const d0 = sources.get('d0')!;
  const army = d0.indexOf('الجيش السوداني') + 'الجيش '.length;
  assert.ok(!person.mentions.some((m) => m.doc === 'd0' && m.start === army));
});

test('Arabic given names that differ by a letter are different people', () => {
  const { entities, sources } = run([
    'تصريحات\nقال الباحث حسن الربيعي إن الوضع مستقر، بينما رأى المحلل حسين الربيعي أن الأزمة مستمرة. وأشار الكاتب محمود الجبوري إلى أن الكاتب محمد الجبوري أخطأ.',
  ]);
  const id = (t: string) => entityOf(entities, sources, t)?.id;
  assert.ok(id('حسن الربيعي') && id('حسين الربيعي'));
  assert.notEqual(id('حسن الربيعي'), id('حسين الربيعي'));
  assert.notEqual(id('محمود الجبوري'), id('محمد الجبوري'));
});

test('roles attach from the title before a name and from an apposition after it', () => {
  const { entities, sources } = run([
    'مواقف برلمانية\nقال النائب كريم العلواني، رئيس لجنة النزاهة البرلمانية، إن التحقيق سيكتمل قريباً.\nوأوضح العلواني أن الوزارة تعاونت.\nفي المقابل، دعا وزير المالية العراقي فادي الشمري إلى التريث.',
  ]);
  const mp = entityOf(entities, sources, 'كريم العلواني')!;
  assert.equal(mp.type, 'PERSON');
  assert.deepEqual(mp.roles, ['النائب', 'رئيس لجنة النزاهة البرلمانية']);
  assert.ok(textsOf(mp, sources).includes('العلواني'), 'a short reference resolves to the full name in the same document');
  const minister = entityOf(entities, sources, 'فادي الشمري')!;
  assert.deepEqual(minister.roles, ['وزير المالية العراقي']);
});

test('a representative\'s عن names the province or bloc in the role; عن after another title is what was spoken of', () => {
  const { entities, sources } = run([
    'جلسة البرلمان\nوقال النائب عن محافظة البصرة حيدر الموسوي إن الموازنة تأخرت.\nوأكد النائب عن ائتلاف دولة القانون محمد الحسيني أن التصويت مؤجل.\nوأوضح قائممقام الزبير نزار الحلفي أن الطرق مفتوحة.\nوتحدث الوزير عن الاتفاق مع الشركة.',
  ]);
  // before, the province after عن was read as a title of its own: «محافظة» is also a woman governor
  assert.deepEqual(entityOf(entities, sources, 'حيدر الموسوي')!.roles, ['النائب عن محافظة البصرة']);
  assert.deepEqual(entityOf(entities, sources, 'محمد الحسيني')!.roles, ['النائب عن ائتلاف دولة القانون']);
  assert.deepEqual(entityOf(entities, sources, 'نزار الحلفي')!.roles, ['قائممقام الزبير']);
  assert.ok(!entities.some((e) => e.roles.some((r) => r.includes('الاتفاق'))), 'الوزير عن الاتفاق is no role');
});

test('women named after a title are people with that role, their given names no verb or noun (سناء، سميرة)', () => {
  const { entities, sources } = run([
    'جلسة\nوقالت النائبة عن محافظة البصرة سناء الربيعي إن الموازنة تأخرت.\nوأكدت وزيرة الهجرة سميرة الكعبي أن العودة طوعية.',
  ]);
  // سناء began like a future verb (سـ + نـ) and سميرة ended in ة like a noun: neither was read as a name
  assert.deepEqual(entityOf(entities, sources, 'سناء الربيعي')?.roles, ['النائبة عن محافظة البصرة']);
  assert.deepEqual(entityOf(entities, sources, 'سميرة الكعبي')?.roles, ['وزيرة الهجرة']);
});

test('a title and the first part of a full name is that person; two full names beginning alike keep it apart', () => {
  const { entities, sources } = run([
    'زيارة\nاستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي.\nوبحث الشيخ تميم مع ضيفه العلاقات الثنائية.\nوحضر اللقاء الشيخ محمد بن عبد الرحمن والشيخ محمد بن حمد.\nوقال الشيخ محمد إن الزيارة ناجحة.',
  ]);
  const emir = entities.find((e) => e.name.startsWith('تميم'));
  assert.deepEqual(textsOf(emir!, sources).sort(), ['تميم', 'تميم بن حمد آل ثاني'].sort());
  // الشيخ محمد may be either of two: it stays a person of its own
  const alone = entities.find((e) => e.name === 'محمد');
  assert.ok(alone && alone.mentions.length === 1);
  assert.ok(entities.filter((e) => e.name.startsWith('محمد بن')).every((e) => e.mentions.length === 1));
});

test('mention spans are the names in the source, without their proclitics', () => {
  const { docs, entities, sources } = run([
    'جولة إقليمية\nوصل الوفد إلى بغداد قادماً من طهران، ووزير الدفاع الإيراني في زيارة لدمشق. وبحث الجانبان العلاقة بين العراق وإيران وللحشد الشعبي دور في ذلك.',
  ]);
  for (const d of docs) {
    for (const m of d.layers.entities as EntityMention[]) assert.equal(d.source.text.slice(m.start, m.end), m.text);
  }
  const all = entities.flatMap((e) => textsOf(e, sources));
  for (const t of ['بغداد', 'طهران', 'دمشق', 'العراق', 'إيران']) assert.ok(all.includes(t), `mention ${t} in ${all}`);
  assert.ok(!all.some((t) => /^(و|ل)(العراق|إيران|دمشق)/.test(t)), `no proclitic in ${all}`);
  const pmf = entityOf(entities, sources, 'لحشد الشعبي');
  assert.ok(pmf && pmf.variants.includes('الحشد الشعبي'), 'للحشد is ل + الحشد: the variant writes the article out');
});

test('an acronym defined in brackets joins its expansion, also in another document', () => {
  const { entities, sources } = run([
    'انتخابات مقبلة\nأعلنت اللجنة الوطنية العليا للانتخابات (National Electoral Board أو NEB اختصاراً) موعد الاقتراع.',
    'تأجيل محتمل\nقالت مصادر إن NEB قد تؤجل موعد الاقتراع شهراً.',
  ]);
  const board = entityOf(entities, sources, 'اللجنة الوطنية العليا للانتخابات')!;
  assert.ok(board, `entities: ${entities.map((e) => e.name)}`);
  assert.equal(board.type, 'ORG');
  assert.ok(board.variants.includes('NEB') && board.variants.includes('National Electoral Board'));
  assert.ok(board.mentions.some((m) => m.doc === 'd1'), 'the acronym alone in the other document');
});

test('an ambiguous outlet name counts only with a cue; a bare ministry is the document’s qualified one', () => {
  const { entities, sources } = run([
    'تجارة\nافتتحت المنطقة الحرة الجديدة قرب الميناء. وقال مسؤول لقناة الحرة إن وزارة الداخلية الأردنية وافقت، وأضافت وزارة الداخلية أنها ستراقب المعابر.',
  ]);
  const outlet = entityOf(entities, sources, 'الحرة')!;
  assert.equal(outlet.type, 'ORG');
  assert.equal(outlet.mentions.length, 1, 'المنطقة الحرة is a free zone, not the channel');
  const ministry = entityOf(entities, sources, 'وزارة الداخلية الأردنية')!;
  assert.ok(textsOf(ministry, sources).includes('وزارة الداخلية'));
  assert.equal(ministry.name, 'وزارة الداخلية الأردنية');
});

test('a surname standing alone is the person the corpus names in full, not a known namesake, unless it bears his title', () => {
  // the gazetteer knows Iraq's defence minister ثابت العباسي; these articles are about someone else of that surname
  const { entities, sources } = run([
    'افتتاح مكتبة في إربد\nقالت المديرة ليلى العباسي إن المكتبة ستفتح أبوابها يومياً للطلاب والباحثين.',
    'مكتبة جديدة للأطفال\nوقال مدير المكتبة العباسي إن قاعة الأطفال تضم ألف كتاب مصور.',
  ]);
  const laila = entityOf(entities, sources, 'ليلى العباسي');
  assert.ok(laila);
  assert.equal(laila.name, 'ليلى العباسي');
  assert.ok(textsOf(laila, sources).includes('العباسي'), 'the surname alone joins her');
  assert.ok(!entities.some((e) => e.name === 'ثابت العباسي'));

  // the minister's own title keeps the surname his, though the corpus names another العباسي in full
  const other = run([
    'افتتاح مكتبة في إربد\nقالت المديرة ليلى العباسي إن المكتبة ستفتح أبوابها يومياً للطلاب والباحثين.',
    'زيارة إلى الأنبار\nوقال وزير الدفاع العباسي إن القوات ستبقى في مواقعها حتى نهاية العام.',
  ]);
  const minister = other.entities.find((e) => e.name === 'ثابت العباسي');
  assert.ok(minister, JSON.stringify(other.entities.map((e) => e.name)));
  assert.equal(entityOf(other.entities, other.sources, 'ليلى العباسي')?.name, 'ليلى العباسي');
});

test('a title ending in a definite body is followed by the whole name, not by a word of it read as the body’s name', () => {
  const { entities, sources } = run([
    'خط حافلات جديد\nوقال رئيس الهيئة ليلى العباسي إن الرحلة الأولى ستنطلق صباح الأحد. وقال مدير الشركة سالم الحديدي إن التذاكر متاحة.',
  ]);
  const laila = entityOf(entities, sources, 'ليلى العباسي');
  assert.ok(laila, JSON.stringify(entities.map((e) => e.name)));
  assert.deepEqual(laila.roles, ['رئيس الهيئة']);
  const salem = entityOf(entities, sources, 'سالم الحديدي');
  assert.ok(salem, JSON.stringify(entities.map((e) => e.name)));
  assert.deepEqual(salem.roles, ['مدير الشركة']);
});

test('a conjunction or preposition before a two-letter first word is not part of the name (وتل أبيب، بذي قار)', () => {
  const { entities, sources } = run(['وفد الوساطة يتنقل بين العواصم\nوصل الوفد إلى القاهرة وتل أبيب بعد جولة طويلة، ثم زار أعضاؤه البصرة وذي قار.']);
  const telAviv = entityOf(entities, sources, 'تل أبيب');
  assert.ok(telAviv, JSON.stringify(entities.map((e) => textsOf(e, sources))));
  assert.equal(telAviv!.type, 'LOC');
  assert.ok(!entities.some((e) => textsOf(e, sources).some((t) => t.startsWith('وتل'))));
  assert.ok(entityOf(entities, sources, 'ذي قار'));
});

test('a foreign given name written with ت or ط merges (أنتوني / أنطوني); Arabic given names that differ by a letter still do not', () => {
  const { entities, sources } = run([
    'لقاء في العاصمة\nوصل المبعوث الأممي أنتوني غوتيريش إلى العاصمة صباح الأحد.',
    'مباحثات أممية\nوقال المبعوث الأممي أنطوني غوتيرش إن الحوار سيستمر.',
    'جولة أخرى\nوالتقى الوزير حسن الربيعي نظيره، فيما غاب حسين الربيعي عن الاجتماع.',
  ]);
  const envoy = entityOf(entities, sources, 'أنتوني غوتيريش');
  assert.ok(envoy && textsOf(envoy, sources).includes('أنطوني غوتيرش'), JSON.stringify(entities.map((e) => textsOf(e, sources))));
  const hasan = entityOf(entities, sources, 'حسن الربيعي');
  assert.ok(hasan && !textsOf(hasan, sources).includes('حسين الربيعي'));
});

test('a company head before a coined name no dictionary lists is an organisation (شركة سوناطراك); before an ordinary word it is not', () => {
  const { entities, sources } = run(['صفقة غاز جديدة\nووقعت شركة سوناطراك عقداً مع مجموعة توتال إنرجيز لتطوير حقل غاز، فيما قالت شركة كبيرة إن الأسعار سترتفع.']);
  const texts = entities.map((e) => textsOf(e, sources)).flat();
  assert.ok(texts.includes('شركة سوناطراك'), JSON.stringify(texts));
  assert.ok(texts.includes('مجموعة توتال إنرجيز'), JSON.stringify(texts));
  assert.ok(!texts.some((t) => t.includes('شركة كبيرة')));
  assert.equal(entityOf(entities, sources, 'شركة سوناطراك')!.type, 'ORG');
});

test('landmarks of the region\'s politics are places the gazetteer knows (عين التينة، مزارع شبعا، أم درمان)', () => {
  const { entities, sources } = run(['جولة المبعوث\nالتقى المبعوث رئيس البرلمان في عين التينة، ثم تفقد الخط الأزرق قرب مزارع شبعا، فيما تواصلت المعارك في أم درمان.']);
  for (const place of ['عين التينة', 'الخط الأزرق', 'مزارع شبعا', 'أم درمان']) {
    const e = entityOf(entities, sources, place);
    assert.ok(e, `${place}: ${JSON.stringify(entities.map((x) => textsOf(x, sources)))}`);
    assert.equal(e!.type, 'LOC');
  }
});

test('a rank between a title and the name, a body\'s short name in brackets, and Ali with a nisba surname', () => {
  const { entities } = run([
    'قراءة في الاتفاق\nورأى الخبير الاستراتيجي اللواء المتقاعد سعيد حمدان أن الانسحاب سيكون على مراحل.\n' +
      'وقال المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) جون هارتلي إن التنسيق مستمر.\n' +
      'في المقابل، قال النائب عن كتلة الإعمار علي مصري إن البرلمان ينتظر نص الاتفاق.',
  ]);
  const persons = new Map(entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.roles]));
  assert.deepEqual(persons.get('سعيد حمدان'), ['الخبير الاستراتيجي']);
  assert.deepEqual(persons.get('جون هارتلي'), ['المتحدث باسم وزارة الدفاع الأميركية']);
  assert.deepEqual(persons.get('علي مصري'), ['النائب عن كتلة الإعمار']);
  assert.ok(!entities.some((e) => e.name === 'مصر' || e.name === 'مصري'), 'the surname is no country');
});

test('the article\'s own outlet, when the lists know it, is their entry: one entity however the text writes it', () => {
  const withMeta: Pipeline = { source: clean, stages: [segment, metadata, makeEntityMentions({ tagger: null })], corpus: [makeEntities()] };
  const text = 'حوار أمني\nوأفاد مراسل بغداد اليوم بأن الوفد وصل.\nوقال مصدر حكومي لـ"بغداد اليوم" إن الجولة المقبلة ستعقد في واشنطن.';
  const docs = runSource(withMeta, { id: 'o', origin: 'o.txt', text, format: 'text', declared: { outlet: 'بغداد اليوم' }, messages: [] }).docs;
  const entities = runCorpus(withMeta, docs).results.entities as ResolvedEntity[];
  const outlet = entities.filter((e) => e.name === 'بغداد اليوم');
  assert.equal(outlet.length, 1, JSON.stringify(entities.map((e) => [e.name, e.mentions.map((m) => m.start)])));
  assert.equal(outlet[0]!.mentions.length, 2);
});

test('a chief of staff named after a full rank, a family name in الله, and no title read inside a name', () => {
  const { entities } = run([
    'الوفد العسكري\nويضم الوفد رئيس أركان الجيش الفريق أول ركن عبد الأمير خير الله، ومستشار الأمن الوطني سعيد حمدان.',
  ]);
  const persons = new Map(entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.roles]));
  assert.deepEqual(persons.get('عبد الأمير خير الله'), ['رئيس أركان الجيش'], JSON.stringify([...persons]));
  assert.ok(![...persons.keys()].some((n) => n === 'خير الله' || n === 'ركن عبد الأمير'));
});

test('a wire agency written out (وكالة الصحافة الفرنسية) and by its initials in a caption (أ ف ب) is one entity', () => {
  const { entities, sources } = run([
    'عودة النازحين\nنقلت وكالة الصحافة الفرنسية عن مسؤول محلي أن مئات العائلات عادت إلى القرى.\nعائلات نازحة تعود إلى قراها في الجنوب (أ ف ب)',
  ]);
  const afp = entityOf(entities, sources, 'وكالة الصحافة الفرنسية');
  assert.ok(afp);
  assert.equal(afp.type, 'ORG');
  assert.ok(textsOf(afp, sources).includes('أ ف ب'), JSON.stringify(afp.variants));
});

test('a title after the preposition لل (للمبعوث الأممي) is the role with its article back (المبعوث الأممي)', () => {
  const { entities, sources } = run([
    'جولة جديدة\nوكانت المحادثات قد بدأت بزيارة للمبعوث الأممي كارل هانسن إلى العاصمة الأسبوع الماضي.',
  ]);
  const envoy = entityOf(entities, sources, 'كارل هانسن');
  assert.ok(envoy, JSON.stringify(entities.map((e) => e.name)));
  assert.deepEqual(envoy.roles, ['المبعوث الأممي']);
});

test('a place name that is also a common word (صور) is a place after a dual cue (قضاءي صور والنبطية), and only there', () => {
  const { entities, sources } = run(['العودة إلى الجنوب\nعادت مئات العائلات إلى بلدات في قضاءي صور والنبطية، ونشر ناشطون صور الدمار في الأحياء.']);
  const tyre = entities.find((e) => e.name === 'صور');
  assert.ok(tyre, JSON.stringify(entities.map((x) => textsOf(x, sources))));
  assert.equal(tyre.type, 'LOC');
  assert.equal(tyre.mentions.length, 1, 'the photos (صور الدمار) are no place');
  assert.equal(entityOf(entities, sources, 'النبطية')?.type, 'LOC');
});
