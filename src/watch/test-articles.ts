/**
 * For tests: short Arabic news pages written for these tests, and feeds listing them.
 */

export interface TestArticle {
  path: string;
  title: string;
  paragraphs: string[];
  canonical?: string;
}

export const ARTICLES: Record<'port' | 'rain' | 'school' | 'bridge', TestArticle> = {
  port: {
    path: '/news/port-expansion',
    title: 'افتتاح المرحلة الأولى من توسعة ميناء العقبة',
    paragraphs: [
      'افتتح وزير النقل الأردني صباح الأحد المرحلة الأولى من مشروع توسعة ميناء العقبة بكلفة بلغت مئة وعشرين مليون دينار.',
      'وقال الوزير في كلمة خلال الحفل إن المشروع سيرفع طاقة الميناء إلى مليوني حاوية سنوياً بحلول نهاية العام المقبل.',
      'وأضاف أن المرحلة الثانية ستبدأ في الربيع القادم وتشمل إنشاء رصيف جديد للسفن الكبيرة ومستودعات للتبريد.',
    ],
  },
  rain: {
    path: '/news/heavy-rain',
    title: 'أمطار غزيرة تغلق طرقاً رئيسية في عمّان',
    paragraphs: [
      'أغلقت الأمطار الغزيرة التي هطلت مساء السبت عدداً من الطرق الرئيسية في العاصمة عمّان وتسببت في ازدحام شديد.',
      'وأعلنت مديرية الدفاع المدني أنها تعاملت مع أكثر من ثلاثمئة بلاغ عن تجمعات مياه خلال ست ساعات.',
      'ودعت دائرة الأرصاد الجوية المواطنين إلى تجنب الأودية والمناطق المنخفضة حتى صباح الاثنين.',
    ],
  },
  school: {
    path: '/articles/school-year',
    title: 'وزارة التربية تعلن موعد بدء العام الدراسي',
    paragraphs: [
      'أعلنت وزارة التربية والتعليم أن العام الدراسي الجديد سيبدأ في الأول من أيلول لجميع المدارس الحكومية والخاصة.',
      'وأوضح الناطق باسم الوزارة أن الكتب المدرسية ستوزع على الطلبة قبل أسبوع من بدء الدوام.',
      'وأشار إلى أن الوزارة عينت ألفي معلم جديد لسد النقص في المدارس النائية.',
    ],
  },
  bridge: {
    path: '/articles/bridge-reopened',
    title: 'إعادة فتح جسر الملك حسين أمام المسافرين',
    paragraphs: [
      'أعادت السلطات فتح جسر الملك حسين أمام حركة المسافرين صباح الخميس بعد إغلاق استمر ثلاثة أيام.',
      'وقال مدير الجسر إن نحو أربعة آلاف مسافر عبروا في الساعات الأولى بعد إعادة الفتح.',
      'وأكد أن ساعات العمل ستمدد مؤقتاً حتى منتصف الليل لاستيعاب الأعداد المتزايدة.',
    ],
  },
};

export function articleHtml(a: TestArticle, opts: { charset?: string; canonical?: string; outlet?: string } = {}): string {
  const canonical = opts.canonical ?? a.canonical;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="${opts.charset ?? 'utf-8'}"><title>${a.title}</title>
${canonical ? `<link rel="canonical" href="${canonical}">` : ''}<meta property="og:site_name" content="${opts.outlet ?? 'صحيفة الاختبار'}"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>${a.title}</h1>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>جميع الحقوق محفوظة</footer></body></html>`;
}

export function rssFeed(base: string, items: Array<{ path: string; title: string; pubDate?: string }>): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>أخبار الاختبار</title><link>${base}/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${base}${i.path}</link>${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}<guid isPermaLink="false">${i.path}</guid></item>`).join('\n')}
</channel></rss>`;
}

export function atomFeed(base: string, entries: Array<{ path: string; title: string; published?: string }>): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موجز الاختبار</title><id>urn:test:atom</id>
${entries.map((e) => `<entry><title>${e.title}</title><id>urn:test:${e.path}</id><link rel="alternate" type="text/html" href="${base}${e.path}"/>${e.published ? `<published>${e.published}</published>` : ''}</entry>`).join('\n')}
</feed>`;
}
