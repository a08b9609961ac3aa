/**
 * Text the extractor could not place by its own location is never looked for in the page's `<head>`: a
 * headline's words also stand in `<title>`, and matching them there mapped the body's text before its own
 * start, giving words whose source range ends before it begins (found by the fuzz suite, src/fuzz/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleBlocks } from './article.js';
import { parsePage } from './page.js';

test('a misnested headline whose words also stand in <title> is placed in the body, never in the head', () => {
  // the stray </b> sits inside the span's text node, so the node's own location cannot be aligned
  const html =
    '<html><head><title>المصرف المركزي يرفع الفائدة</title></head><body><article><h1>المصرف الم<span>ركزي</b> يرفع الفائدة</h1>' +
    '<p>قال مسؤول في المصرف إن القرار يهدف إلى كبح التضخم الذي تجاوز التوقعات خلال الأشهر الماضية.</p></article></body></html>';
  const bodyStart = html.indexOf('<body>');
  const { blocks } = articleBlocks(parsePage(html), true);
  assert.ok(blocks.length > 0);
  for (const b of blocks) {
    let last = -1;
    for (let i = 0; i < b.view.length; i++) {
      const [s, e] = b.view.toSource(i, i + 1);
      if (e === s) continue;
      assert.ok(s >= bodyStart, `unit ${i} (${b.view.text[i]}) of ${JSON.stringify(b.view.text)} is placed in the head at ${s}`);
      assert.ok(s > last, `unit ${i} of ${JSON.stringify(b.view.text)} goes back in the page`);
      last = s;
    }
    const [s, e] = b.view.toSource(0, b.view.length);
    assert.ok(s <= e, `block ${JSON.stringify(b.view.text)} maps to [${s}, ${e})`);
  }
});
