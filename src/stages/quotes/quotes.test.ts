/**
 * The quote stage on sentences written for this test: direct and reported speech, the cue before or after the
 * words, circumstantial cues, anonymous sources, documents, implicit speakers and speakers named by their role,
 * channels nearest first, and a quote inside a report. Each case names the words said, the speaker, the cue,
 * whether the words are quoted, and the channels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFrom } from '../time/test-doc.js';
import { findQuotes, quotes } from './index.js';
import type { QuoteLayerItem } from '../../outputs/dossier.js';

interface Want {
  said: string;
  speaker: string;
  cue: string;
  direct: boolean;
  via?: string[];
  nested?: boolean;
}

function quotesOf(text: string): Array<QuoteLayerItem & { said: string }> {
  const doc = docFrom(text, '2025-03-12');
  return findQuotes(doc).map((q) => ({ ...q, said: text.slice(q.start, q.end) }));
}

function check(text: string, wants: Want[]): void {
  const got = quotesOf(text);
  for (const w of wants) {
    const q = got.find((g) => g.said === w.said);
    assert.ok(q, `no quote «${w.said}» in: ${JSON.stringify(got.map((g) => g.said))}`);
    assert.equal(q.speaker.text, w.speaker, `speaker of «${w.said}»`);
    assert.equal(q.cue, w.cue, `cue of «${w.said}»`);
    assert.equal(q.direct, w.direct, `direct of «${w.said}»`);
    assert.deepEqual(q.via, w.via ?? [], `via of «${w.said}»`);
    if (w.nested !== undefined) assert.equal(q.nested, w.nested, `nested of «${w.said}»`);
  }
  assert.equal(got.length, wants.length, `quotes found: ${JSON.stringify(got.map((g) => g.said))}`);
}

test('a quotation before its cue and speaker', () => {
  check('«المفاوضات ستستأنف الأسبوع المقبل»، قال وزير الخارجية سامي العلي للصحفيين في العاصمة.', [
    { said: 'المفاوضات ستستأنف الأسبوع المقبل', speaker: 'سامي العلي', cue: 'قال', direct: true },
  ]);
});

test('reported speech after قال … إن, and the implicit speaker of وأضاف أن in the next sentence', () => {
  check('وقال المتحدث باسم الحكومة أحمد الزيدي إن الحكومة لن تقبل بأي تأجيل جديد للانسحاب. وأضاف أن الجولة المقبلة ستعقد في عمّان مطلع الشهر.', [
    { said: 'الحكومة لن تقبل بأي تأجيل جديد للانسحاب', speaker: 'أحمد الزيدي', cue: 'قال', direct: false },
    { said: 'الجولة المقبلة ستعقد في عمّان مطلع الشهر', speaker: 'أحمد الزيدي', cue: 'أضاف', direct: false },
  ]);
});

test('a quotation over two sentences after a colon', () => {
  check('وقال النائب فلاح الجبوري: «لن نقبل بوجود قوات أجنبية بعد نهاية العام. هذا موقف الكتلة كلها».', [
    { said: 'لن نقبل بوجود قوات أجنبية بعد نهاية العام. هذا موقف الكتلة كلها', speaker: 'فلاح الجبوري', cue: 'قال', direct: true },
  ]);
});

test('an anonymous source told to an outlet: the outlet is the channel', () => {
  check('وقال مصدر عراقي مسؤول لـ«الرائد» إن الوفد سيحمل مقترحاً مكتوباً إلى واشنطن.', [
    { said: 'الوفد سيحمل مقترحاً مكتوباً إلى واشنطن', speaker: 'مصدر عراقي مسؤول', cue: 'قال', direct: false, via: ['الرائد'] },
  ]);
});

test('an agency relaying an official: نقلت … عن', () => {
  check('ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن بلاده لا تنوي سحب كل قواتها هذا العام.', [
    { said: 'بلاده لا تنوي سحب كل قواتها هذا العام', speaker: 'مسؤول أمريكي', cue: 'نقلت', direct: false, via: ['رويترز'] },
  ]);
});

test('a count of sources speaks as one anonymous speaker', () => {
  check('وقالت ثلاثة مصادر مطلعة إن الاجتماع تأجل إلى الأسبوع المقبل بطلب من بغداد.', [
    { said: 'الاجتماع تأجل إلى الأسبوع المقبل بطلب من بغداد', speaker: 'ثلاثة مصادر مطلعة', cue: 'قالت', direct: false },
  ]);
});

test('a document speaks: ذكر البيان أن', () => {
  check('وذكر البيان الصادر عن وزارة الخارجية أن الطرفين اتفقا على تشكيل لجنة عسكرية عليا.', [
    { said: 'الطرفين اتفقا على تشكيل لجنة عسكرية عليا', speaker: 'البيان الصادر عن وزارة الخارجية', cue: 'ذكر', direct: false },
  ]);
});

test('a role as speaker, with the agency it came through after the words: بحسب ما نقلته', () => {
  check('وأكدت السفيرة الأميركية لدى بغداد أن واشنطن ملتزمة بالشراكة الأمنية، بحسب ما نقلته وكالة الأنباء العراقية.', [
    { said: 'واشنطن ملتزمة بالشراكة الأمنية', speaker: 'السفيرة الأميركية لدى بغداد', cue: 'أكدت', direct: false, via: ['وكالة الأنباء العراقية'] },
  ]);
});

test('circumstantial cues (مؤكداً، مشيراً إلى) speak for the subject of the main verb, not its object', () => {
  check('وشدد الوزير على ضرورة احترام السيادة، مؤكداً أن العراق لن يكون ساحة لتصفية الحسابات، ومشيراً إلى أن الحكومة ستعلن موقفها قريباً.', [
    { said: 'العراق لن يكون ساحة لتصفية الحسابات', speaker: 'الوزير', cue: 'مؤكداً', direct: false },
    { said: 'الحكومة ستعلن موقفها قريباً', speaker: 'الوزير', cue: 'مشيراً', direct: false },
  ]);
});

test('a speaker named later by role alone (الخبير) is the expert introduced before', () => {
  check('وقال الخبير الأمني كريم الساعدي إن الهجمات تراجعت منذ بدء الحوار. ويرى الخبير أن الفصائل تنتظر نتائج الجولة الثانية.', [
    { said: 'الهجمات تراجعت منذ بدء الحوار', speaker: 'كريم الساعدي', cue: 'قال', direct: false },
    { said: 'الفصائل تنتظر نتائج الجولة الثانية', speaker: 'كريم الساعدي', cue: 'يرى', direct: false },
  ]);
});

test('a report that quotes a politician: the inner speech is its own record, through the newspaper', () => {
  check('وقال تقرير لصحيفة «الغد» إن رئيس الوزراء أبلغ قادة الكتل بأن الاتفاق بات قريباً.', [
    { said: 'رئيس الوزراء أبلغ قادة الكتل بأن الاتفاق بات قريباً', speaker: 'تقرير لصحيفة «الغد»', cue: 'قال', direct: false, nested: false },
    { said: 'الاتفاق بات قريباً', speaker: 'رئيس الوزراء', cue: 'أبلغ', direct: false, via: ['الغد'], nested: true },
  ]);
});

test('narrative without speech gives no quote', () => {
  check('ووصل الوفد إلى المطار صباح الأحد وتوجه مباشرة إلى مقر الحكومة حيث عقد اجتماعاً مغلقاً.', []);
});

test('every quote and speaker span is an exact slice of the source, through a cleaned body', () => {
  const text = 'وقال المتحدث باسم الحكومة أحمد الزيدي إن الحكومة لن تقبل بأي تأجيل. وأضاف أن الجولة المقبلة ستعقد قريباً.';
  const doc = docFrom(text, '2025-03-12');
  const layer = quotes.run(doc).layers!.quotes as QuoteLayerItem[];
  assert.equal(layer.length, 2);
  for (const q of layer) {
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
    if (q.speaker.start !== undefined) assert.equal(text.slice(q.speaker.start, q.speaker.end), 'أحمد الزيدي');
  }
});

test('a speaker named later by surname alone is the person named in full before, linked where the surname is written', () => {
  const text = 'قال وزير النقل سامر الحلبي إن الطريق الجديد سيفتح قبل نهاية العام.\n\nوأكد الحلبي أن العمل يجري على مدار الساعة في الموقع.';
  check(text, [
    { said: 'الطريق الجديد سيفتح قبل نهاية العام', speaker: 'سامر الحلبي', cue: 'قال', direct: false },
    { said: 'العمل يجري على مدار الساعة في الموقع', speaker: 'سامر الحلبي', cue: 'أكد', direct: false },
  ]);
  const later = quotesOf(text).find((q) => q.said.startsWith('العمل'))!;
  assert.equal(text.slice(later.speaker.start, later.speaker.end), 'الحلبي');
  assert.equal(later.attributed, 'named');
});

test('a second speaker after ، فيما / ، في حين / ، في وقت: two records, the opener in neither, the second not inside the first', () => {
  check('وذكر مكتب رئيس الحكومة أن البلاد ستنشر ألفي شرطي على الحدود، في حين أشار وزير الداخلية كريم الحداد أمس إلى أن التجنيد سيبدأ في الربيع.', [
    { said: 'البلاد ستنشر ألفي شرطي على الحدود', speaker: 'مكتب رئيس الحكومة', cue: 'ذكر', direct: false },
    { said: 'التجنيد سيبدأ في الربيع', speaker: 'كريم الحداد', cue: 'أشار', direct: false, nested: false },
  ]);
  check('وقالت الوزارة إن الميناء سيفتح غداً، فيما قال رئيس النقابة سليم عواد إن العمال لن يعودوا قبل الاتفاق.', [
    { said: 'الميناء سيفتح غداً', speaker: 'الوزارة', cue: 'قالت', direct: false },
    { said: 'العمال لن يعودوا قبل الاتفاق', speaker: 'سليم عواد', cue: 'قال', direct: false, nested: false },
  ]);
  check('وأعلن المحافظ أن الطريق أعيد فتحه، في وقت قال فيه سكان المنطقة إن الانهيارات ما زالت تهدد القرى.', [
    { said: 'الطريق أعيد فتحه', speaker: 'المحافظ', cue: 'أعلن', direct: false },
    { said: 'الانهيارات ما زالت تهدد القرى', speaker: 'سكان المنطقة', cue: 'قال', direct: false, nested: false },
  ]);
});

test('a title abbreviated with a dot (د.، أ. د.) does not end the speaker\'s phrase', () => {
  check('وقال أستاذ الاقتصاد د. نادر سليم إن التضخم سيتراجع في الربع المقبل. وأضاف أن الأسعار بلغت ذروتها.', [
    { said: 'التضخم سيتراجع في الربع المقبل', speaker: 'نادر سليم', cue: 'قال', direct: false },
    { said: 'الأسعار بلغت ذروتها', speaker: 'نادر سليم', cue: 'أضاف', direct: false },
  ]);
});

test('the pluperfect وكان فلان قد قال: a bare surname between كان and قد is the speaker', () => {
  check('وقالت مصادر أمنية إن الحدود هادئة. وكان الحداد قد قال الأحد الماضي إن الجيش لن ينسحب من المعبر.', [
    { said: 'الحدود هادئة', speaker: 'مصادر أمنية', cue: 'قالت', direct: false },
    { said: 'الجيش لن ينسحب من المعبر', speaker: 'الحداد', cue: 'قال', direct: false },
  ]);
});

test('said to the outlet itself, named without quotes after لـ: the outlet is the channel, not part of the name', () => {
  const text = 'وقال المحلل السياسي رامي ناصر للمرصد العربي إن الانتخابات ستؤجل.';
  const doc = docFrom(text, '2025-03-12');
  doc.outlet = { value: 'المرصد العربي', span: null, by: 'declared' };
  const [q] = findQuotes(doc);
  assert.ok(q);
  assert.equal(text.slice(q.start, q.end), 'الانتخابات ستؤجل');
  assert.equal(q.speaker.text, 'رامي ناصر');
  assert.deepEqual(q.via, ['المرصد العربي']);
});

test('وقال المتحدث after الناطق باسم …: the two words name one role, so the reference goes back to its holder', () => {
  check('وقال الناطق باسم وزارة المالية أحمد سالم إن الرواتب ستصرف في موعدها. ولفت المتحدث إلى أن الأزمة عابرة.', [
    { said: 'الرواتب ستصرف في موعدها', speaker: 'أحمد سالم', cue: 'قال', direct: false },
    { said: 'الأزمة عابرة', speaker: 'أحمد سالم', cue: 'لفت', direct: false },
  ]);
});

test('in an article under a wire dateline every quote reached the outlet through the agency, named once', async () => {
  const { defaultPipeline } = await import('../../pipeline/default.js');
  const { runSource } = await import('../../pipeline/run.js');
  const text = [
    'حريق يلتهم مستودعاً للأدوية في ميناء العقبة',
    '',
    'العقبة (رويترز) - قال مسؤول في الدفاع المدني إن النيران اندلعت فجر الأحد في مستودع للأدوية قرب الرصيف الثالث.',
    'وأضاف المسؤول أن فرق الإطفاء احتاجت أربع ساعات للسيطرة على الحريق.',
    'وقال مدير الميناء سامر العطيات لرويترز إن حركة السفن لم تتأثر.',
    '',
  ].join('\n');
  const source = { id: 'w', origin: 'w.txt', text, format: 'text' as const, declared: { outlet: 'صوت الجنوب' }, messages: [] };
  const [doc] = runSource(defaultPipeline, source).docs;
  const got = (doc!.layers.quotes as QuoteLayerItem[]).map((q) => [text.slice(q.start, q.end), q.via]);
  assert.deepEqual(got, [
    ['النيران اندلعت فجر الأحد في مستودع للأدوية قرب الرصيف الثالث', ['رويترز']],
    ['فرق الإطفاء احتاجت أربع ساعات للسيطرة على الحريق', ['رويترز']],
    // told to the agency by name: the chain names it once
    ['حركة السفن لم تتأثر', ['رويترز']],
  ]);
  // the same article with no dateline: nothing says an agency carried it
  const plain = text.replace('العقبة (رويترز) - ', '');
  const [own] = runSource(defaultPipeline, { ...source, text: plain }).docs;
  assert.deepEqual((own!.layers.quotes as QuoteLayerItem[]).map((q) => q.via), [[], [], ['رويترز']]);
});

test('a district head (قائممقام) is a title: the speaker is the person, the title is the role', () => {
  const got = quotesOf('وأوضح قائممقام القضاء حسن الجبوري أن المدارس ستفتح أبوابها الأحد.');
  assert.equal(got.length, 1);
  assert.equal(got[0]!.speaker.text, 'حسن الجبوري');
  assert.equal(got[0]!.speakerRole, 'قائممقام القضاء');
});

test('a form of address between a title and the name (الأمير، الدكتور) is no part of the role, unless it stands alone', () => {
  const got = quotesOf('وقال وزير الطاقة السعودي الأمير فيصل بن خالد إن القرار يدعم السوق. وقال الدكتور سمير حداد إن الأسعار ستستقر.');
  assert.deepEqual(got.map((q) => [q.speaker.text, q.speakerRole]), [
    ['فيصل بن خالد', 'وزير الطاقة السعودي'],
    ['سمير حداد', 'الدكتور'],
  ]);
});

test('a military rank before the name is no part of the role, unless it stands alone; a given name with the article begins the name', () => {
  const got = quotesOf(
    'وأكد عضو مجلس السيادة الفريق أول خالد النعيمي أن المعابر ستفتح. وقال اللواء سامر الحديثي إن الطرق آمنة. وقال الباحث في الشأن الليبي الصادق بلقاسم إن الانتخابات بعيدة.',
  );
  assert.deepEqual(got.map((q) => [q.speaker.text, q.speakerRole]), [
    ['خالد النعيمي', 'عضو مجلس السيادة'],
    ['سامر الحديثي', 'اللواء'],
    ['الصادق بلقاسم', 'الباحث في الشأن الليبي'],
  ]);
});

test('the day a source spoke (يوم الأحد، أمس، الخميس) and the verb of issuing before it are no part of the source', () => {
  const got = quotesOf('وارتفعت صادرات القمح إلى مستوى قياسي، وفق بيان صدر يوم الأحد. وتراجعت الأسعار في الأسواق المحلية، بحسب مصادر تجارية أمس.');
  assert.deepEqual(got.map((q) => [q.said, q.speaker.text, q.speakerKind]), [
    ['وارتفعت صادرات القمح إلى مستوى قياسي', 'بيان', 'document'],
    ['وتراجعت الأسعار في الأسواق المحلية', 'مصادر تجارية', 'anonymous'],
  ]);
});

test('a surname alone is the full name the body gave it, not words of the headline before it, and a given name in ه counts', async () => {
  const { defaultPipeline } = await import('../../pipeline/default.js');
  const { runSource } = await import('../../pipeline/run.js');
  const text = [
    'المبعوث يلتقي حداد في العاصمة',
    '',
    'التقى المبعوث الأممي، الثلاثاء، رئيس البرلمان طه حداد في مكتبه.',
    'وعقب اللقاء، أعلن حداد أن "الأجواء إيجابية لكن العبرة في التنفيذ".',
    '',
  ].join('\n');
  const [doc] = runSource(defaultPipeline, { id: 'h', origin: 'h.txt', text, format: 'text', declared: {}, messages: [] }).docs;
  const got = (doc!.layers.quotes as QuoteLayerItem[]).map((q) => q.speaker.text);
  assert.deepEqual(got, ['طه حداد']);
});

test('a statement an outlet received a copy of is the speaker, not the outlet; يُذكر أن is the writer’s background, nobody’s words', () => {
  const got = quotesOf(
    'وذكر بيان لمكتب المحافظ، تلقت «صوت الرافدين» نسخة منه، أن الطريق سيفتح الأسبوع المقبل. يذكر أن الطريق أغلق قبل شهرين بسبب الفيضانات.',
  );
  assert.deepEqual(got.map((q) => [q.said, q.speaker.text, q.speakerKind]), [['الطريق سيفتح الأسبوع المقبل', 'بيان لمكتب المحافظ', 'document']]);
});

test('a circumstantial verb after a title and a name beginning with علي, in a text that writes على with ى, speaks for that person', () => {
  const got = quotesOf('كشف عضو لجنة النزاهة النيابية علي الموسوي، الأحد، عن تفاصيل جديدة بشأن الملف، مبيناً أن التحقيق سيكتمل على مراحل.');
  assert.deepEqual(got.map((q) => [q.said, q.speaker.text, q.speakerRole]), [['التحقيق سيكتمل على مراحل', 'علي الموسوي', 'عضو لجنة النزاهة النيابية']]);
});

test('after وفقاً لـ the source is named without its ل, and the adjective of its issuing (الصادرة) stays out', () => {
  const text = 'وتراجع معدل البطالة إلى 9% في الربع الأخير، وفقاً لبيانات هيئة الإحصاء الصادرة الاثنين.';
  const got = quotesOf(text);
  assert.deepEqual(got.map((q) => [q.speaker.text, q.speakerKind]), [['بيانات هيئة الإحصاء', 'document']]);
  const q = got[0]!;
  assert.equal(text.slice(q.speaker.start, q.speaker.end), 'بيانات هيئة الإحصاء');
});

test('a clause about the relayed source between commas neither names it nor cuts the verb off from its words', () => {
  check(
    'ونقلت وكالة الأنباء الفرنسية عن مسؤول في وزارة الخارجية الفرنسية، طلب عدم الكشف عن هويته، قوله إن "الوفدين سيلتقيان مجدداً في جنيف". ' +
      'ونقلت الوكالة عن دبلوماسي أوروبي، تحدث شريطة عدم ذكر اسمه، أن الجولة المقبلة ستكون حاسمة.',
    [
      { said: 'الوفدين سيلتقيان مجدداً في جنيف', speaker: 'مسؤول في وزارة الخارجية الفرنسية', cue: 'نقلت', direct: true, via: ['وكالة الأنباء الفرنسية'] },
      { said: 'الجولة المقبلة ستكون حاسمة', speaker: 'دبلوماسي أوروبي', cue: 'نقلت', direct: false, via: ['الوكالة'] },
    ],
  );
});

/** The speaker of the quote whose words begin with `opening`, after the whole pipeline (the entity stage included). */
async function pipelineSpeaker(text: string, published: string, opening: string): Promise<string | null> {
  const { analyze } = await import('../../analyze.js');
  const doc = analyze([{ id: 'q', origin: 'q.txt', text, format: 'text', declared: { published }, messages: [] }]).docs[0]!;
  const said = (doc.layers.quotes as QuoteLayerItem[]).find((q) => text.slice(q.start, q.end).startsWith(opening));
  assert.ok(said, `no quote opening «${opening}»`);
  return said.speaker.text;
}

test('a surname resolved to the full name the entity stage found, not to the body words before it', async () => {
  const text = 'لقاء في أربيل\nاستقبل رئيس حكومة إقليم كوردستان مسرور بارزاني وفداً من التحالف الدولي يوم الأحد.\nوذكر بيان أن بارزاني أكد "ضرورة استمرار التنسيق بين الجانبين حتى نهاية المهمة".';
  assert.equal(await pipelineSpeaker(text, '2024-09-16', 'ضرورة استمرار'), 'مسرور بارزاني');
});

test('an agency whose noun is part of its name (وكالة الصحافة الفرنسية) is the channel whole, and its words end at their sentence', () => {
  const text = 'ونقلت وكالة الصحافة الفرنسية عن مصدر في الحزب أن الحزب سيلتزم بالهدنة ما دام الطرف الآخر يلتزم به. وقال النائب إن "الوضع هادئ".';
  check(text, [
    { said: 'الحزب سيلتزم بالهدنة ما دام الطرف الآخر يلتزم به', speaker: 'مصدر في الحزب', cue: 'نقلت', direct: false, via: ['وكالة الصحافة الفرنسية'] },
    { said: 'الوضع هادئ', speaker: 'النائب', cue: 'قال', direct: true },
  ]);
});

test('a word of a person’s name that is also a verb of anonymity (فضل in حسن فضل الله) does not cut the name', async () => {
  const text = 'جلسة نيابية\nوقال النائب حسن فضل الله إن "المجلس سيناقش الموازنة الأسبوع المقبل".';
  assert.equal(await pipelineSpeaker(text, '2024-11-28', 'المجلس سيناقش'), 'حسن فضل الله');
});
