import { holderOf } from '../../language/copyright.js';
/** What a page says about itself: outlet, publication date, canonical address and language. */
export interface HtmlMeta {
  outlet?: string;
  /** `YYYY-MM-DD`: the date part as the page writes it, in the outlet's own time zone. */
  published?: string;
  url?: string;
  lang?: string;
}

/** `<meta property|name|itemprop=… content=…>` by lower-cased key; the first one of each key wins. */
export function metaTags(doc: Document): Map<string, Element> {
  const tags = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, el);
    }
  }
  return tags;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object in the page's JSON-LD scripts, `@graph` members included; broken scripts are skipped. */
export function jsonLdObjects(doc: Document): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    while (queue.length) {
      const item = queue.shift()!;
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        out.push(item);
        const graph = item['@graph'];
        if (graph) queue.push(graph);
      }
    }
  }
  return out;
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function jsonName(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return jsonName(value[0]);
  if (value && typeof value === 'object') return jsonName(value['name']);
  return undefined;
}

/** The `YYYY-MM-DD` a date-time string starts with, when it is a real calendar date. */
export function datePart(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)/.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Where a node stands after another in the document (Node.DOCUMENT_POSITION_FOLLOWING). */
const FOLLOWING = 4;

/**
 * A `<time datetime>` of the article before its first paragraph, where pages print the stamp without a
 * `<header>` around it (the headline, the byline, the time, then the text); a time further down, in a teaser or a
 * comment, dates something else.
 */
function articleHeadTime(doc: Document): Element | undefined {
  const article = doc.querySelector('article') ?? doc.querySelector('main');
  if (!article) return undefined;
  const first = article.querySelector('p');
  for (const t of Array.from(article.querySelectorAll('time[datetime]'))) {
    if (!first || t.compareDocumentPosition(first) & FOLLOWING) return t;
  }
  return undefined;
}

function published(doc: Document, tags: Map<string, Element>, ld: Array<Record<string, Json>>): string | undefined {
  const candidates: Array<string | null | undefined> = [tags.get('article:published_time')?.getAttribute('content')];
  for (const obj of ld) {
    const d = obj['datePublished'];
    if (typeof d === 'string') candidates.push(d);
  }
  const stamp = doc.querySelector('article header time[datetime], main header time[datetime]');
  candidates.push(stamp?.getAttribute('datetime'));
  candidates.push(articleHeadTime(doc)?.getAttribute('datetime'));
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished" i]'))) {
    candidates.push(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
  }
  for (const c of candidates) {
    const date = datePart(c);
    if (date) return date;
  }
  return undefined;
}

function canonical(doc: Document, tags: Map<string, Element>): string | undefined {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) {
      const href = clean(link.getAttribute('href'));
      if (href) return href;
    }
  }
  return clean(tags.get('og:url')?.getAttribute('content'));
}

/** Where a page's copyright line sits: its footer, or an element named for it. */
const COPYRIGHT_PLACES = 'footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i], [id*="copyright" i]';

function copyrightHolder(doc: Document): string | undefined {
  for (const el of Array.from(doc.querySelectorAll(COPYRIGHT_PLACES)).reverse()) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const name = text.length <= 300 ? holderOf(text) : null;
    if (name) return name;
  }
  return undefined;
}

/** Reads the page's metadata; call it before Readability, which removes scripts and rewrites the body. */
export function readMeta(doc: Document): HtmlMeta {
  const tags = metaTags(doc);
  const ld = jsonLdObjects(doc);
  const meta: HtmlMeta = {};
  const outlet =
    clean(tags.get('og:site_name')?.getAttribute('content')) ??
    clean(tags.get('application-name')?.getAttribute('content')) ??
    ld.map((o) => jsonName(o['publisher'])).find((n) => n !== undefined) ??
    copyrightHolder(doc);
  if (outlet) meta.outlet = outlet;
  const date = published(doc, tags, ld);
  if (date) meta.published = date;
  const url = canonical(doc, tags);
  if (url) meta.url = url;
  const lang = clean(doc.documentElement?.getAttribute('lang'));
  if (lang) meta.lang = lang;
  return meta;
}
