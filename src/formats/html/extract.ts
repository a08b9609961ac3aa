import { message, type Message } from '../../model/message.js';
import type { Span } from '../../model/document.js';
import { articleBlocks } from './article.js';
import type { HtmlBlock } from './blocks.js';
import { MAX_DEPTH, nestingDepth, READABILITY_MAX_DEPTH } from './depth.js';
import { Locator } from './locate.js';
import { findMarkers, restoreMarkers } from './markers.js';
import { readMeta, type HtmlMeta } from './meta.js';
import { parsePage } from './page.js';
import { findTitle } from './title.js';
import { leftOut, pageTexts, type LeftOut } from './left-out.js';

export interface HtmlExtraction {
  /** The headline and where it stands in the html (an `h1`'s text, or a `<title>`/`og:title` value). */
  title: { text: string; span: Span } | null;
  /**
   * The article in reading order, each block an offset-mapped view of the html. When a title was found the blocks
   * hold it too, once, with role `title` (first, unless the article's own copy of it is kept in place).
   */
  blocks: HtmlBlock[];
  meta: HtmlMeta;
  /** Text between the article's blocks that the extraction left out (left-out.ts), for the furniture list. */
  leftOut: LeftOut[];
  messages: Message[];
}

export interface HtmlExtractOptions {
  /**
   * Headings the caller reads as boundaries (a related-articles cue): kept in the blocks, in place, even when the
   * extractor drops the element they stand in but keeps what follows it.
   */
  isMarker?: (text: string) => boolean;
}

/**
 * Extracts an article from decoded HTML. Every block's text maps back, unit by unit, to the characters of `html`
 * it was read from: text nodes are located by the parser's source positions, character references decoded in
 * place, whitespace collapsed onto the whitespace it replaces. Never throws: a page that cannot be read at all
 * yields an `html/unparseable` error and no blocks.
 */
export function extractHtml(html: string, options: HtmlExtractOptions = {}): HtmlExtraction {
  const depth = nestingDepth(html);
  if (depth > MAX_DEPTH) return unparseable(`its elements nest more than ${MAX_DEPTH} deep`);
  try {
    const page = parsePage(html);
    // Metadata and title first: Readability removes scripts and rewrites the body.
    const meta = readMeta(page.doc);
    const title = findTitle(page, new Locator(page), meta);
    // before Readability rewrites the page: afterwards a heading it removed has no element left to find
    const markers = options.isMarker ? findMarkers(page, new Locator(page), options.isMarker) : [];
    const texts = pageTexts(page);
    const bodyStart = page.doc.body ? (page.dom.nodeLocation(page.doc.body)?.startOffset ?? 0) : 0;
    const article = articleBlocks(page, depth <= READABILITY_MAX_DEPTH);
    const blocks = restoreMarkers(article.blocks, markers);
    let headline: HtmlExtraction['title'] = null;
    if (title) {
      const [start, end] = title.toSource(0, title.length);
      const own = blocks.find((b) => sameRange(b, start, end)) ?? blocks.find((b) => b.view.text === title.text);
      if (own) own.role = 'title';
      else blocks.unshift({ view: title, role: 'title' });
      headline = { text: title.text, span: { start, end } };
    }
    // read once the headline is among the blocks: what stands between it and the first paragraph is the article's
    return { title: headline, blocks, meta, leftOut: leftOut(texts, blocks, bodyStart), messages: article.messages };
  } catch (err) {
    return unparseable(String(err));
  }
}

function unparseable(why: string): HtmlExtraction {
  return {
    title: null,
    blocks: [],
    meta: {},
    leftOut: [],
    messages: [message('html/unparseable', `The page could not be read as HTML: ${why}.`, { severity: 'error', by: 'formats/html' })],
  };
}

function sameRange(block: HtmlBlock, start: number, end: number): boolean {
  const [s, e] = block.view.toSource(0, block.view.length);
  return s === start && e === end;
}
