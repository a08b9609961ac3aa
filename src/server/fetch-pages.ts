/**
 * "Add by URL" for the server: each URL fetched with the same polite client as `marsad watch` (robots.txt, a
 * per-host pace, bounded retries, a deadline, private and loopback addresses refused unless allowed), decoded
 * and read as a page. The app takes the function, so it stays a thin shell and tests can give their own.
 */
import type { Source } from '../model/document.js';
import { PoliteClient } from '../watch/client.js';
import { systemClock } from '../watch/clock.js';
import { NodeFetcher } from '../watch/fetcher.js';
import { PAGE_ACCEPT, pageSource } from '../watch/page.js';
import { emptyState } from '../watch/state.js';
import type { Rejected } from '../storage/workspace.js';

export type PageFetcher = (urls: readonly string[]) => Promise<{ sources: Source[]; rejected: Rejected[] }>;

export interface PageFetcherOptions {
  /** Fetch from private, loopback and link-local addresses too (a newsroom's intranet; tests). */
  allowPrivate?: boolean;
  timeoutMs?: number;
}

export function pageFetcher(opts: PageFetcherOptions = {}): PageFetcher {
  const allowPrivate = opts.allowPrivate ?? false;
  // one client for the server's life: robots.txt and each host's pace are remembered across requests
  const client = new PoliteClient({
    fetcher: new NodeFetcher({ allowPrivate }),
    clock: systemClock,
    state: emptyState(),
    allowPrivate,
    timeoutMs: opts.timeoutMs ?? 15_000,
    maxRetries: 1,
  });
  return async (urls) => {
    const sources: Source[] = [];
    const rejected: Rejected[] = [];
    await Promise.all(
      urls.map(async (url) => {
        const res = await client.get(url, { accept: PAGE_ACCEPT });
        if (!res.ok) return void rejected.push({ origin: url, code: res.message.code, reason: res.message.reason });
        if (res.status !== 200) return void rejected.push({ origin: url, code: 'fetch/not-modified', reason: `${url} answered 304` });
        const page = pageSource(res, url, {}, 'server/fetch');
        if ('code' in page) return void rejected.push({ origin: url, code: page.code, reason: page.reason });
        sources.push(page.source);
      }),
    );
    // the order asked for, whatever order the answers came in
    sources.sort((a, b) => urls.indexOf(a.origin) - urls.indexOf(b.origin));
    return { sources, rejected };
  };
}
