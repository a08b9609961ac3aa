/**
 * Stretches of time that are not dates: منذ أشهر، لأشهر، لسنوات، بعد أشهر طويلة، على مدى الأشهر الستة
 * الماضية، خلال الأيام المقبلة، لمدة ثلاث سنوات، طوال عامين، في السنوات القادمة، خلال ستين يوماً، مهلة الستين
 * يوماً. They are kept (kind `duration`, value null) so that later stages do not mistake them for dates. A bare
 * count (ثلاث سنوات) is left alone: without a preposition or a period's noun it is as often an age, a sentence
 * or a term as a time span. أيام on its own is too common a word (أيام الحرب) to be read as a duration at all.
 */
import { B, CARDINAL, CONJ, E, HIJRI_MONTH, LAST, MONTH, NEXT, OS, matches, rx, S, spanOf } from '../patterns.js';
import type { Candidate } from '../types.js';
import type { ParseContext } from './context.js';

/** A weekday without its article, as after يوم (خلال يوم جمعة). */
const WEEKDAY_WORD = `(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)${E}`;

const PLURAL = '(?:اسابيع|اشهر|شهور|اعوام|سنوات|سنين|عقود|ساعات)';
const ANY_UNIT = '(?:يوم|اسبوع|شهر|عام|ايام|يوما|يومين|اسابيع|اسبوعا|اسبوعين|اشهر|شهور|شهرا|شهرين|اعوام|عاما|عامين|سنوات|سنين|سنه|سنتين|عقود|عقدا|عقدين|عقد|ساعات|ساعه|ساعتين|دقاءق|دقيقه)';
/** Plural and dual units with their article: الأشهر الستة الماضية، العامين الماضيين، الساعتين الأخيرتين. */
const DEF_UNIT = '(?:الايام|الاسابيع|الاشهر|الشهور|الاعوام|السنوات|السنين|العقود|الساعات|اليومين|الاسبوعين|الشهرين|العامين|السنتين|العقدين|الساعتين)';
const LAST_OR_NEXT = `(?:${LAST}|${NEXT}|الاخيره|الاخيرين|الاخيرتين|الاولي|السابقه|السابقين|السابقتين|التاليه)`;
const QUANT = `(?:\\d{1,4}|${CARDINAL}|عده|بضعه|بضع)`;
/** Nouns of a stretch of time that a count follows (فترة الستين يوماً، مهلة 90 يوماً). */
const PERIOD = '(?:فتره|مهله|مده)';

const PATTERNS = [
  // منذ أشهر، منذ سنوات طويلة، لأشهر، لسنوات، بعد أشهر، بعد أشهر طويلة
  `(?:منذ|قبل|بعد|ل)${OS}${PLURAL}(?:${S}(?:طويله|عديده|قليله))?`,
  // لمدة ثلاث سنوات، طوال عامين، على مدى عقد، خلال ثلاثة أشهر، على مدار 10 سنوات
  // (خلال فترة الستين يوماً: the period's noun and the count with its article between them)
  `(?:لمده|طوال|طيله|علي${S}مدي|علي${S}مدار|خلال|في${S}غضون|زهاء|لنحو|لما${S}يزيد${S}عن|(?:منذ|قبل)(?=${S}(?:اكثر|اقل)${S}من))${S}(?:${PERIOD}${S})?(?:(?:اكثر|اقل)${S}من${S})?(?:(?:ال)?${QUANT}${S})?${ANY_UNIT}(?!${S}(?:\\d|ال|${MONTH}|${HIJRI_MONTH}|${WEEKDAY_WORD}))`,
  // مهلة الستين يوماً، فترة 60 يوماً: a period named with its count, no preposition needed
  `${PERIOD}${S}(?:ال)?${QUANT}${S}${ANY_UNIT}(?!${S}(?:\\d|${MONTH}|${HIJRI_MONTH}))`,
  // على مدى الأشهر الستة الماضية، خلال الأيام المقبلة، في السنوات القادمة، طوال السنوات العشر الأخيرة
  `(?:(?:علي${S}مدي|علي${S}مدار|خلال|طوال|طيله|في|منذ)${S})?${DEF_UNIT}(?:${S}(?:ال)?\\p{L}+)?${S}${LAST_OR_NEXT}`,
];

/** Every unit word of PLURAL, ANY_UNIT and DEF_UNIT holds one of these: a text without them holds no duration. */
const UNIT_WITNESS = /يوم|ايام|اسبوع|اسابيع|شهر|شهور|عام|اعوام|سن|عقد|عقود|ساع|دقاءق|دقيقه/;

const DURATION = rx(`${B}${CONJ}(?<t>(?:${PATTERNS.join('|')}))${E}`, UNIT_WITNESS);
const DEF_UNIT_WORD = new RegExp(`^${DEF_UNIT}$`);

/** Words that may sit between a plural unit and its modifier: a count in words (الستة، العشر) and nothing else. */
const COUNT_WORD = /^(?:ال)?(?:ثلاثه|ثلاث|اربعه|اربع|خمسه|خمس|سته|ست|سبعه|سبع|ثمانيه|ثماني|تسعه|تسع|عشره|عشر|عشرين|ثلاثين|قليله|عديده|طويله)$/;

export function durations(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, DURATION)) {
    const [s, e] = spanOf(m);
    const words = m.groups!.t!.split(/\s+/);
    const defIndex = words.findIndex((w) => /^ال/.test(w) && DEF_UNIT_WORD.test(w));
    if (defIndex >= 0 && words.length > defIndex + 2 && !COUNT_WORD.test(words[defIndex + 1]!)) continue;
    out.push({ s, e, kind: 'duration', ref: { t: 'none' }, by: 'duration' });
  }
  return out;
}

