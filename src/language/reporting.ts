/**
 * The vocabulary of attributed speech in news Arabic: reporting verbs in their finite and circumstantial forms,
 * the complementisers that open what was said, the markers of attribution (بحسب، وفقاً لـ، نقلاً عن), and the
 * head nouns of the people, bodies, documents and media that speak. All forms are normalised (see normalize.ts);
 * callers compare them with `Token.norm` after taking off a conjunction.
 */
import { normalize } from './normalize.js';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean).map(normalize);

/** How a reporting word is used: a finite verb that takes a subject, or a circumstantial form (قائلاً، مبيناً). */
export type CueKind = 'verb' | 'participle';

export interface CueForm {
  /** The verb's citation form (past, third person masculine), e.g. `قال`. */
  lemma: string;
  kind: CueKind;
  /**
   * `strict` forms are also common words of another sense (بين “between”, تابع “affiliated”, كتب “books”): they
   * count only when a complementiser, a colon or a quotation follows closely.
   */
  strict: boolean;
  /**
   * The speaker's gender the form agrees with (قالت، تقول، مضيفةً: `f`; قال، يقول، مضيفاً: `m`; قالوا، مضيفين:
   * `pl`), or null when the form does not tell. A verb before its subject is singular whatever the subject's number.
   */
  gender: CueGender;
}

export type CueGender = 'm' | 'f' | 'pl' | null;

interface VerbSpec {
  lemma: string;
  /** Past stems (the suffixes ت ا تا وا are added). */
  past: string[];
  /** Present stems without the person prefix (ي/ت are added, and the suffixes ون ان). */
  present?: string[];
  /** Participle stems (the endings ا ه ين ون are added; a bare stem only when listed in `bare`). */
  participle?: string[];
  strict?: boolean;
  /** Extra literal forms of the finite verb (irregular ones). */
  extra?: string[];
  /** Extra literal participles. */
  extraParticiples?: string[];
}

const VERBS: VerbSpec[] = [
  { lemma: 'قال', past: ['قال'], present: ['قول'], participle: ['قائل'], extra: ['قلن'] },
  { lemma: 'أضاف', past: ['أضاف'], present: ['ضيف'], participle: ['مضيف'] },
  { lemma: 'أكد', past: ['أكد'], present: ['ؤكد'], participle: ['مؤكد'] },
  { lemma: 'أوضح', past: ['أوضح'], present: ['وضح'], participle: ['موضح'] },
  { lemma: 'أشار', past: ['أشار'], present: ['شير'], participle: ['مشير'] },
  { lemma: 'ذكر', past: ['ذكر'], present: ['ذكر'], strict: true },
  { lemma: 'تابع', past: ['تابع'], present: ['تابع'], participle: ['متابع'], strict: true },
  { lemma: 'لفت', past: ['لفت'], present: ['لفت'], participle: ['لافت'] },
  { lemma: 'اختتم', past: ['اختتم'], present: ['ختتم'], participle: ['مختتم'] },
  { lemma: 'بيّن', past: ['بين'], present: [], participle: ['مبين'], strict: true, extra: ['يبين', 'يبينون'] },
  { lemma: 'أعلن', past: ['أعلن'], present: ['علن'], participle: ['معلن'] },
  { lemma: 'صرّح', past: ['صرح'], present: ['صرح'], participle: ['مصرح'] },
  { lemma: 'أفاد', past: ['أفاد'], present: ['فيد'] },
  { lemma: 'كشف', past: ['كشف'], present: ['كشف'], participle: ['كاشف'] },
  { lemma: 'شدّد', past: ['شدد'], present: ['شدد'], participle: ['مشدد'] },
  { lemma: 'نوّه', past: ['نوه'], present: ['نوه'], participle: ['منوه'] },
  { lemma: 'اعتبر', past: ['اعتبر'], present: ['عتبر'], participle: ['معتبر'] },
  { lemma: 'نفى', past: [], present: ['نفي'], extra: ['نفى', 'نفت', 'نفيا', 'نفتا', 'نفوا'], extraParticiples: ['نافيا', 'نافية'] },
  { lemma: 'أردف', past: ['أردف'], present: ['ردف'], participle: ['مردف'] },
  { lemma: 'استدرك', past: ['استدرك'], present: ['ستدرك'], participle: ['مستدرك'] },
  { lemma: 'اعترف', past: ['اعترف'], present: ['عترف'], participle: ['معترف'] },
  { lemma: 'حذّر', past: ['حذر'], present: ['حذر'], participle: ['محذر'] },
  { lemma: 'رأى', past: [], present: [], extra: ['رأى', 'رأت', 'رأيا', 'رأتا', 'رأوا', 'يرى', 'ترى', 'يرون', 'يريان'] },
  { lemma: 'توقّع', past: ['توقع'], present: ['توقع'], participle: ['متوقع'] },
  { lemma: 'زعم', past: ['زعم'], present: ['زعم'], participle: ['زاعم'] },
  { lemma: 'أقرّ', past: ['أقر'], present: ['قر'], strict: true },
  { lemma: 'تساءل', past: ['تساءل'], present: ['تساءل'], participle: ['متسائل'] },
  { lemma: 'كتب', past: ['كتب'], present: ['كتب'], strict: true },
  { lemma: 'غرّد', past: ['غرد'], present: ['غرد'], participle: ['مغرد'] },
  { lemma: 'أبلغ', past: ['أبلغ'] },
  { lemma: 'أخبر', past: ['أخبر'] },
  { lemma: 'علّق', past: ['علق'], present: ['علق'], participle: ['معلق'], strict: true },
  { lemma: 'نقل', past: ['نقل'], present: ['نقل'], strict: true },
  { lemma: 'أفصح', past: ['أفصح'], present: ['فصح'] },
  { lemma: 'أجمع', past: ['أجمع'], present: ['جمع'], strict: true },
  { lemma: 'أعرب', past: ['أعرب'], present: ['عرب'], participle: ['معرب'], strict: true },
  { lemma: 'استطرد', past: ['استطرد'], present: ['ستطرد'], participle: ['مستطرد'] },
  { lemma: 'أجاب', past: ['أجاب'], present: ['جيب'], participle: ['مجيب'], strict: true },
  // زاد “increased” far more often than “he went on”: a cue only before a colon (see CUE_NEEDS_COLON)
  { lemma: 'زاد', past: ['زاد'], present: ['زيد'], strict: true },
  // وجاء في البيان أن …، وورد في التقرير: … (see DOCUMENT_LOCATIVE_LEMMAS)
  { lemma: 'جاء', past: ['جاء'], strict: true },
  { lemma: 'ورد', past: ['ورد'], strict: true },
];

/** Verbs whose speaker is a document named after في (وجاء في البيان أن …): never a person left implicit. */
export const DOCUMENT_LOCATIVE_LEMMAS: ReadonlySet<string> = new Set(['جاء', 'ورد']);

/** Normalised form → the cue it is. */
export const CUE_FORMS: ReadonlyMap<string, CueForm> = (() => {
  const m = new Map<string, CueForm>();
  const add = (form: string, lemma: string, kind: CueKind, strict: boolean, gender: CueGender = null) => {
    const n = normalize(form);
    if (!m.has(n)) m.set(n, { lemma, kind, strict, gender });
  };
  const PAST: Array<[string, CueGender]> = [['', 'm'], ['ت', 'f'], ['ا', 'm'], ['تا', 'f'], ['وا', 'pl']];
  const PRESENT: Array<[string, CueGender]> = [['', 'm'], ['ون', 'pl'], ['ان', 'm']];
  const PARTICIPLE: Array<[string, CueGender]> = [['ا', 'm'], ['ة', 'f'], ['ين', 'pl'], ['ون', 'pl'], ['تين', 'f']];
  for (const v of VERBS) {
    const strict = v.strict ?? false;
    for (const p of v.past) for (const [suf, g] of PAST) add(p + suf, v.lemma, 'verb', strict, g);
    for (const p of v.present ?? []) {
      // تقول is the feminine of يقول in news (the second person hardly speaks there); تقولان, تقولون follow it
      for (const pre of ['ي', 'ت']) for (const [suf, g] of PRESENT) add(pre + p + suf, v.lemma, 'verb', strict, pre === 'ت' && g === 'm' ? 'f' : g);
    }
    for (const p of v.participle ?? []) for (const [suf, g] of PARTICIPLE) add(p + suf, v.lemma, 'participle', strict, g);
    for (const e of v.extra ?? []) add(e, v.lemma, 'verb', strict);
    for (const e of v.extraParticiples ?? []) add(e, v.lemma, 'participle', strict);
  }
  // حال forms that end a clause and pass the word to what follows: واختتم حديثه بالقول: «…»
  for (const [f, g] of [['بالقول', null], ['بقوله', 'm'], ['بقولها', 'f'], ['قائلا', 'm'], ['قائلة', 'f'], ['قائلين', 'pl']] as Array<[string, CueGender]>) {
    add(f, 'قال', 'participle', false, g);
  }
  // verbs whose other reading is far commoner (نقلاً عن is an attribution, not “the two relayed”)
  // (اقرأ أيضاً, the imperative of a link to another article, is written as the dual أقرّا)
  for (const f of ['تبين', 'يقر', 'تقر', 'مقر', 'مقرا', 'تبلغ', 'يبلغ', 'نقلا', 'اقرا']) m.delete(normalize(f));
  m.delete(normalize('بين'));
  return m;
})();

/** `بين` means “between” far more often than “he explained”: it counts only with a conjunction (وبيّن). */
export const CUE_NEEDS_CONJUNCTION: ReadonlySet<string> = new Set(words('بين بينت بينا بينوا'));
for (const f of CUE_NEEDS_CONJUNCTION) (CUE_FORMS as Map<string, CueForm>).set(f, { lemma: 'بيّن', kind: 'verb', strict: true, gender: null });

/** Cues whose other sense is far commoner (زاد “increased”): they count only when a colon opens the words. */
export const CUE_NEEDS_COLON: ReadonlySet<string> = new Set(['زاد']);

/**
 * Verbs that carry a speaker on without naming one and hand the words to a circumstantial form (ومضى قائلاً،
 * وختم حديثه بالقول، وعاد ليقول): the circumstantial form speaks for the last speaker.
 */
export const CARRY_ON_VERBS: ReadonlySet<string> = new Set(
  words(`مضى مضت مضوا ختم ختمت ختموا اختتم اختتمت عاد عادت عادوا تابع تابعت تابعوا استطرد استطردت اضاف اضافت
  زاد زادت استدرك استدركت ثم`),
);

/** Verbs of a clause that keeps a source anonymous (مصدر طلب عدم الكشف عن اسمه): they end the speaker's phrase. */
export const ANONYMITY_VERBS: ReadonlySet<string> = new Set(
  words('طلب طلبت طلبا طلبوا رفض رفضت رفضا رفضوا فضل فضلت فضلوا اشترط اشترطت اشترطوا مشترطا مشترطة مفضلا مفضلة طالبا طالبة'),
);

/**
 * Verbs of a clause about the source after its noun (مصدر في الجمارك تحدث لـ«…»، مسؤول صرّح للصحفيين): where the
 * speaker's phrase ends, the channel after them.
 */
export const SOURCE_SPEECH_VERBS: ReadonlySet<string> = new Set(words('تحدث تحدثت تحدثا تحدثوا صرح صرحت صرحا صرحوا'));

/** What a speaker expresses after أعرب عن / عبر عن (أعرب الوزير عن أمله في أن …): the verb's object, no speaker. */
export const STANCE_NOUNS: ReadonlySet<string> = (() => {
  const stems = words(`امل قلق ارتياح رفض تفاؤل استغراب اسف ترحيب تضامن دعم تطلع ثقة استياء غضب خشية مخاوف امتنان شكر
  تقدير استنكار ادانة تأييد اعتقاد رغبة استعداد قناعة دهشة صدمة حزن تعازي تمني`);
  const out = new Set<string>();
  for (const s of stems) for (const suf of ['', 'ه', 'ها', 'هم', 'هما']) out.add(s + suf);
  return out;
})();

/** Nouns of a portfolio after لـ in a title (مستشار رئيس الوزراء لشؤون الطاقة): a genitive, never a name. */
export const PORTFOLIO_NOUNS: ReadonlySet<string> = new Set(
  words(`شؤون قضايا ملف ملفات قطاع منطقة حقوق مكافحة تنمية اغاثة رعاية حماية اعادة اعمار مراقبة متابعة دعم
  تشغيل غوث تحرير انقاذ دراسات بحوث ابحاث`),
);

/** Prepositions of place that end a speaker's phrase (قال المحتجون أمام المبنى، قال أحد السكان قرب …). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(words('امام قرب وسط داخل خارج فوق تحت قبالة بجوار'));

/**
 * Roles that are also common given names or family names (رائد، أمير، حاكم؛ الخطيب، القاضي، الشيخ): read as a
 * name when a name is written next to them (رائد منصور، منى الخطيب).
 */
export const ROLES_THAT_NAME: ReadonlySet<string> = new Set(words('رائد امير حاكم امام نقيب عميد خطيب قاضي قاض شيخ عالم سيد مقدم حكيم'));

/** Words around a reporting verb that make it no report (عدم ذكر اسمه، دون أن يذكر). */
export const NOT_CUE_BEFORE: ReadonlySet<string> = new Set(words('عدم دون بدون'));
export const NOT_CUE_AFTER: ReadonlySet<string> = new Set(words('اسمه اسمها اسمهم اسماءهم هويته هويتها هويتهم'));

/** Verbs whose object after the speaker is whom they told (أبلغ مصدر «الشرق الأوسط» أن …). */
export const ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set(['أبلغ', 'أخبر']);

/** Verbs that tell who relayed rather than who said (نقلت وكالة … عن مصادر): their subject is a channel. */
export const RELAY_LEMMAS: ReadonlySet<string> = new Set(['نقل']);

/** Complementisers that open reported content: إن، أن، أنه، بأن … */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set(
  words(`ان انه انها انهم انهما اننا انني انكم انهن بان بانه بانها بانهم بانهما باننا
  انّ انّه انّها`),
);

/** Prepositions that sit between some verbs and their complementiser (أشار إلى أن، شدد على أن، حذر من أن). */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(words('الى إلى على من عن'));

/** Words after which أن is not a complementiser of speech (بعد أن، قبل أن، يمكن أن). */
export const NOT_SPEECH_BEFORE_AN: ReadonlySet<string> = new Set(
  words(`بعد قبل منذ دون بدون حتى يجب يمكن ينبغي لابد بد سبق بعدما وبعد وقبل ما المقرر المتوقع المرجح ضرورة اهمية
  امكانية احتمال شأن شانه شأنها بإمكان يستطيع تستطيع يريد تريد يحاول تحاول عسى`),
);

/** Markers of attribution: the words that come before the source in بحسب المصدر، وفقاً لـ…، نقلاً عن… */
export const ATTRIBUTION_MARKERS: ReadonlySet<string> = new Set(
  words(`بحسب وبحسب حسب وحسب وفق ووفق وفقا ووفقا طبقا وطبقا نقلا ونقلا حسبما وحسبما بحسبما وبحسبما
  استنادا واستنادا`),
);

/** Verbs in `وفق ما نقلته رويترز`: the source relayed (a channel) rather than stated. */
export const RELAY_VERBS: ReadonlySet<string> = new Set(words(`نقل نقلت نقلته نقلها نقلتها نشر نشرت نشرته نشرها نشرتها اورد اوردت اوردته اوردها اوردتها بث بثت بثته بثها بثتها
  تناقل تناقلت تناقلته تناقلتها`));

/** Verbs in `وفق ما أعلنه الوزير`: the source stated. */
export const STATE_VERBS: ReadonlySet<string> = new Set(
  words(`ذكر ذكرت ذكره ذكرته اعلن اعلنت اعلنه اعلنته قال قالت قاله قالته كشف كشفت كشفه كشفته اكد اكدت اكده اكدته
  افاد افادت افاده افادته صرح صرحت اوضح اوضحت اوضحه اشار اشارت اعلنوا ذكروا قالوا افادوا اكدوا كشفوا اوضحوا`),
);

/** Nouns of a claim that name their author after them (وفق تعبير رويترز، بحسب ادعاءات …). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(
  words('تعبير ادعاءات ادعاء روايه رواية وصف زعم مزاعم تقدير تقديرات قول اقوال تصريحات تصريح كلام معلومات ارقام'),
);

/** Heads of an anonymous source: مصدر، مصادر، مسؤول، دبلوماسي … (indefinite: “a source”). */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  words(`مصدر مصادر مصدران مصدرين مسؤول مسؤولة مسؤولون مسؤولين مسؤولان مسؤولا مسؤولي دبلوماسي دبلوماسيون
  دبلوماسيين دبلوماسية شاهد شهود ضابط ضباط مراقب مراقبون مراقبين خبراء محللون محللين مطلعون مطلعين متحدثون
  ناشطون ناشطين سكان مواطن مواطنون اشخاص شخص آخرون آخرين مسؤولو مصادرنا`),
);

/** Heads of a named role or title: وزير، رئيس، السفيرة، الخبير، المتحدث … (with or without the article). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  words(`وزير وزيرة وزراء رئيس رئيسة رؤساء نائب نائبة عضو عضوة سفير سفيرة متحدث متحدثة ناطق ناطقة خبير خبيرة
  محلل محللة سياسي سياسية باحث باحثة كاتب كاتبة مسؤول مسؤولة مدير مديرة قائد قادة جنرال لواء عميد عقيد مقدم
  رائد فريق مشير شيخ دكتور د مستشار مستشارة زعيم مبعوث مبعوثة ممثل ممثلة مندوب مندوبة ملك ملكة
  امير اميرة مرشد مساعد مساعدة وكيل محافظ قائممقام قائمقام سيناتور قاضي قاضية مدعي اعلامي اعلامية صحفي صحفية صحافي صحافية
  مراسل مراسلة ناشط ناشطة اكاديمي استاذ استاذة محامي محامية قيادي قيادية منسق منسقة مفوض مفوضة سكرتير
  حاكم عمدة رئيسا سيد سيدة مصدر مصادر اللواء الفريق المشير العميد العقيد مصدران مسؤولون مسؤولين نجل
  المتحدثة الناطقة ولي بابا بطريرك مفتي امام خطيب داعية رجل رجال معاون نقيب ضابط قاض مدرب لاعب مؤسس
  مراقب محقق مفتش طبيب اطباء مهندس مدون معلق خبراء محللون عالم علماء مستشارون مرشح مرشحة`),
);

/** The secretary of a body (الأمين العام): a role only with the article, since أمين is also a given name. */
export const DEFINITE_ONLY_ROLES: ReadonlySet<string> = new Set(words('امين امينة'));

/** Heads of a body that speaks: وزارة، الحكومة، الجيش، المكتب … */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  words(`وزارة وزارتا وزارات حكومة حكومات رئاسة مكتب مجلس لجنة هيئة جهاز قيادة جيش شرطة مديرية منظمة سفارة
  قنصلية بعثة برلمان كونغرس بنتاغون خارجية داخلية دفاع حزب حركة تحالف ائتلاف كتلة جبهة مؤسسة شركة بنك صندوق
  محكمة نقابة اتحاد امم مفوضية قوات خلية فصائل فصيل جماعة كتائب ادارة بلدية محافظة سلطة سلطات دائرة مركز
  معهد جامعة اكاديمية مرصد منتدى رابطة جمعية تنسيقية الوفد الوفود وفد وفدان الوفدان الجانب الجانبان الجانبين طرفان الطرفان البيت الكرملين
  الاليزيه داونينغ الحرس المقاومة الشرطة المخابرات الاستخبارات القيادة الرئاسة الحكومة الجيش`),
);

/** Documents that speak: البيان، التقرير، الرسالة … */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(
  words(`بيان بيانات تقرير تقارير رسالة وثيقة وثائق دراسة مذكرة تغريدة منشور تدوينة مقال افتتاحية بلاغ اعلان
  تعميم استطلاع تحقيق نص اتفاق قرار خطاب كتاب`),
);

/** Media: the heads of an outlet's name (وكالة رويترز، صحيفة …، موقع …) and of a platform (منصة إكس). */
export const OUTLET_HEADS: ReadonlySet<string> = new Set(
  words('وكالة وكالات صحيفة صحف موقع مواقع قناة قنوات شبكة اذاعة تلفزيون مجلة جريدة اذاعات محطة فضائية'),
);
export const PLATFORM_HEADS: ReadonlySet<string> = new Set(words('منصة حساب حسابه حسابها صفحة صفحته صفحتها'));

/** Words of a generic outlet name that are no name by themselves (وكالة الأنباء الرسمية). */
export const GENERIC_OUTLET_WORDS: ReadonlySet<string> = new Set(words('الانباء انباء الانباء الاخبارية الاخباري الرسمية الرسمي المحلية'));

/** Numbers and quantifiers before a source (ثلاثة مصادر، اثنين من المصادر، بعض المسؤولين). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(
  words(`اثنان اثنين اثنتان اثنتين ثلاثة ثلاث اربعة اربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر
  عدة عدد بعض احد احدى كثير كثيرون معظم غالبية اغلب مجموعة جميع كل عشرات مئات`),
);

/** Adjectives of nationality, rank and field that qualify a role or a source (عراقي، رفيع، مطلع، سابق …). */
export const QUALIFIERS: ReadonlySet<string> = (() => {
  const stems = words(`عامة حكومية رسمية خاصة مستقلة محلية عراقي امريكي اميركي ايراني سوري لبناني اردني مصري سعودي اماراتي قطري كويتي بحريني عماني يمني
  فلسطيني اسرائيلي تركي روسي صيني فرنسي بريطاني الماني ايطالي اسباني اوروبي غربي عربي خليجي كردي سني شيعي
  دولي اممي اوكراني ياباني هندي باكستاني افغاني ليبي تونسي جزائري مغربي سوداني موريتاني اثيوبي كندي استرالي
  هولندي بلجيكي سويسري نمساوي يوناني قبرصي اذربيجاني ارمني كوري اسيوي افريقي حكومي امني عسكري رسمي رفيع
  مطلع مقرب كبير بارز سابق اسبق محلي اقليمي سياسي دبلوماسي برلماني حزبي قضائي طبي اقتصادي نفطي ميداني اعلامي
  استخباراتي استخباري مستقل مسؤول اخر رفيعي كبار نيابي تنفيذي عام اول ثاني قيادي مختص متخصص مختصين مستقلين
  دفاعي خارجي داخلي حقوقي اكاديمي شعبي وطني اتحادي فيدرالي`);
  const out = new Set<string>();
  for (const s of stems) for (const suf of ['', 'ه', 'ون', 'ين', 'ان', 'يون', 'يين']) out.add(s + suf);
  for (const s of words('رفيع مطلع مقرب كبير بارز سابق اسبق مسؤول مختص')) for (const suf of ['ة', 'ه', 'ون', 'ين', 'ان', 'ا']) out.add(s + normalize(suf));
  return out;
})();

/** Words that open an adverbial segment, not a speaker (في لقاء، أمس، خلال، وهو …). */
export const ADVERBIAL_STARTS: ReadonlySet<string> = new Set(
  words(`في خلال على عبر امس اليوم غدا مساء صباح ظهر يوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت
  وهو وهي وهم وهما الذي التي الذين بدوره بدورها بدورهم كذلك ايضا بعد قبل عقب اثر اثناء ضمن لدى مؤخرا حينها
  بفعلها بفعله اليوم الليلة امس الاول الماضي منذ حول بشان رغم بينما في حين مع الاسبوع الشهر السنة الايام`),
);

/** Nouns of an occasion in `في لقاء متلفز`، `في تصريح لـ`، `خلال مؤتمر صحفي` that end a speaker's words. */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set(
  words(`لقاء مقابلة تصريح تصريحات حديث كلمة مؤتمر بيان تغريدة منشور اتصال جلسة اجتماع ندوة خطاب رسالة مداخلة
  برنامج حوار تدوينة تسجيل مقطع فيديو بث زيارة ختام افتتاح`),
);

/** Objects a reporting verb may take before what is said (اختتم حديثه، لفت النظر، قوله). */
export const SPEECH_OBJECTS: ReadonlySet<string> = new Set(
  words(`حديثه حديثها تصريحه تصريحها تصريحاته كلمته كلمتها قوله قولها قولهم النظر الانتباه بالقول بقوله بقولها
  حديثهم كلامه كلامها مداخلته بنفسه بنفسها بنفسهم ردا ردها رده جوابه جوابها`),
);

/**
 * A pronoun after the verb that points back to a document of the sentence (أصدرت الوزارة بياناً قالت فيه إن …،
 * جاء فيه أن …): no speaker; the sentence's subject is the one who speaks.
 */
export const BACK_POINTERS: ReadonlySet<string> = new Set(words('فيه فيها فيهما فيهم خلاله خلالها'));

/** Words that end a clause and open another (لكن، فيما، بينما، كما، حيث). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(words('لكن ولكن لكنه لكنها فيما بينما كما وكما حيث اذ حين ثم وقد فقد'));

/** Addressees that are not channels (قال للصحفيين). */
export const AUDIENCE_WORDS: ReadonlySet<string> = new Set(words('للصحفيين للصحافيين للصحافة لوسائل للاعلام للحضور للمشاركين لمراسلنا لمراسلتنا لموفدنا لموفدتنا للمراسلين'));

/** Agency names that are also common words or given names (فارس، قنا): an agency only when quoted, bracketed or
 * after وكالة. */
export const AMBIGUOUS_AGENCY_NAMES: ReadonlySet<string> = new Set(words('فارس قنا وام واس وات بترا تاس سانا واع واج كونا تسنيم'));

/** Places that follow a role's preposition or a genitive (رئيس وزراء إسرائيل): never the start of a name. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  words(`اسرائيل ايران تركيا روسيا مصر سوريا سورية لبنان فلسطين قطر ليبيا تونس عمان امريكا اميركا بريطانيا فرنسا
  المانيا ايطاليا اسبانيا باكستان افغانستان كردستان غزة واشنطن بغداد طهران موسكو لندن باريس بكين انقرة دمشق
  بيروت القاهرة اوكرانيا اليابان الهند الصين العراق الاردن الكويت اليمن الجزائر المغرب السودان السعودية
  الامارات البحرين اربيل نينوى كركوك البصرة اسطنبول برلين روما جنيف فيينا`),
);

/** Days and months that start an adverbial (أمس الأربعاء). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(`في من على الى إلى عن لدى مع خلال عبر باسم بإسم بين حول ضمن نحو تجاه ضد منذ عند و او ثم ب ل ك ال هو هي
  هم الذي التي الذين ما لا لم لن قد`),
);
