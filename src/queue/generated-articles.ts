/**
 * Small Arabic news articles made from templates, for the queue's tests: six kinds of story (a flood, a rate
 * decision, a match, a hospital opening, exam results, a new bus line), each filled with names, places and
 * numbers drawn from the article's number, so that every article's text, and so its content hash, differs while
 * articles of one kind and place read as one story. Written for Marsad; no sentence comes from a real article.
 */

const CITIES = ['عمّان', 'بيروت', 'القاهرة', 'تونس', 'الرباط', 'بغداد', 'دمشق', 'الدوحة', 'مسقط', 'الخرطوم'];
const PEOPLE = ['أحمد الخطيب', 'سارة المنصور', 'يوسف الحداد', 'ليلى العباسي', 'خالد الزين', 'مريم الشامي', 'عمر النجار', 'هدى القاسم'];
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const TEAMS = ['النجم', 'الاتحاد', 'الشباب', 'الوحدة', 'الرمثا', 'الأهلي'];

export interface GeneratedArticle {
  /** A file name for the article: `0042-flood.txt`. */
  name: string;
  kind: string;
  text: string;
}

type Fill = (i: number) => { title: string; body: string[] };

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

const KINDS: Array<[string, Fill]> = [
  [
    'flood',
    (i) => {
      const city = pick(CITIES, i >> 3);
      return {
        title: `أمطار غزيرة تغمر أحياء في ${city} وإجلاء ${40 + i} عائلة`,
        body: [
          `غمرت مياه الأمطار فجر يوم ${pick(DAYS, i)} ${3 + (i % 20)} شارعاً في ${city}، وأعلن الدفاع المدني إجلاء ${40 + i} عائلة من منازلها.`,
          `وقال ${pick(PEOPLE, i)}، مدير الدفاع المدني في ${city}، إن فرق الإنقاذ تعمل منذ ساعات الفجر لفتح الطرق وسحب المياه.`,
          `وتوقعت دائرة الأرصاد الجوية استمرار الهطول حتى مساء ${pick(DAYS, i + 2)}، ودعت السائقين إلى تجنب الأنفاق.`,
        ],
      };
    },
  ],
  [
    'rates',
    (i) => {
      const rate = (4 + (i % 30) / 10).toFixed(1);
      return {
        title: `البنك المركزي يرفع سعر الفائدة إلى ${rate} بالمئة`,
        body: [
          `قرر البنك المركزي في اجتماعه يوم ${pick(DAYS, i)} رفع سعر الفائدة الرئيسي ربع نقطة إلى ${rate} بالمئة، في خطوة هي الثانية خلال ${pick(MONTHS, i)}.`,
          `وأوضح محافظ البنك ${pick(PEOPLE, i + 1)} أن القرار يهدف إلى كبح التضخم الذي بلغ ${6 + (i % 9)} بالمئة على أساس سنوي.`,
          `وتراجعت أسهم المصارف في البورصة ${1 + (i % 4)} بالمئة بعد الإعلان، فيما توقع محللون زيادة جديدة قبل نهاية العام.`,
        ],
      };
    },
  ],
  [
    'match',
    (i) => {
      const home = pick(TEAMS, i);
      const away = pick(TEAMS, i + 1 + (i % 4));
      return {
        title: `فريق ${home} يفوز على ${away} في الدوري بهدفين`,
        body: [
          `حقق فريق ${home} فوزاً على ضيفه ${away} بنتيجة ${2 + (i % 3)} مقابل ${i % 2} في المباراة التي أقيمت مساء ${pick(DAYS, i)} على ملعب ${pick(CITIES, i)} أمام ${1000 + 37 * i} متفرج.`,
          `وسجل اللاعب ${pick(PEOPLE, i + 3)} الهدف الأول في الدقيقة ${10 + (i % 70)} بعد تمريرة من وسط الملعب.`,
          `وقال مدرب الفريق إن الفوز يقرب ${home} من صدارة الدوري قبل ${3 + (i % 5)} جولات من النهاية.`,
        ],
      };
    },
  ],
  [
    'hospital',
    (i) => {
      const city = pick(CITIES, i >> 2);
      return {
        title: `افتتاح مستشفى جديد بسعة ${100 + i} سرير في ${city}`,
        body: [
          `افتتح وزير الصحة يوم ${pick(DAYS, i)} مستشفى حكومياً جديداً في ${city} يضم ${100 + i} سرير و${8 + (i % 12)} غرف عمليات.`,
          `وقال الوزير ${pick(PEOPLE, i + 2)} إن المستشفى سيخدم نحو ${200 + i} ألف نسمة في المدينة والقرى المحيطة بها.`,
          `وبلغت كلفة البناء ${20 + (i % 40)} مليون دولار، واستغرق العمل فيه ثلاث سنوات.`,
        ],
      };
    },
  ],
  [
    'exams',
    (i) => {
      const pass = 50 + (i % 40);
      return {
        title: `وزارة التربية تعلن نتائج الثانوية العامة بنسبة نجاح ${pass} بالمئة`,
        body: [
          `أعلنت وزارة التربية والتعليم يوم ${pick(DAYS, i)} نتائج امتحانات الثانوية العامة، وبلغت نسبة النجاح ${pass} بالمئة من أصل ${90000 + 13 * i} طالب وطالبة.`,
          `وقالت الوزيرة ${pick(PEOPLE, i + 5)} إن الطلاب يستطيعون الاطلاع على نتائجهم عبر الموقع الإلكتروني للوزارة ابتداء من الساعة ${6 + (i % 6)} مساء.`,
          `وحلت مدرسة في ${pick(CITIES, i)} في المرتبة الأولى على مستوى البلاد للعام ${2 + (i % 3)} على التوالي.`,
        ],
      };
    },
  ],
  [
    'bus',
    (i) => {
      const from = pick(CITIES, i >> 4);
      const to = pick(CITIES, (i >> 4) + 3);
      return {
        title: `إطلاق خط حافلات جديد يربط ${from} بـ${to}`,
        body: [
          `بدأت هيئة النقل العام يوم ${pick(DAYS, i)} تشغيل خط حافلات جديد بين ${from} و${to} بأسطول من ${12 + (i % 30)} حافلة.`,
          `وقال رئيس الهيئة ${pick(PEOPLE, i + 4)} إن الرحلة تستغرق ${90 + (i % 60)} دقيقة وإن سعر التذكرة ${2 + (i % 5)} دنانير.`,
          `وتنطلق الحافلات كل ${15 + (i % 4) * 5} دقيقة من الساعة السادسة صباحاً حتى منتصف الليل.`,
        ],
      };
    },
  ],
];

/** `count` articles, the i-th of kind `i mod 6`; the same count gives the same articles. */
export function generatedArticles(count: number): GeneratedArticle[] {
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, fill] = KINDS[i % KINDS.length]!;
    const { title, body } = fill(i);
    out.push({ name: `${String(i).padStart(4, '0')}-${kind}.txt`, kind, text: `${title}\n\n${body.join('\n\n')}\n` });
  }
  return out;
}
