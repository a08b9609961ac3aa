/**
 * One poll of the followed sources: each feed or URL list is read (a 304 means nothing new), its entries not
 * seen before are fetched, decoded with the project's charset detection, checked against URLs and canonical
 * links already taken, and added to the collection through the workspace, which stores each text once and
 * brings the stories up to date. Feeds are polled side by side (the client keeps each host's pace); what is
 * learnt is saved after every feed, so a stop mid-poll loses at most the feed under way.
 */
import { readFile } from 'node:fs/promises';
import { decodeBytes } from '../formats/charset/index.js';
import type { Source } from '../model/document.js';
import { message, type Message } from '../model/message.js';
import type { Workspace } from '../storage/workspace.js';
import type { Clock } from './clock.js';
import type { PoliteClient } from './client.js';
import { parseFeed, type FeedEntry } from './feed.js';
import { saveState, type Validators, type WatchStateData } from './state.js';
import { normaliseUrl } from './url.js';
import { PAGE_ACCEPT, pageSource, type FetchedPage } from './page.js';

export interface WatcherOptions {
  workspace: Workspace;
  /** The collection id articles are added to. */
  collection: string;
  client: PoliteClient;
  clock: Clock;
  state: WatchStateData;
  /** Where the state is saved; null keeps it in memory only. */
  statePath: string | null;
  /** Each problem as it is met (the CLI prints them). */
  onMessage?: (m: Message) => void;
}

export interface FeedReport {
  feed: string;
  status: 'read' | 'unchanged' | 'failed';
  entries: number;
  /** Entries skipped without a request: their URL or canonical link was taken before. */
  known: number;
  added: string[];
  duplicates: string[];
  failed: string[];
}

export interface PollReport {
  feeds: FeedReport[];
  added: number;
  messages: Message[];
}

const BY = 'watch';
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5';
/** Failures that will not change by asking again: the URL is remembered so later polls do not retry it. */
const PERMANENT = /^fetch\/(http-(400|401|403|404|410|451)|private-address|unsupported-scheme|too-large|robots-disallowed)$/;

/** `<?xml … encoding="…"?>`: how an XML feed names its charset when the HTTP header does not. */
export function xmlDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
}

export class Watcher {
  private saving: Promise<void> = Promise.resolve();
  /**
   * URLs and canonical links taken in the poll under way, before the store has them: shared by the feeds
   * polled side by side, so two feeds listing one article fetch it once.
   */
  private readonly pending = new Set<string>();

  constructor(private readonly o: WatcherOptions) {}

  private get state(): WatchStateData {
    return this.o.state;
  }

  /** Polls every source once; problems are reported, never thrown. */
  async poll(sources: string[]): Promise<PollReport> {
    this.pending.clear();
    const messages: Message[] = [];
    const note = (m: Message) => {
      messages.push(m);
      this.o.onMessage?.(m);
    };
    const feeds = await Promise.all(sources.map((s) => this.pollFeed(s, note).catch((err: Error) => {
      // a bug or a store failure in one feed must not cost the others
      note(message('watch/failed', `${s}: ${err.message}`, { origin: s, by: BY, severity: 'error' }));
      return { feed: s, status: 'failed' as const, entries: 0, known: 0, added: [], duplicates: [], failed: [] };
    })));
    await this.save();
    return { feeds, added: feeds.reduce((n, f) => n + f.added.length, 0), messages };
  }

  private save(): Promise<void> {
    const path = this.o.statePath;
    if (!path) return Promise.resolve();
    this.saving = this.saving.then(() => saveState(path, this.state));
    return this.saving;
  }

  private async readSource(source: string, note: (m: Message) => void): Promise<{ text: string; url: string; validators?: Validators } | 'unchanged' | null> {
    const url = /^https?:\/\//i.test(source) ? normaliseUrl(source) : null;
    if (!url) {
      // a local file: a URL list or a saved feed
      try {
        const bytes = new Uint8Array(await readFile(source));
        return { text: decodeFeed(bytes, undefined, note, source).text, url: source };
      } catch (err) {
        note(message('feed/unreadable', `${source} could not be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { origin: source, by: BY, severity: 'error' }));
        return null;
      }
    }
    const res = await this.o.client.get(url, { conditional: true, accept: FEED_ACCEPT });
    if (!res.ok) {
      note({ ...res.message, origin: source });
      return null;
    }
    if (res.status === 304) return 'unchanged';
    return { text: decodeFeed(res.body, res.headers['content-type'], note, source).text, url: res.url, validators: res.validators };
  }

  private async pollFeed(source: string, note: (m: Message) => void): Promise<FeedReport> {
    const report: FeedReport = { feed: source, status: 'read', entries: 0, known: 0, added: [], duplicates: [], failed: [] };
    const read = await this.readSource(source, note);
    if (read === null) return { ...report, status: 'failed' };
    if (read === 'unchanged') return { ...report, status: 'unchanged' };
    if (!read.text.trim()) {
      note(message('feed/empty', `${source} is empty: no entries to read`, { origin: source, by: BY, severity: 'error' }));
      return { ...report, status: 'failed' };
    }
    const feed = parseFeed(read.text, read.url);
    for (const m of feed.messages) note({ ...m, origin: source });
    if (feed.messages.some((m) => m.code === 'feed/malformed')) return { ...report, status: 'failed' };
    report.entries = feed.entries.length;

    const sources: Source[] = [];
    /** Every address each page to add was reached by: all are remembered once it is stored. */
    const urlsOf = new Map<string, string[]>();
    const pending = this.pending;
    for (const entry of feed.entries) {
      if (this.state.seen[entry.url] || pending.has(entry.url)) {
        report.known++;
        continue;
      }
      // claimed before the request, so a feed polled alongside that lists it too does not fetch it again
      pending.add(entry.url);
      const page = await this.fetchPage(entry, note);
      if (page === 'failed') {
        pending.delete(entry.url);
        report.failed.push(entry.url);
        continue;
      }
      const taken = [page.url, page.canonical].find((u): u is string => !!u && u !== entry.url && (!!this.state.seen[u] || pending.has(u)));
      if (taken) {
        note(message('watch/duplicate-url', `${entry.url} is ${taken}, taken before; skipped`, { origin: entry.url, by: BY, severity: 'info' }));
        this.markSeen([entry.url, page.url], 'duplicate');
        report.duplicates.push(entry.url);
        continue;
      }
      const urls = [...new Set([entry.url, page.url, page.canonical].filter((u): u is string => !!u))];
      for (const u of urls) pending.add(u);
      urlsOf.set(entry.url, urls);
      sources.push(page.source);
    }

    if (sources.length) {
      const outcome = await this.o.workspace.addSources(this.o.collection, sources);
      const byOrigin = new Map(outcome.added.map((a) => [a.origin, a.id]));
      for (const s of sources) {
        const urls = urlsOf.get(s.origin) ?? [s.origin];
        const id = byOrigin.get(s.origin);
        if (id) {
          this.markSeen(urls, 'added', id);
          report.added.push(s.origin);
        }
      }
      for (const d of outcome.duplicates) {
        note(message('watch/duplicate-content', `${d.origin} holds the same text as article ${d.article}; not stored again`, { origin: d.origin, by: BY, severity: 'info' }));
        this.markSeen(urlsOf.get(d.origin) ?? [d.origin], 'duplicate', d.article);
        report.duplicates.push(d.origin);
      }
      for (const r of outcome.rejected) {
        note(message(r.code, `${r.origin}: ${r.reason}`, { origin: r.origin, by: BY, severity: 'error' }));
        this.markSeen([r.origin], 'refused');
        report.failed.push(r.origin);
      }
    }
    const remote = /^https?:\/\//i.test(source) ? normaliseUrl(source) : null;
    if (remote) {
      // an entry that failed for now (a timeout, a 5xx) is tried again on the next poll: the feed must not be 304
      const retryLater = report.failed.some((u) => !this.state.seen[u]);
      this.o.client.remember(remote, retryLater ? null : (read.validators ?? null));
    }
    await this.save();
    return report;
  }

  private markSeen(urls: string[], outcome: 'added' | 'duplicate' | 'refused', article?: string): void {
    const at = this.o.clock.now();
    for (const u of urls) if (!this.state.seen[u]) this.state.seen[u] = { at, outcome, ...(article ? { article } : {}) };
  }

  private async fetchPage(entry: FeedEntry, note: (m: Message) => void): Promise<FetchedPage | 'failed'> {
    const res = await this.o.client.get(entry.url, { accept: PAGE_ACCEPT });
    if (!res.ok) {
      note({ ...res.message, origin: entry.url });
      if (PERMANENT.test(res.message.code)) this.markSeen([entry.url], 'refused');
      return 'failed';
    }
    if (res.status === 304) return 'failed';
    const page = pageSource(res, entry.url, { title: entry.title, published: entry.published }, BY);
    if ('code' in page) {
      note(page);
      this.markSeen([entry.url], 'refused');
      return 'failed';
    }
    for (const m of page.source.messages) note(m);
    return page;
  }
}

/** Feed bytes to text: the HTTP charset, else the XML declaration, else the project's detection. */
function decodeFeed(bytes: Uint8Array, contentType: string | undefined, note: (m: Message) => void, origin: string): { text: string } {
  const hasCharset = !!contentType && /charset\s*=/i.test(contentType);
  const xmlCharset = hasCharset ? null : xmlDeclaredCharset(bytes);
  const hint = hasCharset ? contentType! : xmlCharset ? `application/xml; charset=${xmlCharset}` : undefined;
  const decoded = decodeBytes(bytes, { html: false, ...(hint ? { contentType: hint } : {}) });
  for (const m of decoded.messages) note({ ...m, origin });
  return { text: decoded.text };
}
