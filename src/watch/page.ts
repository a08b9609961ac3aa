/**
 * A fetched page as a source to analyse: decoded with the project's charset detection (HTTP charset, meta,
 * statistics), read as HTML or text, with its final URL, its canonical link and what the caller knows of it
 * (a feed entry's title and date). Shared by `marsad watch` and the server's "add by URL".
 */
import { decodeBytes } from '../formats/charset/index.js';
import type { Source } from '../model/document.js';
import { message, type Message } from '../model/message.js';
import { contentHash } from '../storage/content-hash.js';
import { canonicalUrl } from './canonical.js';
import type { GetResult } from './client.js';
import { normaliseUrl } from './url.js';

/** What a page request asks for: pages first, then text. */
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1';

export interface FetchedPage {
  url: string;
  canonical: string | null;
  source: Source;
}

/**
 * The source of a successful page answer, or a message saying why there is none (a content type that is no
 * article). `requested` is the URL as asked for: the source's origin.
 */
export function pageSource(
  res: Extract<GetResult, { status: 200 }>,
  requested: string,
  hints: { title?: string | null; published?: string | null } = {},
  by = 'watch/fetch',
): FetchedPage | Message {
  const contentType = res.headers['content-type'];
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime && !/^(text\/(html|plain)|application\/xhtml\+xml)$/.test(mime)) {
    return message('fetch/not-an-article', `${requested} is ${mime}, not an HTML or text page; skipped`, { origin: requested, by });
  }
  const decoded = decodeBytes(res.body, contentType ? { contentType } : {});
  const html = /html/i.test(contentType ?? '') || /^\s*(<!doctype html|<html|<head|<body|<meta|<article)/i.test(decoded.text);
  const finalUrl = normaliseUrl(res.url) ?? res.url;
  const canonical = html ? canonicalUrl(decoded.text, finalUrl) : null;
  const source: Source = {
    id: `watch-${contentHash(decoded.text).slice(0, 12)}`,
    origin: requested,
    text: decoded.text,
    format: html ? 'html' : 'text',
    declared: {
      url: canonical ?? finalUrl,
      ...(hints.title ? { title: hints.title } : {}),
      ...(hints.published ? { published: hints.published } : {}),
    },
    ...(decoded.text ? { encoding: decoded.encoding } : {}),
    messages: decoded.messages.map((m) => ({ ...m, origin: requested })),
  };
  return { url: finalUrl, canonical, source };
}
