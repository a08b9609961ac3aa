/**
 * What a followed source lists: RSS 2.0 (and RSS 1.0/RDF) items, Atom entries, or a plain list of URLs one a
 * line. Pure: bytes are decoded before, nothing is fetched here. Each entry keeps what the feed declared about
 * the article (title, date) so the store records it with the page.
 */
import { JSDOM } from 'jsdom';
import { message, type Message } from '../model/message.js';
import { normaliseUrl } from './url.js';

export interface FeedEntry {
  url: string;
  title?: string;
  /** ISO 8601 when the feed's date could be read. */
  published?: string;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'list';
  title?: string;
  entries: FeedEntry[];
  messages: Message[];
}

const BY = 'watch/feed';

/** Whether decoded text is a URL list rather than XML: the first thing in it is not a tag. */
export function looksLikeXml(text: string): boolean {
  return /^\s*</.test(text.replace(/^\uFEFF/, ''));
}

export function parseFeed(text: string, feedUrl: string): ParsedFeed {
  return looksLikeXml(text) ? parseXmlFeed(text, feedUrl) : parseUrlList(text, feedUrl);
}

/** One URL a line; blank lines and `#` comments skipped; relative URLs resolve against the list's address. */
export function parseUrlList(text: string, listUrl: string): ParsedFeed {
  const entries: FeedEntry[] = [];
  const messages: Message[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const url = normaliseUrl(line, listUrl);
    if (url) entries.push({ url });
    else messages.push(message('feed/bad-url', `line ${i + 1} is not an http(s) address: ${line.slice(0, 80)}`, { origin: listUrl, by: BY }));
  });
  return { kind: 'list', entries: dedupe(entries), messages };
}

/** Bare `&` and HTML-only entities (`&nbsp;`) are the commonest breakage in real feeds; escaped, they read as text. */
function repairAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

function parseXml(xml: string): Document | null {
  try {
    return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  } catch {
    return null;
  }
}

export function parseXmlFeed(text: string, feedUrl: string): ParsedFeed {
  const messages: Message[] = [];
  let doc = parseXml(text);
  if (!doc) {
    doc = parseXml(repairAmpersands(text));
    if (doc) messages.push(message('feed/repaired', 'the feed is not well-formed XML (a bare "&" or an HTML entity); read after escaping them', { origin: feedUrl, by: BY }));
  }
  if (!doc) return malformed(feedUrl, 'the feed is not well-formed XML', messages);
  const root = doc.documentElement.localName.toLowerCase();
  if (root === 'feed') return atom(doc, feedUrl, messages);
  if (root === 'rss' || root === 'rdf') return rss(doc, feedUrl, messages);
  return malformed(feedUrl, `expected an RSS or Atom feed, found a <${doc.documentElement.localName}> document`, messages);
}

function malformed(feedUrl: string, reason: string, messages: Message[]): ParsedFeed {
  return { kind: 'rss', entries: [], messages: [...messages, message('feed/malformed', reason, { origin: feedUrl, by: BY, severity: 'error' })] };
}

/** Direct children by local name, whatever namespace prefix the feed uses. */
function children(el: Element, name: string): Element[] {
  return Array.from(el.children).filter((c) => c.localName.toLowerCase() === name);
}

function childText(el: Element, ...names: string[]): string | undefined {
  for (const n of names) {
    const t = children(el, n)[0]?.textContent?.trim();
    if (t) return t;
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = { gmt: '+00:00', ut: '+00:00', utc: '+00:00', z: '+00:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00' };
const RFC3339 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?$/i;

/**
 * A feed date as ISO 8601 in the feed's own offset (RSS writes RFC 822, Atom RFC 3339): the core takes the
 * date part of a declared date, and converting to UTC would move an article published after midnight in Cairo
 * to the day before.
 */
export function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const v = raw.trim();
  if (RFC3339.test(v)) return v.replace(' ', 'T');
  const m = RFC822.exec(v);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return undefined;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const zone = m[7] ? (/^[+-]/.test(m[7]) ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : ZONES[m[7].toLowerCase()]) : '+00:00';
  if (!zone) return undefined;
  const p2 = (n: number | string) => String(n).padStart(2, '0');
  return `${year}-${p2(month + 1)}-${p2(m[1]!)}T${p2(m[4]!)}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

function descendants(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName('*')).filter((e) => e.localName.toLowerCase() === name);
}

function rss(doc: Document, feedUrl: string, messages: Message[]): ParsedFeed {
  const channel = descendants(doc, 'channel')[0];
  const entries: FeedEntry[] = [];
  descendants(doc, 'item').forEach((item, i) => {
    // <link> is the article; a permalink <guid> stands in when a feed leaves <link> out
    const guid = children(item, 'guid')[0];
    const guidLink = guid && guid.getAttribute('isPermaLink') !== 'false' ? guid.textContent?.trim() : undefined;
    const raw = childText(item, 'link') ?? item.getAttribute('rdf:about') ?? guidLink;
    const url = raw ? normaliseUrl(raw, feedUrl) : null;
    if (!url) {
      messages.push(message('feed/item-without-link', `item ${i + 1} has no http(s) link${raw ? `: ${raw.slice(0, 80)}` : ''}`, { origin: feedUrl, by: BY }));
      return;
    }
    entries.push(entry(url, childText(item, 'title'), isoDate(childText(item, 'pubdate', 'date', 'published', 'updated'))));
  });
  const title = channel ? childText(channel, 'title') : undefined;
  return { kind: 'rss', ...(title ? { title } : {}), entries: dedupe(entries), messages };
}

function atom(doc: Document, feedUrl: string, messages: Message[]): ParsedFeed {
  const feed = doc.documentElement;
  // Atom resolves relative links against xml:base, else the feed's own address
  const base = feed.getAttribute('xml:base') ? normaliseUrl(feed.getAttribute('xml:base')!, feedUrl) ?? feedUrl : feedUrl;
  const entries: FeedEntry[] = [];
  children(feed, 'entry').forEach((e, i) => {
    const links = children(e, 'link');
    const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && /html|^$/.test(l.getAttribute('type') ?? '')) ?? links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    const href = link?.getAttribute('href') ?? undefined;
    const url = href ? normaliseUrl(href, e.getAttribute('xml:base') ? normaliseUrl(e.getAttribute('xml:base')!, base) ?? base : base) : null;
    if (!url) {
      messages.push(message('feed/item-without-link', `entry ${i + 1} has no alternate http(s) link`, { origin: feedUrl, by: BY }));
      return;
    }
    entries.push(entry(url, childText(e, 'title'), isoDate(childText(e, 'published', 'updated'))));
  });
  const title = childText(feed, 'title');
  return { kind: 'atom', ...(title ? { title } : {}), entries: dedupe(entries), messages };
}

function entry(url: string, title: string | undefined, published: string | undefined): FeedEntry {
  return { url, ...(title ? { title } : {}), ...(published ? { published } : {}) };
}

function dedupe(entries: FeedEntry[]): FeedEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.url) && (seen.add(e.url), true));
}
