import { Readability } from '@mozilla/readability';
import { message, type Message } from '../../model/message.js';
import { collectBlocks, type HtmlBlock } from './blocks.js';
import { Locator } from './locate.js';
import { parsePage, type Page } from './page.js';

/**
 * Below this many characters of text Readability's pick is not trusted: it found a teaser or a caption, not the
 * article, and the page's own blocks are read instead.
 */
const MIN_ARTICLE_CHARS = 200;

const BY = 'formats/html';

/**
 * Readability re-parses the body (losing every source location) each time an attempt yields less than this; kept
 * low so a short news item is accepted on the first, strictest pass with its nodes still located.
 */
const READABILITY_CHAR_THRESHOLD = 200;

/** Page furniture, for the fallback: what a reader skips. */
const FURNITURE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'HEADER', 'MENU']);
const FURNITURE_NAME =
  /(^|[-_\s])(share|sharing|social|related|more-(news|stories)|read-?more|breadcrumbs?|comments?|newsletter|subscribe|advert|ads?|banner|promo|sponsor|menu|navbar|footer|sidebar|widget|tags?|cookie)([-_\s]|$)/i;
const FURNITURE_ROLE = /^(navigation|banner|contentinfo|complementary|search)$/;

function isFurniture(el: Element): boolean {
  if (FURNITURE.has(el.tagName)) {
    // An article's own <header> holds its headline and date; only the page's header is furniture.
    return !(el.tagName === 'HEADER' && el.parentElement?.closest('article, main'));
  }
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return FURNITURE_NAME.test(name) || FURNITURE_ROLE.test(el.getAttribute('role')?.trim() ?? '');
}

function textLength(blocks: readonly HtmlBlock[]): number {
  return blocks.reduce((n, b) => n + b.view.length, 0);
}

export interface ArticleBlocks {
  blocks: HtmlBlock[];
  messages: Message[];
  by: 'readability' | 'fallback';
}

/**
 * The article's blocks. Readability (unless `useReadability` is false) picks the article; it moves the page's own
 * text nodes, so their source locations survive. When it finds nothing or too little, or throws, the page's blocks
 * are read directly, skipping navigation, headers, footers, asides, forms and share/related boxes.
 */
export function articleBlocks(page: Page, useReadability: boolean): ArticleBlocks {
  const found = useReadability ? readability(page) : skipped();
  if (textLength(found.blocks) >= MIN_ARTICLE_CHARS) return found;

  // Readability rewrites the document it reads; the fallback needs the page as it was.
  const fresh = useReadability ? parsePage(page.html) : page;
  const root = fresh.doc.querySelector('article, [itemprop~="articleBody" i], main') ?? fresh.doc.body;
  if (!root) return found;
  const fallback = read(fresh, 'fallback', (locator) => collectBlocks(root, locator, fresh.html, isFurniture));
  if (!fallback.blocks.length) return found;
  // Why Readability was passed over still matters to whoever debugs the page.
  fallback.messages.unshift(...found.messages.filter((m) => m.code.startsWith('html/readability-')));
  return fallback;
}

function readability(page: Page): ArticleBlocks {
  try {
    const reader = new Readability<Element>(page.doc, {
      serializer: (el) => el as Element,
      charThreshold: READABILITY_CHAR_THRESHOLD,
    });
    const root = reader.parse()?.content;
    if (root) return read(page, 'readability', (locator) => collectBlocks(root, locator, page.html));
    return { blocks: [], messages: [], by: 'readability' };
  } catch (err) {
    const why = `Readability could not read the page (${String(err)}); its blocks were read directly.`;
    return { blocks: [], messages: [message('html/readability-failed', why, { severity: 'info', by: BY })], by: 'readability' };
  }
}

function skipped(): ArticleBlocks {
  const why = 'The page nests too deep for Readability; its blocks were read directly.';
  return { blocks: [], messages: [message('html/readability-skipped', why, { severity: 'info', by: BY })], by: 'readability' };
}

function read(page: Page, by: ArticleBlocks['by'], collect: (locator: Locator) => HtmlBlock[]): ArticleBlocks {
  const locator = new Locator(page);
  const blocks = collect(locator);
  const messages: Message[] = [];
  if (locator.unlocated.length) {
    const first = locator.unlocated[0]!.trim().slice(0, 40);
    messages.push(
      message(
        'html/unlocated-text',
        `${locator.unlocated.length} piece${locator.unlocated.length === 1 ? '' : 's'} of text rebuilt by the extractor ` +
          `could not be found in the page and ${locator.unlocated.length === 1 ? 'was' : 'were'} left out (first: "${first}").`,
        { severity: 'info', by: BY },
      ),
    );
  }
  return { blocks, messages, by };
}
