import type { OffsetText } from '../../model/offset-text.js';
import { elementView } from './blocks.js';
import type { Locator } from './locate.js';
import { metaTags, type HtmlMeta } from './meta.js';
import type { Page } from './page.js';
import { buildView } from './units.js';

/** Separators between a headline and the site's name in `<title>` (`Headline | Site`, `Headline - Site`). */
const SITE_SEPARATOR = /\s+[-|–—:·•«»]{1,2}\s+/g;

/** Letters and digits only, lower-cased: how two spellings of a site's name are compared. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/**
 * The title without a trailing ` - Site` / ` | Site`, when the suffix names the site: it matches the outlet, the
 * page's host name, or what is left equals the page's headline.
 */
export function stripSiteSuffix(view: OffsetText, meta: HtmlMeta, headline: string | undefined): OffsetText {
  const matches = Array.from(view.text.matchAll(SITE_SEPARATOR));
  const last = matches[matches.length - 1];
  if (!last || last.index === undefined || last.index === 0) return view;
  const head = view.text.slice(0, last.index);
  const suffix = squash(view.text.slice(last.index + last[0].length));
  if (!suffix) return view;
  const outlet = meta.outlet ? squash(meta.outlet) : '';
  const host = squash(hostOf(meta.url));
  const namesSite =
    (outlet !== '' && (outlet.includes(suffix) || suffix.includes(outlet))) ||
    (host !== '' && suffix.length >= 3 && host.includes(suffix)) ||
    (headline !== undefined && squash(head) === squash(headline));
  return namesSite ? view.sub(0, last.index) : view;
}

/**
 * The page's main headline element: the first `h1` of the article, else of `main`, else the first one outside the
 * page's header, navigation and footer (where a logo often sits in an `h1`).
 */
function headlineElement(doc: Document, meta: HtmlMeta): Element | null {
  const outlet = meta.outlet ? squash(meta.outlet) : '';
  const usable = (h: Element | null): h is Element => !!h && squash(h.textContent ?? '') !== '' && squash(h.textContent ?? '') !== outlet;
  for (const sel of ['article h1', 'main h1', '[itemprop~="headline" i]']) {
    const h = doc.querySelector(sel);
    if (usable(h)) return h;
  }
  for (const h of Array.from(doc.querySelectorAll('h1'))) {
    if (!h.closest('nav, footer, aside') && !(h.closest('header') && !h.closest('article, main')) && usable(h)) return h;
  }
  return null;
}

/**
 * The article's title with the source range it stands at. og:title is preferred as the outlet's own statement of
 * the headline, then the first article `h1`, then `<title>`. When the `h1` says the same as og:title, the span is
 * the `h1`'s: a place in the visible page beats one in `<head>`.
 */
export function findTitle(page: Page, locator: Locator, meta: HtmlMeta): OffsetText | null {
  const { doc, html } = page;
  const h1 = headlineElement(doc, meta);
  const heading = h1 ? elementView(h1, locator, html) : null;

  const og = metaTags(doc).get('og:title');
  const ogUnits = og ? locator.attribute(og, 'content') : null;
  const ogView = ogUnits ? buildView(html, ogUnits) : null;
  if (ogView) {
    const stripped = stripSiteSuffix(ogView, meta, heading?.text);
    if (heading && heading.text === stripped.text) return heading;
    return stripped;
  }
  if (heading) return heading;

  const titleEl = doc.querySelector('title');
  const titleView = titleEl ? elementView(titleEl, locator, html) : null;
  return titleView ? stripSiteSuffix(titleView, meta, undefined) : null;
}
