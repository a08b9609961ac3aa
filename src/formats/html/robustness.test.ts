import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

test('HTML nested 10,000 deep does not throw and is refused quickly', () => {
  const html = `<html><body>${'<div>'.repeat(10_000)}<p>نص في عمق الصفحة</p>${'</div>'.repeat(10_000)}</body></html>`;
  const started = Date.now();
  const result = extractHtml(html);
  assert.ok(Date.now() - started < 2000, 'no quadratic parse');
  assert.deepEqual(result.blocks, []);
  assert.deepEqual(result.messages.map((m) => [m.code, m.severity]), [['html/unparseable', 'error']]);
});

test('deep but plausible nesting is still read, without Readability', () => {
  const html = `<html><body>${'<div>'.repeat(400)}<p>نص في عمق الصفحة يقرأ رغم ذلك</p>${'</div>'.repeat(400)}</body></html>`;
  const result = extractHtml(html);
  assert.deepEqual(result.blocks.map((b) => b.view.text), ['نص في عمق الصفحة يقرأ رغم ذلك']);
  assert.deepEqual(result.messages.map((m) => m.code), ['html/readability-skipped']);
});

test('garbage and empty input do not throw', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
  const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(Math.floor(random() * 0x700))).join('');
  const tagSoup = '<<p<<&&&#;&#x;</b></i><table><td><p><li>خلية<tr></div><script>x</p><!-- <p>';
  for (const html of [noise, tagSoup, '', '\u0000\u0001\u0002', '<html'.repeat(1000)]) {
    const result = extractHtml(html);
    assert.ok(Array.isArray(result.blocks));
    for (const b of result.blocks) {
      const [a, e] = b.view.toSource(0, b.view.length);
      assert.ok(a >= 0 && e <= html.length && a <= e);
    }
  }
  assert.deepEqual(extractHtml(''), { title: null, blocks: [], meta: {}, leftOut: [], messages: [] });
});
