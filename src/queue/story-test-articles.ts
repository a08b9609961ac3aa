/**
 * Articles written for the story tests of the queue (no sentence comes from a real article): three stories told
 * by three outlets — a ministerial visit with an agreement, which one outlet reports undated ("أمس الاثنين", so
 * the story re-dates it), a port strike, and a library opening told once.
 */
import type { Source } from '../model/document.js';

interface Written {
  origin: string;
  outlet: string;
  published: string | null;
  text: string;
}

const WRITTEN: Written[] = [
  {
    origin: 'madar-visit.txt',
    outlet: 'صحيفة المدار',
    published: '2025-03-11',
    text: 'وزير الري العراقي يزور عمّان ويوقع اتفاقاً لتقاسم مياه الأحواض المشتركة\nزار وزير الموارد المائية العراقي العاصمة الأردنية عمّان يوم الاثنين 10 آذار 2025، والتقى وزير المياه الأردني في مقر الوزارة.\nووقع الوزيران اتفاقاً لتبادل بيانات الأحواض الجوفية المشتركة وتنظيم حفر الآبار قرب الحدود.\nوقال وزير المياه الأردني إن الاتفاق يضع حداً لسنوات من الخلاف حول الحصص.',
  },
  {
    origin: 'sahel-visit.txt',
    outlet: 'إذاعة السهل',
    published: null,
    text: 'اتفاق أردني عراقي على المياه الجوفية\nوكان وزير الموارد المائية العراقي قد زار عمّان أمس الاثنين، ووقع مع وزير المياه الأردني اتفاقاً لتبادل بيانات الأحواض الجوفية المشتركة.\nوينص الاتفاق على لجنة فنية تجتمع كل ثلاثة أشهر لمتابعة مستوى المياه في الآبار الحدودية.',
  },
  {
    origin: 'rafidain-visit.txt',
    outlet: 'وكالة الرافدين',
    published: '2025-03-10',
    text: 'الوزير العراقي في الأردن لبحث ملف المياه\nوصل وزير الموارد المائية العراقي إلى عمّان اليوم الاثنين في زيارة رسمية يبحث خلالها مع وزير المياه الأردني ملف الأحواض الجوفية المشتركة.\nوأكد الوزير العراقي أن بلاده ترفض أي حفر جديد للآبار قرب الحدود قبل توقيع الاتفاق.',
  },
  {
    origin: 'madar-strike.txt',
    outlet: 'صحيفة المدار',
    published: '2025-04-02',
    text: 'عمال ميناء العقبة يضربون عن العمل احتجاجاً على تأخر الرواتب\nأضرب نحو 600 عامل في ميناء العقبة عن العمل يوم الثلاثاء 1 نيسان 2025 احتجاجاً على تأخر صرف رواتبهم لشهرين.\nوتوقفت عمليات تفريغ السفن في الأرصفة الجنوبية، وقالت نقابة العاملين في الموانئ إن الإضراب مستمر حتى صرف المستحقات.',
  },
  {
    origin: 'sahel-strike.txt',
    outlet: 'إذاعة السهل',
    published: '2025-04-02',
    text: 'إضراب في ميناء العقبة\nنفذ مئات العمال في ميناء العقبة إضراباً شاملاً يوم الثلاثاء للمطالبة برواتبهم المتأخرة.\nوطالبت نقابة العاملين في الموانئ إدارة الشركة بصرف الرواتب خلال أسبوع، وهددت بتوسيع الإضراب إلى الموانئ الأخرى.',
  },
  {
    origin: 'rafidain-strike.txt',
    outlet: 'وكالة الرافدين',
    published: '2025-04-03',
    text: 'إدارة ميناء العقبة تعد بصرف الرواتب\nأعلنت إدارة ميناء العقبة الأربعاء أنها ستصرف رواتب العمال المضربين خلال خمسة أيام.\nوكان نحو 600 عامل قد أضربوا عن العمل الثلاثاء احتجاجاً على تأخر رواتبهم، ما أوقف تفريغ السفن في الأرصفة الجنوبية.',
  },
  {
    origin: 'madar-library.txt',
    outlet: 'صحيفة المدار',
    published: '2025-05-20',
    text: 'افتتاح مكتبة عامة جديدة في إربد\nافتتح محافظ إربد يوم الاثنين 19 أيار 2025 مكتبة عامة جديدة تضم أكثر من 40 ألف كتاب وقاعة للأطفال.\nوقال مدير المكتبة إن أبوابها ستفتح يومياً من التاسعة صباحاً حتى التاسعة مساء.',
  },
];

/** The articles as sources (declared outlet and, where known, publication date), ids `w1`… */
export function storyTestSources(): Source[] {
  return WRITTEN.map((w, i) => ({
    id: `w${i + 1}`,
    origin: w.origin,
    text: w.text,
    format: 'text' as const,
    declared: { outlet: w.outlet, ...(w.published ? { published: w.published } : {}) },
    messages: [],
  }));
}

/** A page of the same visit in HTML, for the rebuild of a page whose cleaning drops markup and furniture. */
export const VISIT_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>وزير عراقي في عمّان | موقع الجسر</title>
<meta property="og:site_name" content="موقع الجسر"><meta property="article:published_time" content="2025-03-10T18:00:00+03:00"></head>
<body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>وزير عراقي في عمّان لبحث المياه الجوفية</h1>
<p>بحث وزير الموارد المائية العراقي في عمّان يوم الاثنين مع وزير المياه الأردني تبادل بيانات الأحواض الجوفية.</p>
<p>وقال الوزير الأردني إن الجانبين اتفقا على لجنة فنية مشتركة.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`;
