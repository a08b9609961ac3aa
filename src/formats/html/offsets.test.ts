import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { OffsetText } from '../../model/offset-text.js';
import { readFixture } from '../../testing/fixtures.js';
import { decodeBytes } from '../charset/index.js';
import { extractHtml } from './index.js';

/**
 * What a stretch of source html reads as: markup dropped (a `<br>` read as a space), character references resolved,
 * whitespace collapsed. Resolved by jsdom's own fragment parser, independently of the extractor's alignment.
 */
const cache = new Map<string, string>();
function readAs(raw: string): string {
  if (!/[<&]/.test(raw)) return raw.replace(/\s+/g, ' ');
  let text = cache.get(raw);
  if (text === undefined) {
    const frag = JSDOM.fragment(raw);
    for (const br of Array.from(frag.querySelectorAll('br'))) br.replaceWith(' ');
    text = (frag.textContent ?? '').replace(/\s+/g, ' ');
    cache.set(raw, text);
  }
  return text;
}

/**
 * Checks every range of `view` whose ends do not cut through one source unit (a reference decoding to two UTF-16
 * units, say): short ranges at every start, and every prefix and suffix. Returns whether the block was plain
 * (no references, markup or whitespace runs), in which case source and text must be identical, not just equivalent.
 */
function checkView(html: string, view: OffsetText, label: string): boolean {
  const n = view.length;
  const unit = (i: number): string => view.toSource(i, i + 1).join(':');
  const inserted = (i: number): boolean => {
    const [a, b] = view.toSource(i, i + 1);
    return a === b;
  };
  const boundary = (i: number): boolean => i === 0 || i === n || unit(i) !== unit(i - 1);
  const [s0, e0] = view.toSource(0, n);
  const plain = !/[<&\r\t\n\f\u00a0]| {2}/.test(html.slice(s0, e0));
  const check = (s: number, e: number): void => {
    if (!boundary(s) || !boundary(e) || inserted(s) || inserted(e - 1)) return;
    const [a, b] = view.toSource(s, e);
    const raw = html.slice(a, b);
    const text = view.text.slice(s, e);
    if (plain) assert.equal(raw, text, `${label} [${s}, ${e})`);
    else assert.equal(readAs(raw), text, `${label} [${s}, ${e}) from ${JSON.stringify(raw)}`);
  };
  for (let s = 0; s < n; s++) for (let e = s + 1; e <= Math.min(n, s + 12); e++) check(s, e);
  for (let k = 1; k <= n; k++) {
    check(0, k);
    check(n - k, n);
  }
  return plain;
}

function checkPage(html: string, label: string): { blocks: number; plain: number } {
  const result = extractHtml(html);
  let plain = 0;
  result.blocks.forEach((b, i) => {
    if (checkView(html, b.view, `${label} block ${i}`)) plain++;
  });
  if (result.title) {
    const { start, end } = result.title.span;
    assert.equal(readAs(html.slice(start, end)), result.title.text, `${label} title`);
  }
  return { blocks: result.blocks.length, plain };
}

for (const name of ['html/lying-meta-1256.html', 'html/article-utf8.html', 'html/declared-1256-actually-utf8.html']) {
  test(`every block of ${name} maps back to the html it was read from`, () => {
    const html = decodeBytes(readFixture(name), { html: true }).text;
    const { blocks, plain } = checkPage(html, name);
    assert.ok(blocks >= 5, 'the article was extracted');
    assert.ok(plain >= 3, 'plain paragraphs map to identical source text');
  });
}

test('references of every kind, CRLF, <br> and inline markup keep offsets exact', () => {
  const filler = 'وأضاف المتحدث أن اللجنة ستواصل اجتماعاتها خلال الأيام المقبلة لمناقشة بقية البنود المطروحة على جدول الأعمال. ';
  const html =
    '<html><head><title>اختبار</title></head><body><article>\r\n' +
    `<p>${filler.repeat(2)}</p>\r\n` +
    '<p>قال&nbsp;الوزير &quot;نعم&quot; &amp; &ampx &notit; &#1575;&#x644;&#1593;&#1585;&#1576; &#128512; &#x80; &bogus;\r\n' +
    '   <b>بخط</b> <i> عريض </i>و<a href="/x">رابط</a><br>سطر\tجديد ≂&NotEqualTilde;</p>\r\n' +
    `<p>${filler.repeat(2)}</p>\r\n` +
    '</article></body></html>';
  const result = extractHtml(html);
  const mixed = result.blocks.find((b) => b.view.text.startsWith('قال'))!;
  assert.equal(mixed.view.text, 'قال الوزير "نعم" & &x ¬it; العرب 😀 € &bogus; بخط عريض ورابط سطر جديد ≂≂̸');
  checkPage(html, 'synthetic');
});

test('text Readability rebuilds is found again even when the source spells it with references', () => {
  const filler = 'وأوضح البيان أن الفرق الفنية تعمل على إصلاح الأعطال في أسرع وقت ممكن لضمان عودة الخدمة إلى طبيعتها. ';
  // Readability turns a javascript: link into a new text node, without a source location.
  const html =
    `<html><body><article><p>${filler}</p><p>${filler}للتفاصيل راجعوا <a href="javascript:open()">الأسئلة &amp; الأجوبة</a> على الموقع.</p></article></body></html>`;
  const result = extractHtml(html);
  assert.deepEqual(result.messages, []);
  const last = result.blocks[result.blocks.length - 1]!.view;
  assert.ok(last.text.endsWith('للتفاصيل راجعوا الأسئلة & الأجوبة على الموقع.'));
  checkPage(html, 'rebuilt');
});
