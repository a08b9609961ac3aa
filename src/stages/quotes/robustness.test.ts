/**
 * The quote stage on the kinds of attributed speech an analyst meets in Arabic news, one test per family: direct
 * quotations with the verb before or after, reported speech, the implicit speaker of وأضاف and its kin, speakers
 * named by role alone, attribution chains (relayed by an agency, told to an outlet, after بحسب), feminine and
 * plural verbs, a quotation split by its verb, a quotation over two paragraphs, and quoted words that are no
 * speech (titles, scare quotes, headlines). Every passage was written for this test.
 *
 * Each case lists every quote the passage holds: the words said, the speaker's text, whether the words are
 * quoted, and the channels nearest first. A passage yields exactly the quotes listed unless `extra` says that
 * more may be found (a nested report, a stance the stage may or may not take).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFrom } from '../time/test-doc.js';
import { findQuotes } from './index.js';

interface Want {
  said: string;
  speaker: string | null;
  direct: boolean;
  via?: string[];
}

interface Case {
  text: string;
  want: Want[];
  /** Other quotes are allowed besides those wanted (none of the `never` spans, though). */
  extra?: boolean;
  /** Quoted words that must not be reported as speech. */
  never?: string[];
}

function problems(c: Case): string[] {
  const doc = docFrom(c.text, '2025-03-12');
  const got = findQuotes(doc).map((q) => ({ ...q, said: c.text.slice(q.start, q.end) }));
  const out: string[] = [];
  const seen = JSON.stringify(got.map((g) => ({ said: g.said, speaker: g.speaker.text, direct: g.direct, via: g.via })));
  for (const w of c.want) {
    const q = got.find((g) => g.said === w.said);
    if (!q) {
      out.push(`missing «${w.said}»; got ${seen}`);
      continue;
    }
    if (q.speaker.text !== w.speaker) out.push(`speaker of «${w.said}»: ${q.speaker.text} ≠ ${w.speaker}`);
    if (q.direct !== w.direct) out.push(`direct of «${w.said}»: ${q.direct}`);
    if (JSON.stringify(q.via) !== JSON.stringify(w.via ?? [])) out.push(`via of «${w.said}»: ${JSON.stringify(q.via)} ≠ ${JSON.stringify(w.via ?? [])}`);
    if (q.speaker.start !== undefined && q.speaker.text && !c.text.slice(q.speaker.start, q.speaker.end).length) out.push(`empty speaker span for «${w.said}»`);
  }
  for (const n of c.never ?? []) if (got.some((g) => g.said.includes(n))) out.push(`«${n}» reported as speech; got ${seen}`);
  if (!c.extra && got.length !== c.want.length) out.push(`${got.length} quotes for ${c.want.length} wanted: ${seen}`);
  return out;
}

function family(name: string, cases: Case[]): void {
  test(name, () => {
    const failures = cases.flatMap((c, i) => problems(c).map((p) => `#${i + 1} ${c.text.slice(0, 40)}…: ${p}`));
    assert.deepEqual(failures, []);
  });
}

family('direct quotations with the verb and speaker before them', [
  {
    text: 'وقال وزير المالية خالد الحمداني: «الموازنة ستقدم إلى البرلمان قبل نهاية الشهر».',
    want: [{ said: 'الموازنة ستقدم إلى البرلمان قبل نهاية الشهر', speaker: 'خالد الحمداني', direct: true }],
  },
  {
    text: 'وأكدت النائبة سلمى الراوي: "لن نصوت على القانون بصيغته الحالية".',
    want: [{ said: 'لن نصوت على القانون بصيغته الحالية', speaker: 'سلمى الراوي', direct: true }],
  },
  {
    text: 'وأوضح مدير الدفاع المدني: “النيران أخمدت بالكامل ولا توجد إصابات بين العاملين”.',
    want: [{ said: 'النيران أخمدت بالكامل ولا توجد إصابات بين العاملين', speaker: 'مدير الدفاع المدني', direct: true }],
  },
  {
    text: 'وصرح رئيس البلدية ماهر عودة للصحفيين: «أعمال الصيانة في الشوارع الرئيسية ستنتهي خلال أسبوعين».',
    want: [{ said: 'أعمال الصيانة في الشوارع الرئيسية ستنتهي خلال أسبوعين', speaker: 'ماهر عودة', direct: true }],
  },
]);

family('direct quotations with the verb and speaker after them', [
  {
    // هذا ما قاله: the verb takes the quotation up with a pronoun after it
    text: '«لن نسلم سلاحنا مهما كانت الضغوط»، هذا ما قاله القيادي في الحركة لـ«الأخبار».',
    want: [{ said: 'لن نسلم سلاحنا مهما كانت الضغوط', speaker: 'القيادي في الحركة', direct: true, via: ['الأخبار'] }],
  },
  {
    // رائد is also a military rank: after a role and before a name it is a given name
    text: '"الأسواق ستستعيد توازنها قبل نهاية الربع الثالث"، أكد المحلل المالي رائد منصور.',
    want: [{ said: 'الأسواق ستستعيد توازنها قبل نهاية الربع الثالث', speaker: 'رائد منصور', direct: true }],
  },
  {
    text: '«الانتخابات ستجري في موعدها المحدد»، قال رئيس المفوضية، مضيفاً أن الاستعدادات اكتملت في كل المحافظات.',
    want: [
      { said: 'الانتخابات ستجري في موعدها المحدد', speaker: 'رئيس المفوضية', direct: true },
      { said: 'الاستعدادات اكتملت في كل المحافظات', speaker: 'رئيس المفوضية', direct: false },
    ],
  },
  {
    text: '«لا نملك أي معلومات عن مصير المفقودين حتى الآن»، يقول مدير المستشفى.',
    want: [{ said: 'لا نملك أي معلومات عن مصير المفقودين حتى الآن', speaker: 'مدير المستشفى', direct: true }],
  },
  {
    text: '«نحن جاهزون لكل الاحتمالات»، قالت الوزيرة لوكالة رويترز.',
    want: [{ said: 'نحن جاهزون لكل الاحتمالات', speaker: 'الوزيرة', direct: true, via: ['رويترز'] }],
  },
  {
    // أمام is a preposition of place here, not the role إمام: where they spoke is no part of who spoke
    text: '«لن نغادر أرضنا مهما طال الانتظار»، قال المحتجون أمام مبنى المحافظة.',
    want: [{ said: 'لن نغادر أرضنا مهما طال الانتظار', speaker: 'المحتجون', direct: true }],
  },
]);

family('reported speech after إن، أن، بأن، إلى أن', [
  {
    // the government's words end where another speaker's clause begins
    text: 'وتقول الحكومة إن الإجراءات مؤقتة، لكن المعارضة ترى أنها تمهد لتأجيل الانتخابات.',
    want: [
      { said: 'الإجراءات مؤقتة', speaker: 'الحكومة', direct: false },
      { said: 'تمهد لتأجيل الانتخابات', speaker: 'المعارضة', direct: false },
    ],
  },
  {
    // لكنه opens the second clause: it is no part of the first one's words
    text: 'وقال المحافظ إن المشروع سيوفر ألفي فرصة عمل، لكنه أشار إلى أن التنفيذ سيتأخر عاماً.',
    want: [
      { said: 'المشروع سيوفر ألفي فرصة عمل', speaker: 'المحافظ', direct: false },
      { said: 'التنفيذ سيتأخر عاماً', speaker: 'المحافظ', direct: false },
    ],
  },
  {
    // الخطيب is a family name here as well as the role “preacher”
    text: 'ورأت الكاتبة منى الخطيب أن الرواية تعكس أزمة جيل كامل من الشباب.',
    want: [{ said: 'الرواية تعكس أزمة جيل كامل من الشباب', speaker: 'منى الخطيب', direct: false }],
  },
  {
    // بياناً قالت فيه: فيه points back to the statement; the union that issued it speaks, not the earlier minister
    text: 'وقال الوزير إن المشروع سينجز قريباً.\nوأصدرت النقابة بياناً قالت فيه إن العمال لم يتقاضوا رواتبهم منذ أشهر.',
    want: [
      { said: 'المشروع سينجز قريباً', speaker: 'الوزير', direct: false },
      { said: 'العمال لم يتقاضوا رواتبهم منذ أشهر', speaker: 'النقابة', direct: false },
    ],
  },
  {
    // a colon before إن still opens reported speech, not the speaker's own words
    text: 'وقالت المتحدثة باسم الخارجية الأميركية: إن الإدارة لن تغير موقفها من العقوبات.',
    want: [{ said: 'الإدارة لن تغير موقفها من العقوبات', speaker: 'المتحدثة باسم الخارجية الأميركية', direct: false }],
  },
  {
    text: 'وأعرب وزير الخارجية عن أمله في أن تنتهي الأزمة قريباً عبر الحوار.',
    want: [{ said: 'تنتهي الأزمة قريباً عبر الحوار', speaker: 'وزير الخارجية', direct: false }],
  },
  {
    text: 'وأصدرت الوزارة بياناً مساء الأحد. وجاء في البيان أن الوزارة ستتخذ إجراءات قانونية بحق المخالفين.',
    want: [{ said: 'الوزارة ستتخذ إجراءات قانونية بحق المخالفين', speaker: 'البيان', direct: false }],
  },
]);

family('the implicit speaker of وأضاف، وتابع، ومضى قائلاً، وختم: the last one named, and not past a new one', [
  {
    // وقال joined to a clause with its own subject speaks for that subject, not for the earlier speaker
    text: 'وقال وزير الداخلية إن الشرطة ستنتشر في الساحات. ودعا الرئيس إلى الهدوء، وقال إن «المرحلة تتطلب الحكمة من الجميع».',
    want: [
      { said: 'الشرطة ستنتشر في الساحات', speaker: 'وزير الداخلية', direct: false },
      { said: 'المرحلة تتطلب الحكمة من الجميع', speaker: 'الرئيس', direct: true },
    ],
  },
  {
    text: 'وقالت رئيسة اللجنة نادية الشمري إن التقرير سيرفع إلى البرلمان الأسبوع المقبل.\nوتابعت أن اللجنة استمعت إلى أكثر من خمسين شاهداً.',
    want: [
      { said: 'التقرير سيرفع إلى البرلمان الأسبوع المقبل', speaker: 'نادية الشمري', direct: false },
      { said: 'اللجنة استمعت إلى أكثر من خمسين شاهداً', speaker: 'نادية الشمري', direct: false },
    ],
  },
  {
    text: 'وقال مدرب المنتخب جمال يوسف: «اللاعبون قدموا مباراة كبيرة رغم الإصابات». ومضى قائلاً: «سنعود أقوى في المباراة المقبلة».',
    want: [
      { said: 'اللاعبون قدموا مباراة كبيرة رغم الإصابات', speaker: 'جمال يوسف', direct: true },
      { said: 'سنعود أقوى في المباراة المقبلة', speaker: 'جمال يوسف', direct: true },
    ],
  },
  {
    text: 'وقال السفير الفرنسي إن بلاده ستواصل دعم الجيش.\nوختم حديثه بالقول إن العلاقات بين البلدين تمر بأفضل مراحلها.',
    want: [
      { said: 'بلاده ستواصل دعم الجيش', speaker: 'السفير الفرنسي', direct: false },
      { said: 'العلاقات بين البلدين تمر بأفضل مراحلها', speaker: 'السفير الفرنسي', direct: false },
    ],
  },
  {
    text: 'وقال المدرب: «الفريق لعب بشكل جيد في الشوط الأول». وتابع قائلاً: «سنعمل على تصحيح الأخطاء قبل المباراة المقبلة».',
    want: [
      { said: 'الفريق لعب بشكل جيد في الشوط الأول', speaker: 'المدرب', direct: true },
      { said: 'سنعمل على تصحيح الأخطاء قبل المباراة المقبلة', speaker: 'المدرب', direct: true },
    ],
  },
  {
    text: 'وقال وزير الدفاع إن القوات جاهزة لأي طارئ. في المقابل، قال النائب حسن الكعبي إن الجيش يفتقر إلى المعدات الحديثة. وأضاف أن الميزانية المخصصة لا تكفي.',
    want: [
      { said: 'القوات جاهزة لأي طارئ', speaker: 'وزير الدفاع', direct: false },
      { said: 'الجيش يفتقر إلى المعدات الحديثة', speaker: 'حسن الكعبي', direct: false },
      { said: 'الميزانية المخصصة لا تكفي', speaker: 'حسن الكعبي', direct: false },
    ],
  },
  {
    // وأضاف is masculine: it goes back past the woman who spoke in between to the minister
    text: 'وقال وزير الخارجية إن الحوار هو الحل الوحيد. وقالت نظيرته الفرنسية إن باريس تدعم هذا التوجه. وأضاف أن بلاده ستستضيف الجولة المقبلة.',
    want: [
      { said: 'الحوار هو الحل الوحيد', speaker: 'وزير الخارجية', direct: false },
      { said: 'باريس تدعم هذا التوجه', speaker: 'نظيرته الفرنسية', direct: false },
      { said: 'بلاده ستستضيف الجولة المقبلة', speaker: 'وزير الخارجية', direct: false },
    ],
  },
  {
    // وكان … قد أكد: the subject before the verb speaks, not the time after it; وأضافت then goes back to the woman
    text: 'وقالت الوزيرة إن الحكومة أقرت الخطة. وكان رئيس الوزراء قد أكد الأسبوع الماضي أن الخطة ستقر قبل نهاية الشهر. وأضافت أن التنفيذ يبدأ فوراً.',
    want: [
      { said: 'الحكومة أقرت الخطة', speaker: 'الوزيرة', direct: false },
      { said: 'الخطة ستقر قبل نهاية الشهر', speaker: 'رئيس الوزراء', direct: false },
      { said: 'التنفيذ يبدأ فوراً', speaker: 'الوزيرة', direct: false },
    ],
  },
  {
    text: 'وقال النائب إن القانون سيقر قريباً. واستطرد: «لكن هناك كتلاً ما زالت تعترض على بعض مواده».',
    want: [
      { said: 'القانون سيقر قريباً', speaker: 'النائب', direct: false },
      { said: 'لكن هناك كتلاً ما زالت تعترض على بعض مواده', speaker: 'النائب', direct: true },
    ],
  },
]);

family('speakers named by role alone, or anonymous', [
  {
    text: 'وقال المتحدث باسم وزارة الداخلية إن الطرق ستغلق أمام الشاحنات خلال النهار.',
    want: [{ said: 'الطرق ستغلق أمام الشاحنات خلال النهار', speaker: 'المتحدث باسم وزارة الداخلية', direct: false }],
  },
  {
    // the first باسم is “in the name of” after the spokesman, the second the spokesman's given name
    text: 'وقال المتحدث الرسمي باسم الحكومة باسم العوادي إن مجلس الوزراء قرر تعطيل الدوام.',
    want: [{ said: 'مجلس الوزراء قرر تعطيل الدوام', speaker: 'باسم العوادي', direct: false }],
  },
  {
    text: 'وقال مصدر حكومي طلب عدم الكشف عن اسمه إن التعديل الوزاري سيشمل خمس حقائب.',
    want: [{ said: 'التعديل الوزاري سيشمل خمس حقائب', speaker: 'مصدر حكومي', direct: false }],
  },
  {
    // a clause saying whom the source spoke to ends its phrase; the outlet it names is the channel
    text: 'وبحسب مصدر في الجمارك تحدث لـ«الساحل» فإن الشحنات تأخرت أسبوعاً.',
    want: [{ said: 'الشحنات تأخرت أسبوعاً', speaker: 'مصدر في الجمارك', direct: false, via: ['الساحل'] }],
  },
  {
    text: 'وأكد مسؤول في الميناء تحدث لـ«الساحل» أن الرافعات الجديدة وصلت.',
    want: [{ said: 'الرافعات الجديدة وصلت', speaker: 'مسؤول في الميناء', direct: false, via: ['الساحل'] }],
  },
  {
    // the body's name after لحركة is no speaker; باسم is a given name here, not “in the name of”
    text: 'وقال عضو المكتب السياسي لحركة حماس باسم نعيم إن الحركة تدرس المقترح بإيجابية.',
    want: [{ said: 'الحركة تدرس المقترح بإيجابية', speaker: 'باسم نعيم', direct: false }],
  },
  {
    // a title in a chain of genitives (نائب رئيس … لشؤون الطاقة وزير النفط) before the name
    text: 'وأكد نائب رئيس مجلس الوزراء لشؤون الطاقة وزير النفط حيان عبد الغني أن الإنتاج مستقر.',
    want: [{ said: 'الإنتاج مستقر', speaker: 'حيان عبد الغني', direct: false }],
  },
  {
    text: 'وقال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا في القصف.',
    want: [{ said: '12 مدنياً قتلوا في القصف', speaker: 'المرصد السوري لحقوق الإنسان', direct: false }],
  },
  {
    text: 'وقال الشيخ محمد بن عبد الرحمن آل ثاني إن الوساطة مستمرة رغم العقبات.',
    want: [{ said: 'الوساطة مستمرة رغم العقبات', speaker: 'محمد بن عبد الرحمن آل ثاني', direct: false }],
  },
  {
    // the statement a body spoke in, and the body named by its kind alone, are the body named before
    text: 'وقالت هيئة الموانئ الأردنية في بيان إن الأرصفة الجديدة جاهزة. وأضاف البيان أن الرسوم لن تتغير. وقالت الهيئة إن التشغيل يبدأ الشهر المقبل.',
    want: [
      { said: 'الأرصفة الجديدة جاهزة', speaker: 'هيئة الموانئ الأردنية', direct: false },
      { said: 'الرسوم لن تتغير', speaker: 'هيئة الموانئ الأردنية', direct: false },
      { said: 'التشغيل يبدأ الشهر المقبل', speaker: 'هيئة الموانئ الأردنية', direct: false },
    ],
  },
  {
    // the statement named before its speaker
    text: 'وفي بيان لها، قالت هيئة الموانئ الأردنية إن الأرصفة الجديدة جاهزة. وأضاف البيان أن الرسوم لن تتغير.',
    want: [
      { said: 'الأرصفة الجديدة جاهزة', speaker: 'هيئة الموانئ الأردنية', direct: false },
      { said: 'الرسوم لن تتغير', speaker: 'هيئة الموانئ الأردنية', direct: false },
    ],
  },
  {
    // a statement no speaker spoke in before stays the statement; a body named by its kind with no body before it stays so
    text: 'وقال البيان إن الأرصفة الجديدة جاهزة. وقالت الهيئة إن التشغيل يبدأ الشهر المقبل.',
    want: [
      { said: 'الأرصفة الجديدة جاهزة', speaker: 'البيان', direct: false },
      { said: 'التشغيل يبدأ الشهر المقبل', speaker: 'الهيئة', direct: false },
    ],
  },
]);

family('channels: relayed by an agency, told to an outlet, after بحسب and وفق', [
  {
    // an outlet's correspondent speaks through the outlet
    text: 'وقالت مراسلة قناة الحرة في الموصل إن الأسواق فتحت أبوابها صباح اليوم.',
    want: [{ said: 'الأسواق فتحت أبوابها صباح اليوم', speaker: 'مراسلة قناة الحرة في الموصل', direct: false, via: ['الحرة'] }],
  },
  {
    // the same speaker going on by name keeps the channel of the statement he goes on with; another speaker
    // between them ends it
    text: 'وقال النائب سالم المشهداني لوكالة الأنباء العراقية إن الجلسة ستعقد الأحد. وأضاف المشهداني أن الكتل اتفقت على جدول الأعمال. وقال رئيس المجلس إن الموعد لم يحدد. وأضاف المشهداني أن التصويت سيكون علنياً.',
    want: [
      { said: 'الجلسة ستعقد الأحد', speaker: 'سالم المشهداني', direct: false, via: ['وكالة الأنباء العراقية'] },
      { said: 'الكتل اتفقت على جدول الأعمال', speaker: 'سالم المشهداني', direct: false, via: ['وكالة الأنباء العراقية'] },
      { said: 'الموعد لم يحدد', speaker: 'رئيس المجلس', direct: false },
      { said: 'التصويت سيكون علنياً', speaker: 'سالم المشهداني', direct: false },
    ],
  },
  {
    text: 'ونقلت وكالة رويترز عن مسؤول عراقي قوله إن الحكومة تدرس طلباً جديداً من الشركات الأجنبية.',
    want: [{ said: 'الحكومة تدرس طلباً جديداً من الشركات الأجنبية', speaker: 'مسؤول عراقي', direct: false, via: ['رويترز'] }],
  },
  {
    // a circumstantial form after a relayed statement goes on with the one relayed, through the same agency: the
    // relaying verb's feminine agrees with the agency, not with the man who spoke
    text: 'واستؤنفت المحادثات في جنيف أمس، وفق ما أفادت وكالة فرانس برس. ونقلت الوكالة عن دبلوماسي أوروبي قوله إن المحادثات "ما زالت في بدايتها"، مضيفاً أن الجولة المقبلة ستعقد في جنيف.',
    want: [
      { said: 'واستؤنفت المحادثات في جنيف أمس', speaker: 'وكالة فرانس برس', direct: false, via: ['فرانس برس'] },
      { said: 'المحادثات "ما زالت في بدايتها"', speaker: 'دبلوماسي أوروبي', direct: false, via: ['وكالة فرانس برس'] },
      { said: 'الجولة المقبلة ستعقد في جنيف', speaker: 'دبلوماسي أوروبي', direct: false, via: ['وكالة فرانس برس'] },
    ],
  },
  {
    text: 'وقال وزير الخارجية في تصريح لقناة الجزيرة إن بلاده لن تشارك في أي تحالف عسكري.',
    want: [{ said: 'بلاده لن تشارك في أي تحالف عسكري', speaker: 'وزير الخارجية', direct: false, via: ['الجزيرة'] }],
  },
  {
    text: 'وقال النائب كاظم الفتلاوي في حديث لـ«المدى» إن الكتل لم تتفق بعد على مرشح للرئاسة.',
    want: [{ said: 'الكتل لم تتفق بعد على مرشح للرئاسة', speaker: 'كاظم الفتلاوي', direct: false, via: ['المدى'] }],
  },
  {
    text: 'وذكرت صحيفة نيويورك تايمز، نقلاً عن مسؤولين أميركيين، أن الإدارة تدرس إرسال مزيد من القوات.',
    want: [{ said: 'الإدارة تدرس إرسال مزيد من القوات', speaker: 'مسؤولين أميركيين', direct: false, via: ['نيويورك تايمز'] }],
  },
  {
    text: 'وتعتزم الحكومة رفع أسعار الوقود مطلع العام المقبل، بحسب ما أوردته صحيفة الصباح.',
    want: [{ said: 'وتعتزم الحكومة رفع أسعار الوقود مطلع العام المقبل', speaker: 'صحيفة الصباح', direct: false, via: ['الصباح'] }],
  },
  {
    text: 'وستفتح المعابر الحدودية أمام الشاحنات اعتباراً من الأحد، وفق بيان صادر عن وزارة النقل.',
    want: [{ said: 'وستفتح المعابر الحدودية أمام الشاحنات اعتباراً من الأحد', speaker: 'بيان صادر عن وزارة النقل', direct: false }],
  },
  {
    // the occasion and its outlet written before the verb
    text: 'وفي تصريح لـ«العربي الجديد»، قال وزير العمل إن البطالة تراجعت بشكل ملحوظ.',
    want: [{ said: 'البطالة تراجعت بشكل ملحوظ', speaker: 'وزير العمل', direct: false, via: ['العربي الجديد'] }],
  },
  {
    text: 'ووفقاً لوكالة رويترز، فإن الشركة ستسرح ألف موظف قبل نهاية العام.',
    want: [{ said: 'الشركة ستسرح ألف موظف قبل نهاية العام', speaker: 'وكالة رويترز', direct: false, via: ['رويترز'] }],
  },
  {
    // the chain an official → the agency told → the channel that carried it on, nearest first
    text: 'وقال مسؤول عراقي لرويترز، بحسب ما نقلته قناة الحرة، إن الوفد سيغادر إلى واشنطن غداً.',
    want: [{ said: 'الوفد سيغادر إلى واشنطن غداً', speaker: 'مسؤول عراقي', direct: false, via: ['رويترز', 'الحرة'] }],
  },
  {
    text: 'وقال مسؤول أميركي، في تصريحات نقلتها شبكة «سي إن إن»، إن الضربات ستستمر حتى تحقيق أهدافها.',
    want: [{ said: 'الضربات ستستمر حتى تحقيق أهدافها', speaker: 'مسؤول أميركي', direct: false, via: ['سي إن إن'] }],
  },
  {
    // نقلاً عن without commas: the agency relays, the spokesman speaks
    text: 'وأفادت وكالة الأنباء الألمانية نقلاً عن متحدث باسم الشرطة بأن المشتبه به اعتقل قرب الحدود.',
    want: [{ said: 'المشتبه به اعتقل قرب الحدود', speaker: 'متحدث باسم الشرطة', direct: false, via: ['وكالة الأنباء الألمانية'] }],
  },
  {
    text: '«الوضع تحت السيطرة تماماً»، بحسب ما قاله محافظ المدينة.',
    want: [{ said: 'الوضع تحت السيطرة تماماً', speaker: 'محافظ المدينة', direct: true }],
  },
]);

family('feminine and plural verbs', [
  {
    text: 'وقالت المتحدثة باسم البعثة الأممية إن المساعدات وصلت إلى عشرة آلاف أسرة.',
    want: [{ said: 'المساعدات وصلت إلى عشرة آلاف أسرة', speaker: 'المتحدثة باسم البعثة الأممية', direct: false }],
  },
  {
    text: 'وقال شهود عيان إن الطائرات حلقت فوق المدينة طوال الليل. وأكدوا أن أصوات الانفجارات سمعت من بعيد.',
    want: [
      { said: 'الطائرات حلقت فوق المدينة طوال الليل', speaker: 'شهود عيان', direct: false },
      { said: 'أصوات الانفجارات سمعت من بعيد', speaker: 'شهود عيان', direct: false },
    ],
  },
  {
    // وأضافت is feminine: the woman who spoke before, not the man who spoke last
    text: 'وقالت مديرة المدرسة سهام العلي إن الدوام سيبدأ الأحد. وقال أحد أولياء الأمور إن الأهالي غير مطمئنين. وأضافت أن المدرسة رممت بالكامل.',
    want: [
      { said: 'الدوام سيبدأ الأحد', speaker: 'سهام العلي', direct: false },
      { said: 'الأهالي غير مطمئنين', speaker: 'أحد أولياء الأمور', direct: false },
      { said: 'المدرسة رممت بالكامل', speaker: 'سهام العلي', direct: false },
    ],
  },
]);

family('a quotation split by its verb', [
  {
    text: 'وقال رئيس الوزراء: «الحكومة لن تتراجع عن الإصلاحات». وأضاف: «لكننا سنستمع إلى كل الملاحظات».',
    want: [
      { said: 'الحكومة لن تتراجع عن الإصلاحات', speaker: 'رئيس الوزراء', direct: true },
      { said: 'لكننا سنستمع إلى كل الملاحظات', speaker: 'رئيس الوزراء', direct: true },
    ],
  },
  {
    text: '«نحن لا نبحث عن الحرب»، قال الرئيس، «لكننا مستعدون للدفاع عن أرضنا».',
    want: [
      { said: 'نحن لا نبحث عن الحرب', speaker: 'الرئيس', direct: true },
      { said: 'لكننا مستعدون للدفاع عن أرضنا', speaker: 'الرئيس', direct: true },
    ],
  },
  {
    text: 'وقالت الوزيرة رنا عيسى: «الخطة جاهزة منذ أشهر»، وأضافت: «ننتظر فقط موافقة البرلمان عليها».',
    want: [
      { said: 'الخطة جاهزة منذ أشهر', speaker: 'رنا عيسى', direct: true },
      { said: 'ننتظر فقط موافقة البرلمان عليها', speaker: 'رنا عيسى', direct: true },
    ],
  },
]);

family('a quotation over two paragraphs', [
  {
    // the next paragraph opens with a quotation of its own and names nobody: the speaker goes on
    text: 'وقال المدير التنفيذي للشركة رامي سليمان: «سنفتتح ثلاثة فروع جديدة هذا العام».\n«كما سنطلق خدمة التوصيل المجاني لكل الزبائن في العاصمة والمدن القريبة».',
    want: [
      { said: 'سنفتتح ثلاثة فروع جديدة هذا العام', speaker: 'رامي سليمان', direct: true },
      { said: 'كما سنطلق خدمة التوصيل المجاني لكل الزبائن في العاصمة والمدن القريبة', speaker: 'رامي سليمان', direct: true },
    ],
  },
  {
    // the press convention: the first paragraph leaves the quotation open and the next reopens it. One record
    // per paragraph (each with the speaker, both direct) is as good to a reader as one span over the break, and
    // a record never crosses a paragraph in this stage, so that is what is asked.
    text: 'وقال رئيس الاتحاد نبيل عثمان: «الموسم كان صعباً على كل الأندية بسبب الأزمة المالية.\n«لكننا سنبدأ الموسم المقبل بنظام جديد للرواتب يحمي اللاعبين».',
    want: [
      { said: 'الموسم كان صعباً على كل الأندية بسبب الأزمة المالية', speaker: 'نبيل عثمان', direct: true },
      { said: 'لكننا سنبدأ الموسم المقبل بنظام جديد للرواتب يحمي اللاعبين', speaker: 'نبيل عثمان', direct: true },
    ],
  },
  {
    // after reported speech, a paragraph that is only a quotation is the same speaker's words
    text: 'وقال وزير الزراعة إن الحكومة ستدعم المزارعين المتضررين.\n«سنوزع البذور مجاناً على كل المزارعين في المحافظات المتضررة من الجفاف».',
    want: [
      { said: 'الحكومة ستدعم المزارعين المتضررين', speaker: 'وزير الزراعة', direct: false },
      { said: 'سنوزع البذور مجاناً على كل المزارعين في المحافظات المتضررة من الجفاف', speaker: 'وزير الزراعة', direct: true },
    ],
  },
]);

family('quoted words that are no speech', [
  { text: 'وحصد فيلم «الطريق إلى البيت» جائزة أفضل فيلم روائي في المهرجان.', want: [] },
  { text: 'ويصف معارضون هذه السياسة بـ«الانفتاح المزيف» على الخارج.', want: [] },
  // اقرأ أيضاً is written like the dual أقرّا (they both acknowledged)
  { text: 'اقرأ أيضاً: «الحكومة تقر الموازنة الجديدة بعد جلسة طويلة»', want: [] },
  { text: '«الصحة» تحذر من موجة حر جديدة تضرب البلاد الأسبوع المقبل', want: [] },
  { text: 'وأعلن البنك المركزي سعر الصرف عند 1310 دنانير للدولار الواحد.', want: [] },
  {
    text: 'وقال الكاتب في كتابه «أيام في بغداد» إن المدينة تغيرت كثيراً بعد الحرب.',
    want: [{ said: 'المدينة تغيرت كثيراً بعد الحرب', speaker: 'الكاتب', direct: false }],
    never: ['أيام في بغداد'],
  },
]);
