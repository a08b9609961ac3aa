import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

const CUE = 'مقالات ذات صلة';
const isMarker = (text: string): boolean => text === CUE;

const STORY = [
  'افتتحت بلدية المدينة صباح السبت حديقة عامة جديدة على ضفة النهر، بمساحة تزيد على عشرين فداناً ومسارات للمشي والدراجات.',
  'وقال رئيس البلدية إن الحديقة ستفتح أبوابها مجاناً طوال أيام الأسبوع، وإن أعمال الزراعة فيها استغرقت قرابة عامين.',
  'وأضاف أن البلدية تخطط لإنشاء ثلاث حدائق مماثلة في الأحياء الشرقية قبل نهاية العام المقبل، بتمويل من موازنة التنمية المحلية.',
];
const TEASERS = ['افتتاح مكتبة عامة في الحي القديم', 'أعمال تطوير الكورنيش تدخل مرحلتها الأخيرة.'];

function page(related: string): string {
  return [
    '<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>حديقة جديدة على ضفة النهر</title></head><body><main><article>',
    '<h1>حديقة جديدة على ضفة النهر</h1>',
    ...STORY.map((p) => `<p>${p}</p>`),
    related,
    '</article></main></body></html>',
  ].join('\n');
}

const texts = (html: string, withMarker: boolean): string[] =>
  extractHtml(html, withMarker ? { isMarker } : {}).blocks.map((b) => b.view.text);

test('a related heading removed for its class comes back in place, mapped to its source', () => {
  const html = page(`<h3 class="related-title">${CUE}</h3>\n${TEASERS.map((t) => `<p>${t}</p>`).join('\n')}`);
  // the cause: the extractor drops the heading and keeps the teasers after it
  const plain = texts(html, false);
  assert.ok(!plain.includes(CUE));
  assert.ok(plain.includes(TEASERS[0]!));

  const blocks = extractHtml(html, { isMarker }).blocks;
  const at = blocks.findIndex((b) => b.view.text === CUE);
  assert.ok(at > 0, 'the heading is back');
  assert.equal(blocks[at]!.role, 'heading');
  assert.equal(blocks[at - 1]!.view.text, STORY[2], 'after the story');
  assert.equal(blocks[at + 1]!.view.text, TEASERS[0], 'before the teasers');
  const [s, e] = blocks[at]!.view.toSource(0, blocks[at]!.view.length);
  assert.equal(html.slice(s, e), CUE);
});

test('a heading kept by the extractor is not added twice', () => {
  const html = page(`<h3>${CUE}</h3>\n${TEASERS.map((t) => `<p>${t}</p>`).join('\n')}`);
  assert.equal(texts(html, true).filter((t) => t === CUE).length, 1);
});

test('a related box removed whole, heading and links, stays out', () => {
  const links = TEASERS.map((t, i) => `<li><a href="/n/${i}">${t}</a></li>`).join('');
  const html = page(`<aside class="related"><h3>${CUE}</h3><ul>${links}</ul></aside>`);
  const out = texts(html, true);
  assert.ok(!out.includes(CUE));
  for (const t of TEASERS) assert.ok(!out.includes(t));
  for (const p of STORY) assert.ok(out.includes(p));
});

test('the cue inside a sentence of the story is not a heading', () => {
  const html = page(`<p>ونشرت البلدية على موقعها قائمة ${CUE} بمشاريعها الأخرى في المدينة، مع مواعيد افتتاحها المتوقعة.</p>`);
  const plain = texts(html, false);
  assert.deepEqual(texts(html, true), plain);
});
