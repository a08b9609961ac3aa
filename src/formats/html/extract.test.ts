import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture } from '../../testing/fixtures.js';
import { decodeBytes } from '../charset/index.js';
import { extractHtml } from './index.js';

/** A fixture as the engine reads it: bytes decoded first, then extracted. */
function page(name: string): { html: string; result: ReturnType<typeof extractHtml> } {
  const html = decodeBytes(readFixture(name), { html: true }).text;
  return { html, result: extractHtml(html) };
}

const PARAGRAPHS = [
  'افتتحت مصر رسميا المتحف المصري الكبير في محافظة الجيزة',
  'ويضم المتحف، الذي يقدمه القائمون عليه',
  'وللمرة الأولى منذ اكتشاف مقبرة الملك توت عنخ آمون عام 1922',
  'وقال مسؤول في وزارة السياحة والآثار',
  'وتراهن الحكومة على أن يجذب المتحف ملايين الزوار سنويا',
];

test('the article keeps its headline, caption and paragraphs in reading order, and nothing else', () => {
  const { result } = page('html/lying-meta-1256.html');
  const texts = result.blocks.map((b) => b.view.text);
  assert.deepEqual(
    result.blocks.map((b) => b.role),
    ['title', 'caption', 'text', 'text', 'text', 'text', 'text'],
  );
  assert.equal(texts[0], 'المتحف المصري الكبير يفتح أبوابه للزوار بعد عقدين من البناء');
  assert.ok(texts[1]!.startsWith('تمثال الملك رمسيس الثاني'));
  PARAGRAPHS.forEach((start, i) => assert.ok(texts[i + 2]!.startsWith(start), `paragraph ${i + 1}`));
  const all = texts.join('\n');
  for (const junk of ['الرئيسية', 'مقالات الرأي', 'ابحث', 'شارك على فيسبوك', 'واتساب', 'اقرأ أيضا', 'ارتفاع أعداد زوار', 'متاحف', 'جميع الحقوق محفوظة', 'سياسة الخصوصية', 'dataLayer', 'font-family']) {
    assert.ok(!all.includes(junk), `"${junk}" should have been dropped`);
  }
});

test('character references and whitespace come out decoded and collapsed, each mapped to its markup', () => {
  const { html, result } = page('html/lying-meta-1256.html');
  const quote = result.blocks.find((b) => b.view.text.startsWith('وقال مسؤول'))!.view;
  assert.ok(quote.text.includes('المتحف "نافذة جديدة على الحضارة المصرية"،'));
  const amp = quote.text.indexOf('أوراسكوم & بيسكس') + 'أوراسكوم '.length;
  const [a, b] = quote.toSource(amp, amp + 1);
  assert.equal(html.slice(a, b), '&amp;');

  const year = result.blocks.find((b) => b.view.text.startsWith('وللمرة الأولى'))!.view;
  assert.ok(year.text.includes('توت عنخ آمون عام 1922،'));
  const space = year.text.indexOf('عام 1922') + 'عام'.length;
  assert.equal(html.slice(...year.toSource(space, space + 1)), '&nbsp;');

  const last = result.blocks.find((b) => b.view.text.startsWith('وتراهن'))!.view;
  assert.ok(last.text.includes('يجذب المتحف ملايين'), 'line break and indentation collapse to one space');
  assert.ok(last.text.endsWith('في البلاد.'), 'the block is trimmed');
  const gap = last.text.indexOf('المتحف ملايين') + 'المتحف'.length;
  assert.match(html.slice(...last.toSource(gap, gap + 1)), /^\n +$/);
});

test('title, outlet, date, canonical URL and language come from the page metadata', () => {
  const { html, result } = page('html/article-utf8.html');
  assert.deepEqual(result.meta, {
    outlet: 'صحيفة الوادي',
    published: '2025-11-02',
    url: 'https://alwadi-news.example/culture/2025/11/02/grand-egyptian-museum-opens',
    lang: 'ar',
  });
  const title = result.title!;
  assert.equal(title.text, 'المتحف المصري الكبير يفتح أبوابه للزوار بعد عقدين من البناء');
  // og:title and the h1 agree, so the span is the visible headline's, inside <h1>.
  assert.equal(html.slice(title.span.start, title.span.end), title.text);
  assert.match(html.slice(title.span.start - 30, title.span.start), /<h1 class="story-title">$/);
  assert.deepEqual(result.messages, []);
});

test('an old-style page: headline from h1, outlet from application-name, date from itemprop', () => {
  const { html, result } = page('html/declared-1256-actually-utf8.html');
  assert.equal(result.title?.text, 'أمطار غزيرة ورياح نشطة على الإسكندرية مع بداية نوة جديدة');
  assert.equal(html.slice(result.title!.span.start, result.title!.span.end), result.title!.text);
  assert.deepEqual(result.meta, {
    outlet: 'بوابة الساحل',
    published: '2025-12-14',
    url: 'https://sahel-portal.example/news/local/alexandria-storm-12-2025.html',
    lang: 'ar',
  });
  const texts = result.blocks.map((b) => b.view.text);
  assert.equal(texts.length, 5);
  assert.ok(texts[3]!.includes('تستمر حتى نهاية الأسبوع'));
  for (const junk of ['محليات', 'أعلن معنا', 'أخبار ذات صلة', 'غلق شاطئ', 'جميع الحقوق']) {
    assert.ok(!texts.join('\n').includes(junk), `"${junk}" should have been dropped`);
  }
});

test('text Readability rebuilds (a javascript: link) is found again in the page', () => {
  const { html, result } = page('html/declared-1256-actually-utf8.html');
  const view = result.blocks.find((b) => b.view.text.includes('الموقع الرسمي للهيئة'))!.view;
  const at = view.text.indexOf('الموقع الرسمي للهيئة');
  const [a, b] = view.toSource(at, at + 'الموقع الرسمي للهيئة'.length);
  assert.equal(html.slice(a, b), 'الموقع الرسمي للهيئة');
  assert.match(html.slice(a - 40, a), /javascript:void\(0\)">$/);
});

test('<title> is used without its site suffix when there is no og:title or h1', () => {
  const html =
    '<html><head><title>ارتفاع أسعار الذهب في السوق المحلية | صحيفة الوادي</title>' +
    '<meta property="og:site_name" content="صحيفة الوادي"></head><body><p>نص</p></body></html>';
  const { title } = extractHtml(html);
  assert.equal(title?.text, 'ارتفاع أسعار الذهب في السوق المحلية');
  assert.equal(html.slice(title!.span.start, title!.span.end), title!.text);

  const byHost = extractHtml(
    '<html><head><title>انخفاض درجات الحرارة - Alwadi</title><link rel="canonical" href="https://www.alwadi.example/a/1"></head><body></body></html>',
  );
  assert.equal(byHost.title?.text, 'انخفاض درجات الحرارة');
  const kept = extractHtml('<html><head><title>الحرب - والسلام</title></head><body></body></html>');
  assert.equal(kept.title?.text, 'الحرب - والسلام', 'a dash that does not precede the site name stays');
});

test('og:title with references: decoded text, span over the attribute value', () => {
  const html = '<html><head><meta property="og:title" content="الوزير: &quot;لا زيادة في الأسعار&quot;"></head><body></body></html>';
  const { title } = extractHtml(html);
  assert.equal(title?.text, 'الوزير: "لا زيادة في الأسعار"');
  assert.equal(html.slice(title!.span.start, title!.span.end), 'الوزير: &quot;لا زيادة في الأسعار&quot;');
});

test('the date comes from JSON-LD or the article header\'s <time>, date part only', () => {
  const ld = extractHtml(
    '<html><head><script type="application/ld+json">[{"@type":"WebSite"},{"@graph":[{"@type":"NewsArticle","datePublished":"2024-02-29T23:10:00-05:00","publisher":{"name":"وكالة الأنباء"}}]}]</script></head><body></body></html>',
  );
  assert.deepEqual(ld.meta, { published: '2024-02-29', outlet: 'وكالة الأنباء' });
  const time = extractHtml('<html lang="ar-EG"><body><article><header><time datetime="2023-07-01">1 يوليو</time></header></article></body></html>');
  assert.deepEqual(time.meta, { published: '2023-07-01', lang: 'ar-EG' });
  const bad = extractHtml('<html><head><meta property="article:published_time" content="2023-02-30"></head><body></body></html>');
  assert.equal(bad.meta.published, undefined, 'not a calendar date');
});

test('a page Readability cannot use is read block by block, skipping page furniture', () => {
  const html =
    '<html><body><nav><a href="/">الرئيسية</a></nav><header><p>شعار الموقع</p></header>' +
    '<div class="content"><h2>عاجل</h2><p>وصل الوفد إلى العاصمة صباح اليوم.</p><div>تفاصيل لاحقا</div>' +
    '<ul><li>البند الأول</li><li>البند الثاني</li></ul><div class="share-bar">شارك</div></div>' +
    '<aside>إعلان</aside><footer>حقوق النشر</footer></body></html>';
  const { blocks } = extractHtml(html);
  assert.deepEqual(
    blocks.map((b) => [b.role, b.view.text]),
    [
      ['heading', 'عاجل'],
      ['text', 'وصل الوفد إلى العاصمة صباح اليوم.'],
      ['text', 'تفاصيل لاحقا'],
      ['text', 'البند الأول'],
      ['text', 'البند الثاني'],
    ],
  );
});

test('with no site-name metadata, the copyright line of the footer names the outlet; the formula alone names none', () => {
  const body = '<h1>البلدية تفتتح جسراً جديداً فوق النهر</h1><p>افتتحت البلدية صباح اليوم جسراً جديداً فوق النهر يربط الحيين الشرقي والغربي بعد عامين من العمل.</p>';
  const page = (footer: string) => `<html><head><meta charset="utf-8"></head><body><main>${body}</main>${footer}</body></html>`;
  assert.equal(extractHtml(page('<footer>جميع الحقوق محفوظة لموقع الضفة نت 2025</footer>')).meta.outlet, 'الضفة نت');
  assert.equal(extractHtml(page('<div class="site-footer">© 2025 بوابة الوادي</div>')).meta.outlet, 'بوابة الوادي');
  assert.equal(extractHtml(page('<footer>© جميع الحقوق محفوظة 2025</footer>')).meta.outlet, undefined);
});

test('a <time datetime> of the article before its first paragraph dates it, without a <header> around it; a later one does not', () => {
  const page = (before: string, after: string) =>
    `<html><head><meta charset="utf-8"></head><body><article><h1>البلدية تفتتح جسراً جديداً فوق النهر</h1>${before}` +
    `<p>افتتحت البلدية صباح اليوم جسراً جديداً فوق النهر يربط الحيين الشرقي والغربي بعد عامين من العمل.</p>${after}</article></body></html>`;
  assert.equal(extractHtml(page('<time datetime="2024-03-01T10:00:00+02:00">الجمعة 1 آذار 2024</time>', '')).meta.published, '2024-03-01');
  assert.equal(extractHtml(page('', '<div class="related"><time datetime="2023-01-05">5 يناير 2023</time></div>')).meta.published, undefined);
});
