/**
 * Short articles written for the browser tests (invented people and outlets): two outlets on one meeting of
 * two foreign ministers, dated a day apart; an unrelated one on a book fair; and one whose headline and body
 * carry markup that must stay text. Each is what a person pastes into the upload page.
 */
export interface PastedArticle {
  title: string;
  outlet: string;
  /** As the page's date input takes it. */
  published: string;
  text: string;
}

/** The quote the first outlet prints, word for word, inside «». */
export const MEETING_QUOTE = 'الأمن المائي أولوية مشتركة لبلدينا ولن نقبل المساس به';

export const MEETING_FIRST: PastedArticle = {
  title: 'وزيرا خارجية مصر والأردن يبحثان في القاهرة أزمة المياه',
  outlet: 'صحيفة الضفتين',
  published: '2025-03-10',
  text: `وزيرا خارجية مصر والأردن يبحثان في القاهرة أزمة المياه
القاهرة - التقى وزير الخارجية المصري كريم منصور نظيره الأردني سليم الحديدي في القاهرة يوم الأحد 9 مارس 2025، وبحث الجانبان شح المياه في المنطقة والمبادرة الأميركية لخفض التصعيد.
وكان الوزيران قد اجتمعا في عمّان في 12 يناير 2025 وبحثا التعاون في مشروعات الطاقة المتجددة وتبادل الخبرات في إدارة السدود.
وتعاني الدولتان من تراجع حصة الفرد من المياه العذبة عاماً بعد عام، مع ازدياد عدد السكان وتكرار مواسم الجفاف وارتفاع درجات الحرارة في الصيف.
ويرى مراقبون أن ملف المياه بات يتقدم على ملفات التجارة والاستثمار في علاقات البلدين، بعد أن كانت اللقاءات السابقة تركز على المعابر وحركة الشاحنات.
وتستورد المملكة جزءاً من حاجتها من الكهرباء، فيما تملك مصر فائضاً في إنتاج الطاقة تسعى إلى تصديره إلى دول الجوار عبر شبكات الربط.
وأضاف منصور أن البلدين سيوقعان اتفاقاً للربط الكهربائي في 20 أبريل 2025 بعد استكمال الدراسات الفنية.
وقال منصور في مؤتمر صحفي عقب اللقاء: «${MEETING_QUOTE}».
`,
};

export const MEETING_SECOND: PastedArticle = {
  title: 'تنسيق مصري أردني بشأن المياه والطاقة',
  outlet: 'موقع المرصد العربي',
  published: '2025-03-09',
  text: `تنسيق مصري أردني بشأن المياه والطاقة
عمّان - أجرى وزير الخارجية الأردني سليم الحديدي محادثات مع نظيره المصري كريم منصور في القاهرة يوم الأحد 9 مارس 2025، تناولت أزمة المياه ومقترحاً أميركياً للتهدئة.
وقال الحديدي إن اللقاء «كان صريحاً ومثمراً»، مشيراً إلى أن الجانبين اتفقا على توقيع اتفاق للربط الكهربائي الشهر المقبل.
وأوضح أن وفداً فنياً من البلدين سيجتمع في العقبة في 25 مارس 2025 لمتابعة ملف المياه وللوساطة في خلافات التمويل.
`,
};

export const BOOK_FAIR: PastedArticle = {
  title: 'افتتاح معرض تونس للكتاب بمشاركة مئتي دار نشر',
  outlet: 'جريدة المغرب الثقافي',
  published: '2025-03-11',
  text: `افتتاح معرض تونس للكتاب بمشاركة مئتي دار نشر
تونس - افتتحت وزيرة الثقافة التونسية ليلى القاسمي يوم الثلاثاء 11 مارس 2025 معرض تونس الدولي للكتاب بمشاركة مئتي دار نشر من عشرين دولة.
وقالت القاسمي إن المعرض يستمر عشرة أيام ويشمل ندوات عن القراءة والترجمة وأدب الأطفال.
`,
};

/** Markup that would run if any of it reached the page as HTML. */
export const IMG_PAYLOAD = '<img src=x onerror=window.__pwned=1>';
export const SCRIPT_PAYLOAD = '</script><script>window.__pwned=2</script>';

export const HOSTILE: PastedArticle = {
  title: `بيان البلدية ${IMG_PAYLOAD}`,
  outlet: `إذاعة المدينة ${SCRIPT_PAYLOAD}`,
  published: '2025-03-12',
  text: `بيان البلدية ${IMG_PAYLOAD}
أعلنت بلدية المدينة يوم الأربعاء 12 مارس 2025 إغلاق الشارع الرئيسي أسبوعاً لأعمال الصيانة ${SCRIPT_PAYLOAD}.
وقال رئيس البلدية إن «الأعمال ستنتهي قبل العيد ${IMG_PAYLOAD}».
`,
};
