/**
 * Cue words of news Arabic that turn a statement against another: negation particles, verbs of denial and
 * refusal, and verbs or nouns of direction that come in opposite pairs (rise / fall, win / lose, open / close).
 * Written for this project as general news vocabulary, normalised (see language/normalize.ts) and compared with
 * the light stems of ./text.ts, so a conjugated or prefixed form (ينفي، وتنفي، والنفي) still finds its entry.
 */
import { normalize } from '../language/normalize.js';

/** Particles and words that negate what follows. */
const NEGATION = `
لا لم لن ليس ليست لسنا ليسوا ما غير عدم دون بدون بلا لما كلا
`;

/**
 * Verbs and nouns that deny, refuse, retract or cancel a claim or an act, one lemma a line (`lemma: forms`): the
 * features name the lemma, so that every conjugation of نفى counts as one cue.
 */
const DENIAL = `
نفى: نفى نفت ينفي تنفي نفي نفوا ينفون نافيا
كذب: تكذيب كذب كذبت يكذب تكذب
رفض: رفض رفضت يرفض ترفض رفضوا يرفضون
تراجع: تراجع تراجعت يتراجع تتراجع
استبعد: استبعد استبعدت يستبعد تستبعد استبعاد
أنكر: أنكر أنكرت ينكر تنكر إنكار
ألغى: ألغى ألغت يلغي تلغي إلغاء
علق: علق علقت يعلق تعلق تعليق
أوقف: أوقف أوقفت يوقف توقف إيقاف
فشل: فشل فشلت يفشل تفشل فشلوا إخفاق أخفق
زعم: مزاعم زعم زعمت يزعم تزعم
شائعة: شائعات شائعة إشاعات إشاعة مفبرك مفبركة
عار: عار عارية
منع: يحظر حظر تحظر منع يمنع تمنع
`;

/** Words that assert or confirm: one side affirming what the other denies is the classic contradiction. */
const AFFIRM = `
أكد أكدت يؤكد تؤكد تأكيد أكدوا
أعلن أعلنت يعلن تعلن إعلان
أقر أقرت يقر تقر
اعترف اعترفت يعترف تعترف اعتراف
ثبت يثبت تثبت
وافق وافقت يوافق توافق موافقة
`;

/**
 * Polar groups: a word of one group against a word of its opposite in the other statement reverses the claim.
 * Each entry is `name: words…`; groups are paired by `OPPOSITES`.
 */
const POLAR: Record<string, string> = {
  up: `ارتفاع ارتفع ارتفعت يرتفع ترتفع مرتفع صعود صعد صعدت يصعد تصعد قفزة قفز قفزت يقفز تقفز زيادة زاد زادت يزيد تزيد
    مكاسب مكسب ربح أرباح يربح تربح نمو نما ينمو تنمو انتعاش انتعش ينتعش تنتعش تحسن تحسنت يتحسن تتحسن ارتفاعا صعودا
    أعلى أعلاها قياسي قياسية يرفع ترفع رفع رفعت مضاعفة تضاعف يتضاعف`,
  down: `نزول نزل نزلت ينزل تنزل انخفاض انخفض انخفضت ينخفض تنخفض منخفض هبوط هبط هبطت يهبط تهبط تراجع تراجعت يتراجع تتراجع تدهور تدهورت يتدهور
    يتدهور تتدهور خسائر خسارة خسر خسرت يخسر تخسر انهيار انهار انهارت ينهار تنهار تباطؤ تباطأ يتباطأ انكماش نقص نقصت
    ينقص تنقص أدنى أدناها قلة خفض خفضت يخفض تخفض تخفيض يفقد تفقد فقد فقدت انخفاضا هبوطا تراجعا تقلص تقلصت يتقلص`,
  win: `فوز فاز فازت يفوز تفوز انتصار انتصر انتصرت ينتصر تنتصر نجاح نجح نجحت ينجح تنجح تتويج يتوج توج حصد يحصد تحصد`,
  lose: `هزيمة هزم هزمت يهزم تهزم خسارة خسر خسرت يخسر تخسر فشل فشلت يفشل تفشل إخفاق أخفق سقوط سقط سقطت`,
  open: `فتح فتحت يفتح تفتح افتتاح افتتح افتتحت يفتتح تفتتح استئناف استأنف استأنفت يستأنف تستأنف`,
  close: `إغلاق أغلق أغلقت يغلق تغلق غلق تعليق علق علقت يعلق تعلق إيقاف أوقف أوقفت يوقف توقف وقف`,
  accept: `قبول قبل قبلت يقبل تقبل موافقة وافق وافقت يوافق توافق ترحيب رحب رحبت يرحب ترحب تأييد أيد أيدت يؤيد تؤيد دعم
    دعمت يدعم تدعم`,
  reject: `رفض رفضت يرفض ترفض معارضة عارض عارضت يعارض تعارض انتقاد انتقد انتقدت ينتقد تنتقد تنديد ندد نددت يندد تندد
    إدانة أدان أدانت يدين تدين`,
  start: `بدء بدأ بدأت يبدأ تبدأ انطلاق انطلق انطلقت ينطلق تنطلق إطلاق أطلق أطلقت يطلق تطلق`,
  stop: `انتهاء انتهى انتهت ينتهي تنتهي نهاية وقف توقف توقفت يتوقف تتوقف إنهاء أنهى أنهت ينهي تنهي`,
  enter: `دخول دخل دخلت يدخل تدخل انتشار انتشر انتشرت ينتشر تنتشر نشر تقدم تقدمت يتقدم تتقدم اقتحام اقتحم`,
  leave: `انسحاب انسحب انسحبت ينسحب تنسحب خروج خرج خرجت يخرج تخرج رحيل رحل رحلت يرحل ترحل مغادرة غادر غادرت يغادر
    تغادر إجلاء`,
  peace: `هدوء هدنة تهدئة سلام اتفاق اتفاقية مصالحة وقف استقرار`,
  war: `اشتباكات اشتباك قتال معارك معركة هجوم هجمات قصف غارة غارات حرب تصعيد توتر`,
  more: `أكثر أكبر كثير كثيرة تزايد تزايدت يتزايد تتزايد`,
  less: `أقل أصغر قليل قليلة تناقص تناقصت يتناقص تتناقص`,
  live: `نجاة نجا نجت ينجو تنجو إنقاذ أنقذ أنقذت ينقذ تنقذ`,
  die: `غرق غرقت يغرق تغرق وفاة توفي توفيت مقتل قتل قتلت يقتل تقتل مصرع لقي موت مات ماتت اغتيال`,
  arrest: `اعتقال اعتقل اعتقلت يعتقل تعتقل توقيف احتجاز احتجز سجن حبس`,
  release: `إفراج أفرج أفرجت يفرج تفرج إطلاق سراح تبرئة برأ برأت يبرئ`,
  accuse: `اتهام اتهم اتهمت يتهم تتهم اتهامات إدانة أدان`,
  acquit: `تبرئة برأ برأت يبرئ تبرئ براءة`,
  delay: `تأجيل أجل أجلت يؤجل تؤجل إرجاء أرجأ أرجأت يرجئ ترجئ تأخير تأخر تأخرت يتأخر تتأخر تعثر تعثرت يتعثر`,
  marry: `زواج تزوج تزوجت يتزوج تتزوج خطوبة خطب يخطب ارتباط ارتبط يرتبط`,
  separate: `طلاق طلق انفصال انفصل انفصلت ينفصل تنفصل`,
  rise_to_power: `فوز تعيين عين عينت يعين تعين تنصيب تولي تولى يتولى تتولى انتخاب انتخب`,
  leave_office: `استقالة استقال استقالت يستقيل تستقيل إقالة أقال أقالت يقيل تقيل عزل عزلت يعزل إعفاء أعفى تنحي تنحى يتنحى`,
  fix: `استقرار مستقر مستقرة ثبات ثابت`,
};

const OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['up', 'down'],
  ['win', 'lose'],
  ['open', 'close'],
  ['accept', 'reject'],
  ['start', 'stop'],
  ['enter', 'leave'],
  ['peace', 'war'],
  ['more', 'less'],
  ['live', 'die'],
  ['arrest', 'release'],
  ['accuse', 'acquit'],
  ['delay', 'start'],
  ['marry', 'separate'],
  ['rise_to_power', 'leave_office'],
  ['fix', 'up'],
  ['fix', 'down'],
];

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map(normalize);
}

export const NEGATION_WORDS: ReadonlySet<string> = new Set(words(NEGATION));
/** Normalised form → its lemma (normalised). */
export const DENIAL_LEMMAS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const line of DENIAL.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const lemma = normalize(line.slice(0, colon).trim());
    for (const w of words(line.slice(colon + 1))) m.set(w, lemma);
  }
  return m;
})();
export const AFFIRM_WORDS: ReadonlySet<string> = new Set(words(AFFIRM));

/** Normalised word → the polar groups it belongs to (a word may sit in two: خسارة is both `down` and `lose`). */
export const POLAR_GROUPS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [group, list] of Object.entries(POLAR)) for (const w of words(list)) m.set(w, [...(m.get(w) ?? []), group]);
  return m;
})();

/** Group → its opposite groups. */
export const OPPOSITE_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [a, b] of OPPOSITES) {
    m.set(a, [...(m.get(a) ?? []), b]);
    m.set(b, [...(m.get(b) ?? []), a]);
  }
  return m;
})();

/** Words that scale the number before them (50 مليون / 50 مليار differ by a factor of a thousand). */
export const NUMBER_SCALES: ReadonlyMap<string, number> = new Map(
  [
    ['ألف', 1e3], ['آلاف', 1e3], ['الف', 1e3], ['ألفا', 1e3],
    ['مليون', 1e6], ['ملايين', 1e6], ['مليونا', 1e6],
    ['مليار', 1e9], ['مليارات', 1e9], ['مليارا', 1e9], ['بليون', 1e9], ['ترليون', 1e12], ['تريليون', 1e12],
  ].map(([w, n]) => [normalize(w as string), n as number]),
);
