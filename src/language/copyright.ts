/**
 * The holder a copyright line names: «جميع الحقوق محفوظة لموقع الشروق نت»، «© 2024 بوابة النهار»، «Copyright ©
 * 2024 Al Masdar». The kind of publication before the name (موقع، صحيفة …) and the years are left out; a name has
 * one to four words, and the bare formula (© جميع الحقوق محفوظة 2024) names none.
 */
const COPYRIGHT_HOLDER =
  /(?:©|حقوق\s+(?:النشر|الطبع)?\s*محفوظة)\s*(?:\d{4}\s*[-–]?\s*)?(?:\d{4}\s*)?(?:ل[ـ]?\s*)?(?:(?:موقع|صحيفة|جريدة|شبكة|قناة|مجلة|وكالة)\s+)?([\p{L}][\p{L}\s]{1,40}?)\s*(?:$|[\n©|.,،\d(])/u;
const HOLDER_WORDS = 4;
/** First words of the formula itself, not of a name. */
const NOT_HOLDER = new Set(['جميع', 'كل', 'الحقوق', 'حقوق', 'محفوظة', 'all', 'rights', 'copyright']);

export function holderOf(line: string): string | null {
  const name = COPYRIGHT_HOLDER.exec(line)?.[1]?.trim();
  if (!name) return null;
  const words = name.split(/\s+/);
  return words.length <= HOLDER_WORDS && !NOT_HOLDER.has(words[0]!.toLowerCase()) ? name : null;
}
