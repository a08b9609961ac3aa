/**
 * Lexical cues of page furniture in Arabic (and the Latin that Arabic sites leave in their templates). They are
 * one signal among several: a line is furniture when its cue agrees with its shape (short, unpunctuated) and its
 * place (around the headline, after the article's last paragraph). Entries are normalised on load, so spelling
 * variants (أيضا/أيضاً، آخر/أخر) need not be listed twice.
 */
import { foldForComparison } from '../../language/normalize.js';

const fold = (xs: string[]) => new Set(xs.map(foldForComparison));

/** Buttons and menus: a line that is only these words is never article text. */
export const UI_WORDS = fold([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'email', 'e-mail', 'print', 'share', 'tweet',
  'search', 'menu', 'home', 'close', 'close this search box', 'skip to content', 'pinterest', 'reddit', 'copy link',
  'messenger', 'instagram', 'youtube', 'tiktok', 'snapchat', 'google news', 'rss', 'login', 'subscribe',
  'فيسبوك', 'فيس بوك', 'تويتر', 'واتساب', 'واتس اب', 'تلغرام', 'تيليجرام', 'لينكدإن', 'انستغرام', 'يوتيوب',
  'شارك', 'شاركها', 'مشاركة', 'شارك الخبر', 'شارك المقال', 'شارك على', 'شارك عبر', 'شاركها على', 'شاركها عبر',
  'مشاركة على', 'مشاركة عبر', 'شارك هذا', 'شارك هذا الخبر', 'شارك هذا المقال', 'شارك الخبر على', 'share on', 'share via',
  'share this', 'طباعة', 'اطبع', 'أرسل', 'إرسال', 'بريد إلكتروني',
  'نسخ الرابط', 'انسخ الرابط', 'تم نسخ الرابط', 'الرابط المختصر', 'حجم الخط', 'تكبير الخط', 'تصغير الخط',
  'القائمة', 'الرئيسية', 'الصفحة الرئيسية', 'بحث', 'ابحث', 'إغلاق', 'أغلق', 'تابعنا', 'تابعونا', 'تابعنا على',
  'اشترك', 'اشترك الآن', 'تسجيل الدخول', 'استمع', 'استمع إلى المقال', 'استمع للمقال', 'شاهد', 'مباشر', 'بث مباشر',
  'الوضع الليلي', 'الوضع المظلم', 'عاجل', 'تعليقات', 'أضف تعليق', 'أضف تعليقك', 'كلمات مفتاحية', 'الوسوم',
  'وسوم', 'مواضيع', 'المصدر', 'play', 'play-circle', 'video', 'فيديو', 'صور', 'ألبوم', 'tt', 'aa',
]);

/**
 * Names sites give their sections, as a breadcrumb or a label above the headline shows them (الأخبار › سياسة):
 * never the outlet's name, never article text when a line is only these.
 */
export const SECTION_NAMES = fold([
  'أخبار', 'الأخبار', 'خبر', 'الخبر', 'أخبار عاجلة', 'آخر الأخبار', 'سياسة', 'السياسة', 'سياسي', 'اقتصاد', 'الاقتصاد',
  'اقتصادي', 'مال وأعمال', 'أعمال', 'رياضة', 'الرياضة', 'ثقافة', 'الثقافة', 'ثقافة وفنون', 'فن', 'فنون', 'منوعات',
  'محليات', 'محلي', 'محلية', 'دولي', 'دولية', 'دوليات', 'عربي', 'عربية', 'عربي ودولي', 'عربي وعالمي', 'عالمي',
  'العالم', 'العالم العربي', 'الوطن العربي', 'شؤون عربية', 'شؤون دولية', 'تقارير', 'تقرير', 'تحقيقات', 'تحقيق',
  'مقالات', 'مقال', 'رأي', 'الرأي', 'آراء', 'مقالات الرأي', 'صحة', 'الصحة', 'تكنولوجيا', 'تقنية', 'علوم', 'مجتمع',
  'حوادث', 'برلمان', 'البرلمان', 'أمن', 'أمن ودفاع', 'عسكري', 'خليجي', 'الخليج', 'ملفات', 'ملف', 'حوارات', 'حوار',
  'مقابلات', 'ترجمات', 'متابعات', 'تحليلات', 'تحليل', 'قضايا', 'شؤون', 'المحافظات', 'انتخابات', 'news', 'politics',
  'world', 'economy', 'sport', 'sports', 'opinion',
]);

/** Headings that open a block of links to other articles. */
export const RELATED_CUES = fold([
  'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'مواد ذات صلة', 'قصص ذات صلة', 'ذات صلة', 'اقرأ أيضا',
  'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ كذلك', 'أقرأ أيضا', 'أخبار متعلقة', 'مقالات متعلقة', 'أخبار مشابهة',
  'المزيد من الأخبار', 'المزيد من المقالات', 'مزيد من الأخبار', 'المزيد', 'الأكثر قراءة', 'الأكثر مشاهدة',
  'الأكثر تداولا', 'الأكثر شعبية', 'آخر الأخبار', 'أخر الاخبار', 'أحدث الأخبار', 'الأخبار الأخيرة',
  'قد يعجبك أيضا', 'قد يهمك أيضا', 'قد يهمك', 'شاهد أيضا', 'شاهد أيضاً', 'ننصحك بقراءة', 'عناوين أخرى',
  'أخبار أخرى', 'مقالات أخرى', 'من نفس القسم', 'في نفس السياق', 'related', 'related articles', 'read more',
  'read also', 'more stories', 'you may also like', 'trending',
]);

/** Whether a unit of text is, all of it, the heading of a related-articles block. */
export function isRelatedCue(text: string): boolean {
  return RELATED_CUES.has(foldForComparison(text));
}

/** Footer lines and "load more" buttons: where a page's article has certainly ended. */
export const FOOTER_CUES = fold([
  'جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع محفوظة',
  'من نحن', 'اتصل بنا', 'تواصل معنا', 'أعلن معنا', 'سياسة الخصوصية', 'شروط الاستخدام', 'شروط الخدمة',
  'النشرة البريدية', 'اشترك في النشرة البريدية', 'تحميل المزيد', 'عرض المزيد', 'المزيد من القصص', 'هيئة التحرير',
  'all rights reserved', 'privacy policy', 'terms of use', 'contact us', 'about us', 'load more', 'copyright',
]);

/** Labels of a publication stamp (تم النشر: …) and of an update stamp, which is not the publication date. */
export const PUBLISHED_LABELS = ['تم النشر', 'نشر في', 'نشر بتاريخ', 'تاريخ النشر', 'نشر', 'نُشر', 'published', 'posted', 'posted on', 'date'];
export const UPDATED_LABELS = ['تم التحديث', 'آخر تحديث', 'اخر تحديث', 'تاريخ التحديث', 'حدث في', 'تحديث', 'محدث', 'updated', 'last updated', 'modified'];

/** Generic credits in datelines (وكالات - الموقع:), never an outlet's name. */
export const GENERIC_CREDITS = fold([
  'وكالات', 'الوكالات', 'وكالات الأنباء', 'متابعات', 'متابعة', 'خاص', 'خاص ب', 'تقرير', 'ترجمة', 'ترجمات',
  'المحرر', 'محرر', 'التحرير', 'فريق التحرير', 'رصد', 'مراسلون', 'مراسل', 'agencies', 'staff', 'editor',
]);
