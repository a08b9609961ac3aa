/**
 * The polite HTTP client every watcher request goes through. In order, for each hop of a redirect chain: only
 * http(s); the host's addresses checked against private ranges; the origin's robots.txt (fetched once, cached
 * in the state); the host's rate limit (and its Crawl-delay); a timeout per attempt; retries with backoff and
 * jitter on 429/5xx/network failures; ETag/Last-Modified sent back, 304 meaning nothing new. Every failure is a
 * `Message` with a code, never a throw.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { message, type Message } from '../model/message.js';
import { privateRange } from './address.js';
import type { Clock } from './clock.js';
import { FetchError, type Fetcher, type FetchResponse } from './fetcher.js';
import { isAllowed, groupFor, parseRobots, type Robots } from './robots.js';
import { backoffDelay, HostSlots, retryableStatus, retryAfterMs, type BackoffPolicy } from './schedule.js';
import type { Validators, WatchStateData } from './state.js';
import { VERSION } from '../cli/version.js';

export const USER_AGENT_TOKEN = 'Marsad';
/** Names the product and version, so a site can write robots.txt rules for it and recognise it in its logs. */
export const USER_AGENT = `${USER_AGENT_TOKEN}/${VERSION} (Arabic news dossier builder; honours robots.txt)`;

export interface ClientOptions {
  fetcher: Fetcher;
  clock: Clock;
  state: WatchStateData;
  allowPrivate?: boolean;
  /** Every address of a host name; `dns.lookup` by default. */
  resolveHost?: (hostname: string) => Promise<string[]>;
  userAgent?: string;
  timeoutMs?: number;
  /** Minimum spacing between two requests to one host. */
  perHostIntervalMs?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  maxBytes?: number;
  maxRedirects?: number;
  /** How long a fetched robots.txt is trusted. */
  robotsTtlMs?: number;
}

export type GetResult =
  | { ok: true; status: 200; url: string; body: Uint8Array; headers: Record<string, string>; validators: Validators }
  | { ok: true; status: 304; url: string }
  | { ok: false; message: Message };

const BY = 'watch/fetch';
/** A Crawl-delay beyond this would stall a poll; the site still gets the configured spacing at least. */
const MAX_CRAWL_DELAY_MS = 30_000;
/** How long an unreadable robots.txt is taken as final before it is asked for again. */
const ROBOTS_RETRY_MS = 10 * 60_000;
const RETRYABLE_ERRORS = new Set(['fetch/timeout', 'fetch/network']);

async function dnsAll(hostname: string): Promise<string[]> {
  return (await lookup(hostname, { all: true })).map((a) => a.address);
}

export class PoliteClient {
  private readonly o: Required<Omit<ClientOptions, 'state'>>;
  private readonly slots: HostSlots;
  private readonly robotsInFlight = new Map<string, Promise<Robots | Message>>();
  /** Origins whose robots.txt could not be read lately: their other URLs fail at once instead of timing out again. */
  private readonly robotsFailed = new Map<string, { at: number; message: Message }>();
  /** Requests sent, in order, with the clock's time: what a log (and a test) reads. */
  readonly sent: Array<{ url: string; at: number }> = [];

  private readonly state: WatchStateData;

  constructor(opts: ClientOptions) {
    const { state, ...rest } = opts;
    this.state = state;
    // options given as undefined (a CLI flag left out) keep their defaults
    const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<ClientOptions, 'state'>;
    this.o = {
      allowPrivate: false,
      resolveHost: dnsAll,
      userAgent: USER_AGENT,
      timeoutMs: 20_000,
      perHostIntervalMs: 1000,
      maxRetries: 3,
      backoff: { baseMs: 1000, maxMs: 60_000 },
      random: Math.random,
      maxBytes: 16 * 1024 * 1024,
      maxRedirects: 5,
      robotsTtlMs: 24 * 3600_000,
      ...given,
    };
    this.slots = new HostSlots(this.o.perHostIntervalMs);
  }

  /**
   * GET `url` politely. `conditional` sends the validators remembered for it (a feed: 304 when unchanged); the
   * ones the answer carries are returned, and kept only when the caller calls `remember`, once it has used the
   * body: a poll that failed half-way must not be answered 304 next time.
   */
  async get(url: string, opts: { conditional?: boolean; accept?: string } = {}): Promise<GetResult> {
    let current = url;
    for (let hop = 0; hop <= this.o.maxRedirects; hop++) {
      const refused = await this.refuse(current);
      if (refused) return { ok: false, message: refused };
      const robots = await this.robotsFor(new URL(current).origin);
      if ('code' in robots) return { ok: false, message: { ...robots, origin: url } };
      const u = new URL(current);
      if (!isAllowed(robots, USER_AGENT_TOKEN, u.pathname + u.search)) {
        return { ok: false, message: message('fetch/robots-disallowed', `robots.txt of ${u.origin} disallows ${u.pathname + u.search}; skipped`, { origin: url, by: BY, severity: 'info' }) };
      }
      const headers: Record<string, string> = { 'user-agent': this.o.userAgent, accept: opts.accept ?? '*/*' };
      const validators = opts.conditional && hop === 0 ? this.state.validators[url] : undefined;
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
      const crawlDelay = groupFor(robots, USER_AGENT_TOKEN)?.crawlDelay;
      const res = await this.exchange(current, headers, crawlDelay === undefined ? 0 : Math.min(MAX_CRAWL_DELAY_MS, crawlDelay * 1000));
      if ('code' in res) return { ok: false, message: { ...res, origin: url } };
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const location = res.headers['location'];
        if (!location) return { ok: false, message: message(`fetch/http-${res.status}`, `${current} answered ${res.status} without a Location`, { origin: url, by: BY, severity: 'error' }) };
        current = new URL(location, current).href;
        continue;
      }
      if (res.status === 304) return { ok: true, status: 304, url: current };
      if (res.status >= 200 && res.status < 300) {
        const v = { ...(res.headers['etag'] ? { etag: res.headers['etag'] } : {}), ...(res.headers['last-modified'] ? { lastModified: res.headers['last-modified'] } : {}) };
        return { ok: true, status: 200, url: current, body: res.body, headers: res.headers, validators: v };
      }
      return { ok: false, message: message(`fetch/http-${res.status}`, `${current} answered HTTP ${res.status}`, { origin: url, by: BY, severity: 'error' }) };
    }
    return { ok: false, message: message('fetch/too-many-redirects', `more than ${this.o.maxRedirects} redirects from ${url}`, { origin: url, by: BY, severity: 'error' }) };
  }

  /** Keeps (or, given none, forgets) the validators to send with the next conditional GET of `url`. */
  remember(url: string, validators: Validators | null): void {
    if (validators && (validators.etag || validators.lastModified)) this.state.validators[url] = validators;
    else delete this.state.validators[url];
  }

  /** Why `url` may not be fetched at all (scheme, private address, unresolvable host), or null. */
  private async refuse(url: string): Promise<Message | null> {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return message('fetch/unsupported-scheme', `${u.protocol} addresses are not fetched`, { origin: url, by: BY, severity: 'error' });
    const host = u.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = await this.o.resolveHost(host);
      } catch (err) {
        return message('fetch/dns', `${host} could not be resolved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { origin: url, by: BY, severity: 'error' });
      }
    }
    if (!addresses.length) return message('fetch/dns', `${host} has no address`, { origin: url, by: BY, severity: 'error' });
    if (this.o.allowPrivate) return null;
    for (const a of addresses) {
      const why = privateRange(a);
      if (why) return message('fetch/private-address', `${host === a ? host : `${host} resolves to ${a}, which`} is ${why}: refused (--allow-private fetches it)`, { origin: url, by: BY, severity: 'error' });
    }
    return null;
  }

  /** One request with the rate limit, the timeout and bounded retries; a `Message` when it finally fails. */
  private async exchange(url: string, headers: Record<string, string>, minIntervalMs: number): Promise<FetchResponse | Message> {
    const host = new URL(url).hostname;
    let last: Message | null = null;
    for (let attempt = 0; attempt <= this.o.maxRetries; attempt++) {
      const slot = this.slots.reserve(host, this.o.clock.now(), minIntervalMs);
      while (this.o.clock.now() < slot) await this.o.clock.sleep(slot - this.o.clock.now());
      this.sent.push({ url, at: this.o.clock.now() });
      let wait: number | undefined;
      try {
        const res = await this.o.fetcher.fetch({ url, headers, timeoutMs: this.o.timeoutMs, maxBytes: this.o.maxBytes });
        if (!retryableStatus(res.status)) return res;
        last = message(`fetch/http-${res.status}`, `${url} answered HTTP ${res.status} (${attempt + 1} attempt${attempt ? 's' : ''})`, { by: BY, severity: 'error' });
        wait = retryAfterMs(res.headers['retry-after'], this.o.clock.now());
      } catch (err) {
        const code = err instanceof FetchError ? err.code : 'fetch/network';
        last = message(code, `${url}: ${(err as Error).message} (${attempt + 1} attempt${attempt ? 's' : ''})`, { by: BY, severity: 'error' });
        if (!RETRYABLE_ERRORS.has(code)) return last;
      }
      if (attempt < this.o.maxRetries) await this.o.clock.sleep(backoffDelay(attempt, this.o.backoff, this.o.random, wait));
    }
    return last!;
  }

  /** The origin's robots rules, from the state when fresh; a message when robots.txt could not be had. */
  private robotsFor(origin: string): Promise<Robots | Message> {
    const cached = this.state.robots[origin];
    if (cached && this.o.clock.now() - cached.fetchedAt < this.o.robotsTtlMs) return Promise.resolve(parseRobots(cached.text));
    const failed = this.robotsFailed.get(origin);
    if (failed && this.o.clock.now() - failed.at < ROBOTS_RETRY_MS) return Promise.resolve(failed.message);
    let p = this.robotsInFlight.get(origin);
    if (!p) {
      p = this.fetchRobots(origin)
        .then((r) => {
          if ('code' in r) this.robotsFailed.set(origin, { at: this.o.clock.now(), message: r });
          else this.robotsFailed.delete(origin);
          return r;
        })
        .finally(() => this.robotsInFlight.delete(origin));
      this.robotsInFlight.set(origin, p);
    }
    return p;
  }

  private async fetchRobots(origin: string): Promise<Robots | Message> {
    let url = `${origin}/robots.txt`;
    for (let hop = 0; hop <= this.o.maxRedirects; hop++) {
      const refused = await this.refuse(url);
      if (refused) return refused;
      const res = await this.exchange(url, { 'user-agent': this.o.userAgent, accept: 'text/plain' }, 0);
      if ('code' in res) {
        // RFC 9309: a robots.txt that cannot be read (5xx, no answer) forbids everything for now
        const code = /^fetch\/http-5/.test(res.code) ? 'fetch/robots-unavailable' : res.code;
        return { ...res, code, reason: `robots.txt of ${origin} could not be read, so nothing there is fetched: ${res.reason}` };
      }
      if (res.status >= 300 && res.status < 400 && res.headers['location']) {
        url = new URL(res.headers['location'], url).href;
        continue;
      }
      // RFC 9309: a missing robots.txt (4xx) allows everything; a failing one (5xx) forbids everything for now
      let text: string;
      if (res.status >= 200 && res.status < 300) text = new TextDecoder('utf-8').decode(res.body);
      else if (res.status >= 400 && res.status < 500) text = '';
      else return message('fetch/robots-unavailable', `robots.txt of ${origin} answered HTTP ${res.status}; nothing there is fetched until it can be read`, { by: BY, severity: 'error' });
      this.state.robots[origin] = { fetchedAt: this.o.clock.now(), text };
      return parseRobots(text);
    }
    return message('fetch/too-many-redirects', `robots.txt of ${origin} redirects more than ${this.o.maxRedirects} times`, { by: BY, severity: 'error' });
  }
}
