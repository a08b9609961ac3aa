import type { OffsetText } from '../../model/offset-text.js';
import type { Locator } from './locate.js';
import { buildView, NO_SOURCE_SPACE, type Unit } from './units.js';
import { walk } from './walk.js';

export type HtmlBlockRole = 'title' | 'text' | 'heading' | 'caption';

export interface HtmlBlock {
  view: OffsetText;
  role: HtmlBlockRole;
}

/** Elements that start a new block: text on either side of one never runs together. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never article text, wherever they are. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT', 'OPTION',
  'TEXTAREA', 'BUTTON', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP', 'svg', 'math',
]);

const HEADING = /^H[1-6]$/;

/**
 * Splits the text under `root` into blocks: consecutive text whose nearest block-level ancestor is the same element
 * forms one block (so `<div>lead<p>para</p>tail</div>` gives three), each an offset-mapped view of the source.
 * `skip` leaves out further elements (page furniture, for the fallback extraction).
 */
export function collectBlocks(root: Element, locator: Locator, html: string, skip: (el: Element) => boolean = () => false): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let units: Unit[] = [];
  let captions = 0;
  let headings = 0;
  let role: HtmlBlockRole = 'text';

  const flush = (): void => {
    const view = units.length ? buildView(html, units) : null;
    if (view) blocks.push({ view, role });
    units = [];
    // No block boundary lies inside a block, so the role holding after this boundary is the next block's.
    role = captions > 0 ? 'caption' : headings > 0 ? 'heading' : 'text';
  };

  walk(root, {
    skip: (el) => NEVER_TEXT.has(el.tagName) || skip(el),
    enter(el) {
      if (el.tagName === 'BR') units.push(locator.lineBreak(el));
      if (!BLOCK.has(el.tagName)) return;
      if (el.tagName === 'FIGCAPTION') captions++;
      if (HEADING.test(el.tagName)) headings++;
      flush();
    },
    exit(el) {
      if (!BLOCK.has(el.tagName)) return;
      if (el.tagName === 'FIGCAPTION') captions--;
      if (HEADING.test(el.tagName)) headings--;
      flush();
    },
    text(node) {
      const located = locator.text(node);
      // A block never spans text it left out, so that every range of it maps to source that reads the same.
      if (located) append(units, located);
      else flush();
    },
  });
  flush();
  return blocks;
}

/** All the text under `el` as one view (a headline split over `<a>` and `<span>`), or null when it has none. */
export function elementView(el: Element, locator: Locator, html: string): OffsetText | null {
  const units: Unit[] = [];
  walk(el, {
    skip: (e) => NEVER_TEXT.has(e.tagName),
    enter: (e) => {
      if (e.tagName === 'BR') units.push(locator.lineBreak(e));
      else if (BLOCK.has(e.tagName)) units.push(NO_SOURCE_SPACE);
    },
    exit: (e) => {
      if (BLOCK.has(e.tagName)) units.push(NO_SOURCE_SPACE);
    },
    text: (node) => append(units, locator.text(node) ?? [NO_SOURCE_SPACE]),
  });
  return buildView(html, units);
}

/** `push(...more)` would overflow the argument limit on a single huge text node. */
function append(units: Unit[], more: readonly Unit[]): void {
  for (const u of more) units.push(u);
}
