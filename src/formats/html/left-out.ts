/**
 * What the extraction left out of the article: text of the page that lies between the article's first and last
 * block and that no block holds (a byline, a share bar, a "read also" line, the words of a `<time>`). Readability
 * drops such elements without a word; listing them, as cleaning lists the furniture of a text page, lets a reader
 * check that nothing of the article itself was lost. Text before the article or after it (menus, footers) is not
 * listed: it is the page's, not the article's.
 */
import type { HtmlBlock } from './blocks.js';
import type { Page } from './page.js';

export interface LeftOut {
  /** Source range `[start, end)` in the html: from the first text left out to the last of one run. */
  start: number;
  end: number;
  /** The run's text, its whitespace collapsed. */
  text: string;
}

/** A text node of the page, and the element that sets it apart as a block (its nearest non-inline ancestor). */
export interface PageText extends LeftOut {
  box: number;
}

/** Elements that flow inside a line: a run of text left out goes on across them. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'EM', 'I', 'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

/** Elements whose text a reader never sees. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The page's visible text nodes with their source ranges, in document order. Read before extraction:
 * Readability moves and removes the page's nodes.
 */
export function pageTexts(page: Page): PageText[] {
  const body = page.doc.body;
  if (!body) return [];
  const out: PageText[] = [];
  const boxes = new Map<Element, number>();
  const walker = page.doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.replace(/\s+/g, ' ').trim();
    if (!text || unseen(node)) continue;
    const loc = page.dom.nodeLocation(node);
    if (!loc) continue;
    let el = node.parentElement;
    while (el && INLINE.has(el.tagName) && el !== body) el = el.parentElement;
    let box = el ? boxes.get(el) : -1;
    if (el && box === undefined) boxes.set(el, (box = boxes.size));
    out.push({ start: loc.startOffset, end: loc.endOffset, text, box: box ?? -1 });
  }
  return out;
}

function unseen(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (UNSEEN.has(el.tagName)) return true;
  return false;
}

/**
 * The runs of page text between the article's first and last block (blocks of the page's body only: a headline
 * read from `<title>` does not widen the article) that no block's source range touches. Consecutive texts left
 * out of one box (a byline and its date in one line; a share bar) with no block between them are one run.
 */
export function leftOut(texts: readonly PageText[], blocks: readonly HtmlBlock[], bodyStart: number): LeftOut[] {
  const ranges = blocks
    .filter((b) => b.view.length > 0)
    .map((b) => b.view.toSource(0, b.view.length))
    .filter(([s]) => s >= bodyStart)
    .sort((a, b) => a[0] - b[0]);
  if (!ranges.length) return [];
  const first = ranges[0]![0];
  const last = Math.max(...ranges.map(([, e]) => e));
  const runs: LeftOut[] = [];
  let open: LeftOut | null = null;
  let openBox = -2;
  let r = 0;
  for (const t of texts) {
    if (t.end <= first || t.start >= last) continue;
    // the blocks that end before this text: a block between two texts left out parts their runs
    let between = false;
    while (r < ranges.length && ranges[r]![1] <= t.start) (r++, (between = true));
    const held = ranges.some(([s, e]) => s < t.end && t.start < e);
    if (held) {
      open = null;
      continue;
    }
    if (open && !between && t.box === openBox) {
      open.end = t.end;
      open.text += ' ' + t.text;
    } else {
      runs.push((open = { start: t.start, end: t.end, text: t.text }));
      openBox = t.box;
    }
  }
  return runs;
}
