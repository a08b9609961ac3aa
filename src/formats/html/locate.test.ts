import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleBlocks } from './article.js';
import { parsePage } from './page.js';

test('text found nowhere in the page is left out with an info message, and the block ends there', () => {
  const filler = 'وقالت مصادر مطلعة إن المفاوضات ستستأنف الأسبوع المقبل بعد توقف دام عدة أيام بسبب خلافات حول بعض البنود. ';
  const html = `<html><body><article><p>${filler}</p><p>${filler}<span>قبل</span> <span>بعد</span></p></article></body></html>`;
  const page = parsePage(html);
  // A node an extractor made up, as Readability does when it rewrites markup: it has no place in the html.
  const spans = page.doc.querySelectorAll('span');
  spans[1]!.before(page.doc.createTextNode('نص مختلق'));

  const { blocks, messages } = articleBlocks(page, true);
  assert.deepEqual(messages.map((m) => [m.code, m.severity]), [['html/unlocated-text', 'info']]);
  assert.match(messages[0]!.reason, /نص مختلق/);
  const texts = blocks.map((b) => b.view.text);
  assert.ok(texts.at(-2)!.endsWith('بعض البنود. قبل'));
  assert.equal(texts.at(-1), 'بعد');
  for (const b of blocks) {
    const [s, e] = b.view.toSource(0, b.view.length);
    assert.equal(html.slice(s, e).replace(/<[^>]+>/g, ''), b.view.text, 'no block spans the text left out');
  }
});
