/**
 * The words by which news Arabic reports an undertaking (التزم، تعهد، قرر الجانبان، من المقرر أن، اتفقا على،
 * يعتزم، وعد، سيتم، ستبدأ، سيعمل على، جدول زمني لـ…), and the words by which a later report says it was done
 * (انسحب، اكتمل، نُفذ، تم) or not (لم يُنفذ، تأجل، تراجع، أُرجئ، خرق), or that it hangs on a condition. All
 * normalised (see language/normalize.ts); matched after a bare و/ف (and ب/ل) is taken off.
 */
import { normalize } from '../../language/normalize.js';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean).map(normalize));

/** Commit verbs and nouns, with the usual person and pronoun endings. */
export const COMMIT_WORDS = set(`
التزام التزامه التزامها التزامهم التزامهما التزامنا التزامات التزم التزمت التزما التزمتا التزموا يلتزم تلتزم
نلتزم يلتزمان تلتزمان يلتزمون ملتزم ملتزمة ملتزمون ملتزمين
تعهد تعهدت تعهدا تعهدتا تعهدوا يتعهد تتعهد نتعهد يتعهدان تتعهدان يتعهدون تعهده تعهدها تعهدهم تعهدهما
وعد وعدت وعدا وعدتا وعدوا
يعتزم تعتزم نعتزم يعتزمان تعتزمان يعتزمون اعتزام اعتزامه اعتزامها اعتزامهم اعتزامهما
عزمه عزمها عزمهم عزمهما عزمنا
`);

/** Decision and agreement verbs: a decision the parties took is a commitment to act on it. */
export const DECIDE_WORDS = set(`قرر قررت قررا قررتا قرروا تقرر`);
export const AGREE_WORDS = set(`اتفق اتفقت اتفقا اتفقتا اتفقوا يتفق تتفق اتفاقهما`);

/** A future auxiliary of the passive (سيتم، ستتم) and the volitional verbs a party announces with the future prefix. */
export const FUTURE_PASSIVE = set(`سيتم ستتم سيجري ستجري`);
/** Imperfect stems after the person prefix (يـ/تـ/نـ): بدأ، عمل على، قام بـ، سحب، انسحب … */
export const VOLITIONAL_STEMS: readonly string[] = [
  'بدا', 'بدآ', 'بدؤ', 'عمل', 'قوم', 'سحب', 'نسحب', 'طلق', 'رسل', 'قدم', 'وقع', 'صدر', 'عقد', 'نفذ', 'نشء', 'شكل',
  'فتح', 'غلق', 'رفع', 'خفض', 'دفع', 'منح', 'نشر', 'ستانف', 'وقف', 'مدد', 'لتزم', 'واصل', 'دعم', 'زود', 'بني',
  'حتفظ', 'سلم', 'فرج', 'عيد', 'باشر', 'خصص', 'ضمن',
  // what a donor undertakes to pay: ستمول، ستصرف، ستسدد
  'مول', 'صرف', 'سدد',
].map(normalize);
/**
 * Verbs of giving that pledge only with what is given after ب (ستساهم بمبلغ، سيتبرع بـ…); without it they
 * predict (سيساهم المشروع في توفير المياه).
 */
export const PLEDGE_STEMS: readonly string[] = ['ساهم', 'تبرع'].map(normalize);

/** Timetable nouns followed by "زمني": a timetable for a withdrawal is the commitment to it. */
export const TIMETABLE_HEADS = set(`جدول جدولا جداول جدولة`);
export const TIMETABLE_QUALIFIERS = set(`زمني زمنيا زمنية`);

/** Negation before a cue: what is not undertaken is no commitment (and لم تلتزم is a breach). */
export const NEGATIONS = set(`لم لن لا عدم دون بدون ليس ما`);

/** Words that make an undertaking conditional or uncertain. */
export const HEDGES = set(`إذا اذا حال ربما قد لو شرط بشرط شريطة مشروط مشروطا مشروطة يحتمل محتمل المحتمل يرجح مرهون مرهونا رهن`);

/** Completion: a later report that the action happened. */
export const DONE_WORDS = set(`
انسحب انسحبت انسحبا انسحبوا اكتمل اكتملت نفذ نفذت نفذا نفذوا نفذتا أنجز أنجزت أتم أتمت أتما وقعا وقعتا
أصدر أصدرت أصدرا تم سحبت سحبا سحبوا أطلقت أفرج أفرجت أنشئ أنشئت شكلت أغلقت افتتح افتتحت
`);
/** Beginning verbs count as completion of "will begin" only when the text says it is real (بدأ فعلا). */
export const BEGIN_WORDS = set(`بدأ بدأت بدآ بدأتا بدأوا انطلق انطلقت`);
export const INDEED_WORDS = set(`فعلا بالفعل فعليا رسميا`);

/** Failure: a later report that the action was not done, was delayed or reversed. */
export const BROKEN_WORDS = set(`
تأجل تأجلت تأجيل أجل أجلت أرجئ أرجئت إرجاء أرجأ أرجأت تراجع تراجعت تراجعا التراجع خرق خرقت خرقا انتهك انتهكت
انتهاك ألغى ألغت ألغي ألغيت إلغاء تنصل تنصلت نكث نكثت أخل أخلت إخلال عدل علقت جمد جمدت تجميد
`);
/** After a negation, these verbs say the undertaking was not kept (لم ينفذ، لم يتم، لم تلتزم). */
export const NEGATED_DONE = set(`ينفذ تنفذ يتم تتم يلتزم تلتزم يف تف يوف توف يبدأ تبدأ ينسحب تنسحب يكتمل تكتمل يحدث يطبق تطبق`);

/** Nouns for "both sides" that name the party when no entity is named (قرر الجانبان). */
export const SIDES = set(`الجانبان الجانبين الطرفان الطرفين البلدان البلدين الوفدان الوفدين الحكومتان الحكومتين الوفود`);

/** Prepositions that make a following place a location, not a party (في واشنطن). */
export const LOCATIVE = set(`في من إلى الى عبر داخل`);

/** Where a clause ends: conjunctions that open another statement. */
export const CLAUSE_BREAKS = set(`لكن ولكن بينما فيما وفيما حين إلا مضيفا مشيرا مؤكدا لافتا موضحا مبينا`);
