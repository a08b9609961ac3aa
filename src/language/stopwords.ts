/**
 * Function words of news Arabic that carry no topic: prepositions, conjunctions, pronouns, auxiliaries and the
 * reporting verbs every article uses. Kept normalised (see normalize.ts), compared after clitic splitting.
 */
import { normalize } from './normalize.js';

const WORDS = `
في من على إلى الى عن مع بين حول خلال منذ عند لدى حتى ضد نحو عبر دون بعد قبل أمام وراء فوق تحت ضمن لكن لكنه
لكنها غير سوى إلا أو أم ثم بل قد لقد لم لن لا ما ماذا لماذا كيف أين متى هل إن أن إنه أنه إنها أنها كان كانت كانوا
يكون تكون يكونوا ليس ليست هذا هذه ذلك تلك هؤلاء أولئك الذي التي الذين اللذين اللتين اللواتي هو هي هم هن نحن
أنا أنت أنتم هما كل بعض أي أية جميع كلا كلتا عدة عدد أيضا كما إذ إذا لو حيث بينما فيما عندما كذلك وهو وهي وهم
قال قالت يقول تقول أضاف أضافت أكد أكدت أوضح أوضحت أشار أشارت ذكر ذكرت تابع وقال وقالت وأضاف وأكد وأوضح وأشار
وذكر مضيفا مشيرا مؤكدا موضحا لافتا مبينا قائلا اليوم أمس غدا الذي له لها لهم به بها بهم فيه فيها منه منها عليه
عليها إليه إليها عنه عنها يمكن تم يتم جرى وفق وفقا بحسب حسب إطار أجل شأن بشأن جانب الجانب لدى سيكون ستكون
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean).map(normalize));

/**
 * Whether a text writes the preposition على with its alif maqsura: there a bare علي, written so, is the name Ali
 * (عضو اللجنة علي البنداوي), not the preposition typed with ي as many outlets type it.
 */
export function writesAlaWithMaqsura(text: string): boolean {
  return /(^|[\s«"(])على(?=[\s»")،,.]|$)/.test(text);
}
