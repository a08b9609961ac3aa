/**
 * Generators of hostile Arabic-news-like text for the fuzz suites: sentences built from general news vocabulary,
 * reporting verbs, time words and numbers (Western, Arabic-Indic and Persian digits), mixed with what real pages
 * carry and what breaks offset arithmetic — quotation marks of every kind (often unbalanced), harakat and
 * tatweel, bidi and zero-width controls, lone surrogates, presentation forms, very long tokens, empty lines and
 * every line ending (LF, CR, CRLF). All draws go through fast-check, so a failure replays from its seed.
 */
import fc from 'fast-check';

/** General news vocabulary: nouns, verbs and function words any wire story uses. */
const WORDS = [
  'الحكومة', 'الوزير', 'وزير', 'الخارجية', 'الداخلية', 'رئيس', 'الوزراء', 'الرئيس', 'البرلمان', 'مجلس', 'النواب',
  'الأمن', 'الجيش', 'الشرطة', 'المعارضة', 'الاتحاد', 'الأوروبي', 'الأمم', 'المتحدة', 'منظمة', 'شركة', 'البنك',
  'المركزي', 'وفد', 'اجتماع', 'قمة', 'مؤتمر', 'اتفاق', 'اتفاقية', 'مفاوضات', 'محادثات', 'هجوم', 'انفجار', 'قصف',
  'احتجاجات', 'تظاهرة', 'انتخابات', 'قرار', 'بيان', 'مشروع', 'ميزانية', 'مليون', 'مليار', 'دولار', 'دينار',
  'بالمئة', 'القاهرة', 'بغداد', 'عمّان', 'بيروت', 'دمشق', 'الرياض', 'تونس', 'الخرطوم', 'واشنطن', 'باريس', 'مصر',
  'العراق', 'الأردن', 'لبنان', 'السودان', 'المغرب', 'محمد', 'أحمد', 'علي', 'عبد', 'الله', 'الرحمن', 'بن', 'أبو',
  'سليمان', 'فاطمة', 'يوسف', 'الخطيب', 'المصري', 'وكالة', 'الأنباء', 'رويترز', 'مصدر', 'مصادر', 'مسؤول', 'مسؤولون',
  'متحدث', 'باسم', 'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بعد', 'قبل', 'خلال', 'أن', 'إن', 'أنه', 'التي', 'الذي',
  'لا', 'لم', 'لن', 'سوف', 'قد', 'كما', 'وقد', 'و', 'ف', 'ب', 'ل', 'لل', 'وال', 'بال', 'فال', 'كال', 'وصل', 'وقع',
  'أعلن', 'أعلنت', 'التقى', 'استقبل', 'زار', 'هاجم', 'قتل', 'أصيب', 'اعتقل', 'طالب', 'دعا', 'رفض', 'وافق', 'ندد',
  'سيعقد', 'ستبدأ', 'يتوقع', 'مقتل', 'إصابة', 'توقيع', 'إطلاق', 'سراح', 'جماعة', 'حركة', 'حزب', 'المجلس', 'الوطني',
  'صحيفة', 'قناة', 'الجزيرة', 'العربية', 'الدكتور', 'اللواء', 'الشيخ', 'السفير', 'المدير', 'العام', 'لـ', 'بـ',
];

/** Reporting verbs and attribution phrases that open or close a quotation. */
const CUES = [
  'قال', 'وقال', 'قالت', 'وقالت', 'أكد', 'وأكد', 'أضاف', 'وأضاف', 'أوضح', 'صرح', 'أفاد', 'ذكر', 'نقلت', 'نقل عن',
  'مشيراً إلى', 'مؤكداً أن', 'وفق', 'وفقاً لـ', 'بحسب', 'حسب', 'على حد قوله', 'بحسب ما نقلت', 'في تصريح لـ',
  'في بيان', 'وتابع', 'واعتبر', 'ورأى', 'وشدد على', 'نفى', 'كشف', 'قال لـ', 'وقال مصدر مطلع', 'قال المتحدث',
];

/** Time words and expressions, relative and absolute, Gregorian and Hijri, with the spellings of several regions. */
const TIMES = [
  'أمس', 'اليوم', 'غداً', 'غدا', 'أول أمس', 'الليلة', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  'الأحد', 'يوم', 'يومي', 'صباح', 'مساء', 'صباحاً', 'مساءً', 'ظهر', 'فجر', 'الأسبوع', 'الماضي', 'المقبل', 'القادم',
  'الجاري', 'الحالي', 'هذا', 'الشهر', 'شهر', 'عام', 'العام', 'لعام', 'سنة', 'منذ', 'حتى', 'بين', 'أيام', 'أشهر',
  'سنوات', 'عامين', 'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر',
  'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول',
  'تشرين الأول', 'تشرين الثاني', 'كانون الأول', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت',
  'محرم', 'صفر', 'رمضان', 'شوال', 'ذي الحجة', 'ذو القعدة', 'هـ', 'م', 'الساعة', 'بتوقيت', 'غرينتش', 'مكة',
  'الصيف', 'الشتاء', 'الربيع', 'الخريف', 'مطلع', 'منتصف', 'نهاية', 'أواخر', 'أوائل', 'الربع', 'الأول', 'الثاني',
  'الثالث', 'العاشر', 'الحادي عشر', 'الخامس والعشرين', 'كل', 'سنوياً', 'شهرياً', 'على مدى', 'خلال',
];

/** Every quotation mark a page may use, opening and closing, Arabic, Western, CJK, guillemets, primes. */
const QUOTES = ['«', '»', '“', '”', '„', '‟', '"', "'", '‘', '’', '‹', '›', '「', '」', '『', '』', '″', '＂', '« ', ' »'];

const PUNCT = ['،', '.', '؛', '؟', '!', ':', '-', '–', '—', '(', ')', '[', ']', '/', '…', '..', '...', ',', ';', '*', '•', '٪', '%'];

/** Harakat, shadda, sukun, superscript alef, tatweel: written on letters, removed by normalisation. */
const MARKS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640', '\u0640\u0640\u0640', '\u0653', '\u0654', '\u0655'];

/** Controls that are invisible on screen but sit in the UTF-16 text: bidi marks and isolates, zero-width, BOM. */
const CONTROLS = [
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
  '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD', '\u2060', '\u00A0', '\u2009', '\u202F', '\u3000',
];

/** Lone surrogates (broken decoding), a whole astral character, and presentation forms (ligatures, isolated forms). */
const BROKEN = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', '😀', '𝟐', '\uFEFB', '\uFEF5', '\uFE8D', '\uFEE1\uFEE4', '\uFB50', '\uFDF2', '\uFDFA', '\uFFFD', '\u0000', '\u0007'];

const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n', '\u2028', '\u2029', '\u0085'];

const SCRIPTS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'] as const;

function inScript(digits: string, script: number): string {
  const table = SCRIPTS[script]!;
  return digits.replace(/[0-9]/g, (d) => table[Number(d)]!);
}

/** A number as news writes it: a year, a day, a clock time, a date, an amount with separators, in any script. */
const number: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 1900, max: 2100 }).map(String),
      fc.integer({ min: 1380, max: 1500 }).map(String),
      fc.integer({ min: 0, max: 40 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 70 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
      fc
        .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1900, max: 2100 }), fc.constantFrom('/', '-', '.'))
        .chain(([d, m, y, sep]) => fc.constantFrom(`${d}${sep}${m}${sep}${y}`, `${y}${sep}${m}${sep}${d}`)),
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a},${String(b).padStart(3, '0')}`),
      fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a}.${b}`),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
    ),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([digits, script]) => inScript(digits, script));

/** One letter repeated, or a word glued to itself, hundreds to thousands of units long. */
const longToken: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('ا', 'ل', 'ـ', 'قال', 'الحكومة', '٣', '7', 'x', '«', '\u064E', '\u200F'), fc.integer({ min: 200, max: 3000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

/** One piece of text, weighted towards words so that the result reads like news and reaches the stages' rules. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 10, arbitrary: fc.constantFrom(...CUES) },
  { weight: 12, arbitrary: fc.constantFrom(...TIMES) },
  { weight: 8, arbitrary: number },
  { weight: 8, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 6, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...BROKEN) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_BREAKS) },
  { weight: 1, arbitrary: longToken },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('AFP', 'Reuters', 'COVID-19', 'https://example.org/a?b=1', '@user', '#وسم', 'e-mail') },
);

/** What goes between two pieces: mostly a space, sometimes nothing (pieces glue into new words), a mark or a break. */
const glue: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.constant(' ') },
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('  ', '\t', '\u00A0', ' \u200F', '\u200C') },
  { weight: 1, arbitrary: fc.constantFrom(...LINE_BREAKS) },
);

/** A run of pieces with their glue. */
export function arabicNewsText(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(fc.tuple(piece, glue), { maxLength: maxPieces }).map((ps) => ps.map(([p, g]) => p + g).join(''));
}

/** A range as news writes it: من … إلى، بين … و، a dash between two days or years, in any script. */
const range: fc.Arbitrary<string> = fc
  .tuple(number, number, fc.constantFrom(...TIMES), fc.integer({ min: 0, max: 4 }))
  .map(([a, b, word, form]) =>
    [`من ${a} إلى ${b} ${word}`, `بين ${a} و${b} ${word}`, `${a}-${b} ${word}`, `بين عامي ${a} و${b}`, `${word} ${a} حتى ${word} ${b}`][form]!,
  );

/**
 * Dense time phrases: time words, numbers, prepositions and separators only, so that ranges (من … إلى، بين … و),
 * dates with weekdays, clock times and Hijri dates meet each other in every order the parsers could misread.
 */
export const timePhrases: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...TIMES) },
        { weight: 4, arbitrary: number },
        { weight: 2, arbitrary: fc.constantFrom('من', 'إلى', 'حتى', 'بين', 'و', 'في', 'قبل', 'بعد', 'منذ', 'الموافق', 'لعام', 'عام') },
        { weight: 1, arbitrary: fc.constantFrom('/', '-', '،', '(', ')', '.', ':', 'هـ', 'م') },
        { weight: 1, arbitrary: fc.constantFrom(...MARKS, ...CONTROLS) },
        { weight: 2, arbitrary: range },
      ),
      fc.constantFrom(' ', ' ', ' ', '', '\n'),
    ),
    { maxLength: 30 },
  )
  .map((ps) => ps.map(([p, g]) => p + g).join(''));

/** A sentence shaped like reported speech: cue, then words in quotation marks (closed or not), or the reverse. */
const quotedSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(...CUES),
    fc.constantFrom(...QUOTES),
    arabicNewsText(14),
    fc.constantFrom(...QUOTES, ''),
    fc.constantFrom('.', '،', '', '..', '!', '؟', ' وأضاف', ' مضيفاً'),
    fc.boolean(),
  )
  .map(([speaker, cue, open, said, close, end, cueFirst]) =>
    cueFirst ? `${cue} ${speaker.join(' ')} ${open}${said}${close}${end}` : `${open}${said}${close}، ${cue} ${speaker.join(' ')}${end}`,
  );

/** A line of an article: a news sentence, reported speech, a dateline, nothing, or only white space. */
const articleLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: arabicNewsText(30) },
  { weight: 5, arbitrary: quotedSentence },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('القاهرة', 'بغداد', 'بيروت', 'الرباط'), fc.constantFrom('(رويترز)', '- أ ف ب', '(الأناضول) -', ':'), arabicNewsText(20)).map((p) => p.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\u200F', '   \u00A0') },
);

/**
 * A whole article: a headline and lines joined by one kind of line ending, or by a mix, as pasted pages arrive;
 * sometimes led by a BOM or trailed by spaces.
 */
export const arabicArticle: fc.Arbitrary<string> = fc
  .tuple(
    arabicNewsText(12),
    fc.array(articleLine, { maxLength: 12 }),
    fc.oneof(fc.constantFrom('\n', '\r\n', '\r', '\n\n'), fc.constant(null)),
    fc.array(fc.constantFrom(...LINE_BREAKS), { minLength: 13, maxLength: 13 }),
    fc.constantFrom('', '\uFEFF', '\u200F', ' '),
  )
  .map(([title, lines, one, mixed, lead]) => lead + [title, ...lines].map((l, i) => (i ? (one ?? mixed[i]!) : '') + l).join(''));

/** How many cases each fuzz target runs: `MARSAD_FUZZ_RUNS` (default 10000). */
export function fuzzRuns(): number {
  const n = Number(process.env['MARSAD_FUZZ_RUNS'] ?? '10000');
  return Number.isInteger(n) && n > 0 ? n : 10000;
}

/**
 * The options of one target's `fc.assert`: its fixed seed (so CI is reproducible) unless `MARSAD_FUZZ_SEED`
 * names another; fast-check reports the seed and the shrunk counterexample of a failure.
 */
export function fuzzOptions(targetSeed: number): { numRuns: number; seed: number; verbose: 1; includeErrorInReport: true } {
  const env = process.env['MARSAD_FUZZ_SEED'];
  const seed = env !== undefined && Number.isInteger(Number(env)) ? Number(env) : targetSeed;
  return { numRuns: fuzzRuns(), seed, verbose: 1, includeErrorInReport: true };
}
