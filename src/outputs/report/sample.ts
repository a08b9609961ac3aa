/**
 * A small dossier built by hand (three short articles written for it, by three outlets), with every kind of
 * story result, for the report's tests and for looking at the page. Offsets are found in the texts, so every
 * mention is exact by construction.
 */
import { DOSSIER_SCHEMA, type Dossier, type DossierDocument, type Mention } from '../dossier.js';

export interface SampleArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  publishedBy: string | null;
  /** The whole decoded source; the headline is its first line after the furniture line. */
  source: string;
  furniture: string;
  title: string;
}

export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    id: 'wadi-1',
    outlet: 'صحيفة الوادي',
    published: '2025-03-03',
    publishedBy: 'stamp',
    furniture: 'الرئيسية | أخبار | رياضة',
    title: 'وزيرا الخارجية يتفقان على استئناف الحوار بعد لقاء في العاصمة',
    source: [
      'الرئيسية | أخبار | رياضة',
      'وزيرا الخارجية يتفقان على استئناف الحوار بعد لقاء في العاصمة',
      'التقى وزير الخارجية سامر الخطيب نظيره رامي النجار في العاصمة يوم الاثنين 3 مارس 2025، وأعلن الجانبان اتفاقهما على استئناف الحوار المتوقف منذ عامين.',
      'وقال الخطيب: "الباب مفتوح أمام كل الحلول التي تحفظ مصالح الشعبين".',
      'وفي الخارج أصيب 12 شخصاً خلال احتجاجات نظمها معارضون للحوار أمام مقر الاجتماع.',
      'وتعهدت الحكومة بالإفراج عن 40 معتقلاً قبل نهاية الشهر.',
    ].join('\n'),
  },
  {
    id: 'madar-1',
    outlet: 'شبكة المدار',
    published: '2025-03-04',
    publishedBy: 'stamp',
    furniture: 'شارك الخبر',
    title: 'لقاء الخطيب والنجار: اتفاق هش وسط احتجاجات غاضبة',
    source: [
      'لقاء الخطيب والنجار: اتفاق هش وسط احتجاجات غاضبة',
      'عقد الوزير سامر الخطيب لقاءً مع رامي النجار يوم الاثنين، في جولة وصفها مراقبون بأنها مسرحية جديدة من المراوغة.',
      'ونقلت وكالة رويترز عن النجار قوله إن بلاده "لن تقبل بشروط مسبقة".',
      'وأفادت مصادر طبية بإصابة 15 شخصاً في الاحتجاجات التي رافقت اللقاء.',
      'وتعهدت الحكومة بالإفراج عن 40 معتقلاً.',
      'شارك الخبر',
    ].join('\n'),
  },
  {
    id: 'sahil-1',
    outlet: null,
    published: '2025-03-05',
    publishedBy: 'inferred:events',
    furniture: '',
    title: 'المعارضة تهدد بالتصعيد إذا مضت الحكومة في الحوار',
    source: [
      'المعارضة تهدد بالتصعيد إذا مضت الحكومة في الحوار',
      'هددت قوى المعارضة بتنظيم اعتصام مفتوح إذا واصلت الحكومة الحوار دون استفتاء شعبي.',
    ].join('\n'),
  },
];

/** The mention of the `n`-th occurrence of `text` in an article's source. */
export function find(article: SampleArticle, text: string, n = 1): Mention {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = article.source.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" is not in ${article.id}`);
  }
  return { doc: article.id, start: at, end: at + text.length, text };
}

function document(a: SampleArticle): DossierDocument {
  const bodyStart = a.source.indexOf(a.title);
  const lines = a.source.slice(bodyStart).split('\n').filter((l) => l !== a.furniture);
  const last = lines[lines.length - 1]!;
  return {
    id: a.id,
    source: `/corpus/${a.id}.txt`,
    // the article ends with its last paragraph: furniture after it lies outside
    span: [bodyStart, a.source.lastIndexOf(last) + last.length],
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    body: lines.join('\n'),
    evidence: {
      title: { by: 'headline', mention: find(a, a.title) },
      outlet: a.outlet ? { by: 'self-reference', mention: null } : null,
      published: a.publishedBy ? { by: a.publishedBy, mention: null } : null,
    },
    furniture: a.furniture ? [{ ...find(a, a.furniture), kind: 'ui' }] : [],
    encoding: 'utf-8',
  };
}

export function sampleSourceTexts(articles = SAMPLE_ARTICLES): Map<string, string> {
  return new Map(articles.map((a) => [a.id, a.source]));
}

export function sampleDossier(articles = SAMPLE_ARTICLES): Dossier {
  const [w, m, s] = articles as [SampleArticle, SampleArticle, SampleArticle];
  return {
    schema: DOSSIER_SCHEMA,
    generator: { name: 'marsad', version: 'test' },
    documents: articles.map(document),
    entities: [
      { id: 'p1', type: 'PERSON', name: 'سامر الخطيب', variants: ['سامر الخطيب', 'الخطيب'], roles: ['وزير الخارجية'], mentions: [find(w, 'سامر الخطيب'), find(w, 'الخطيب', 2), find(m, 'سامر الخطيب')] },
      { id: 'p2', type: 'PERSON', name: 'رامي النجار', variants: ['رامي النجار', 'النجار'], roles: [], mentions: [find(w, 'رامي النجار'), find(m, 'رامي النجار'), find(m, 'النجار', 3)] },
      { id: 'o1', type: 'ORG', name: 'رويترز', variants: ['وكالة رويترز'], roles: [], mentions: [find(m, 'وكالة رويترز')] },
    ],
    times: [{ ...find(w, 'يوم الاثنين 3 مارس 2025'), value: '2025-03-03' }],
    quotes: [
      { ...find(w, 'الباب مفتوح أمام كل الحلول التي تحفظ مصالح الشعبين'), speaker: { entity: 'p1', text: 'الخطيب' }, cue: 'قال', direct: true, via: [] },
      { ...find(m, 'لن تقبل بشروط مسبقة'), speaker: { entity: 'p2', text: 'النجار' }, cue: 'قوله', direct: true, via: ['رويترز'] },
      { ...find(s, 'بتنظيم اعتصام مفتوح إذا واصلت الحكومة الحوار دون استفتاء شعبي'), speaker: { entity: null, text: 'قوى المعارضة' }, cue: 'هددت', direct: false, via: [] },
    ],
    stories: [
      {
        id: 'story-1',
        title: w.title,
        documents: [w.id, m.id, s.id],
        events: [
          { id: 'ev1', type: 'CONSULT', mode: 'visit', date: { value: '2025-03-03' }, summary: 'لقاء الخطيب والنجار في العاصمة', actors: ['p1', 'p2'], mentions: [find(w, 'التقى وزير الخارجية'), find(m, 'عقد الوزير سامر الخطيب لقاءً')] },
          { id: 'ev2', type: 'AGREE', date: { value: '2025-03-03' }, summary: 'اتفاق على استئناف الحوار', actors: ['p1', 'p2'], mentions: [find(w, 'اتفاقهما على استئناف الحوار')] },
          { id: 'ev3', type: 'PROTEST', date: { value: '2025-03-03' }, summary: 'احتجاجات أمام مقر الاجتماع', actors: [], mentions: [find(w, 'احتجاجات نظمها معارضون'), find(m, 'الاحتجاجات التي رافقت اللقاء')] },
          { id: 'ev4', type: 'THREATEN', date: { value: '2025-03-05' }, summary: 'المعارضة تهدد باعتصام مفتوح', actors: [], mentions: [find(s, 'هددت قوى المعارضة')] },
          { id: 'ev5', type: 'REJECT', date: { value: null }, summary: 'رفض الشروط المسبقة', actors: ['p2'], mentions: [find(m, 'لن تقبل بشروط مسبقة')] },
        ],
        quantities: [
          { value: 12, unit: 'شخص', subject: 'المصابون في الاحتجاجات', consistent: false, mentions: [find(w, '12 شخصاً'), find(m, '15 شخصاً')] },
          { value: 40, unit: 'معتقل', subject: 'المفرج عنهم', consistent: true, mentions: [find(w, '40 معتقلاً'), find(m, '40 معتقلاً')] },
        ],
        commitments: [{ party: 'الحكومة', text: 'الإفراج عن 40 معتقلاً قبل نهاية الشهر', status: 'announced', mentions: [find(w, 'وتعهدت الحكومة بالإفراج'), find(m, 'وتعهدت الحكومة بالإفراج')] }],
        outlets: [
          { name: 'صحيفة الوادي', documents: [w.id], tone: 0.1, markers: [] },
          { name: 'شبكة المدار', documents: [m.id], tone: -0.55, markers: [find(m, 'مسرحية'), find(m, 'المراوغة'), find(m, 'غاضبة')] },
        ],
        reuse: [{ a: w.id, b: m.id, score: 0.42 }],
        summary: [
          { text: 'اتفق وزيرا الخارجية على استئناف الحوار بعد لقاء في العاصمة.', cites: [find(w, 'اتفاقهما على استئناف الحوار'), find(m, 'عقد الوزير سامر الخطيب لقاءً')] },
          { text: 'اختلفت المنابر في عدد مصابي الاحتجاجات بين 12 و15.', cites: [find(w, '12 شخصاً'), find(m, '15 شخصاً')] },
        ],
        contradictions: [],
      },
    ],
    messages: [],
  };
}
