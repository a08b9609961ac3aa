/**
 * The address a page names as its own (`<link rel="canonical" href=…>`): outlets serve one article under
 * several URLs (AMP, print, mobile, with a section in the path), and this is how the copies are told apart from
 * new articles before the text is compared. A scan of the head's tags, not a DOM parse: it runs on every page.
 */
import { normaliseUrl } from './url.js';

const LINK_TAG = /<link\b[^>]*>/gi;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&apos;|&#39;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>');
}

/** The page's canonical URL, normalised and resolved against `pageUrl`; null when it names none. */
export function canonicalUrl(html: string, pageUrl: string): string | null {
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd >= 0 ? html.slice(0, headEnd) : html.slice(0, 65536);
  for (const [tag] of head.matchAll(LINK_TAG)) {
    const attrs = new Map<string, string>();
    for (const m of tag.matchAll(ATTR)) attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (rel.includes('canonical') && href) return normaliseUrl(href, pageUrl);
  }
  return null;
}
