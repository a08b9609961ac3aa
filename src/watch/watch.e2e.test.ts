/**
 * The watcher against feeds and pages served on 127.0.0.1 by a server the test starts, into an in-memory store,
 * with the real core extracting the pages. The clock is a manual one: request spacing and backoff are read from
 * it, never from wall time.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Message } from '../model/message.js';
import { openStore } from '../storage/open.js';
import type { Store } from '../storage/store.js';
import { Workspace } from '../storage/workspace.js';
import { PoliteClient, type ClientOptions } from './client.js';
import { ManualClock } from './clock.js';
import { NodeFetcher } from './fetcher.js';
import { emptyState, loadState, statePath, type WatchStateData } from './state.js';
import { ARTICLES, articleHtml, atomFeed, rssFeed } from './test-articles.js';
import { fixed, startTestServer, withEtag, type TestServer } from './test-server.js';
import { Watcher } from './watcher.js';

const HTML = 'text/html; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';
const ATOM = 'application/atom+xml; charset=utf-8';

const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

let sharedStore: Store | null = null;
/** One in-memory database for the file; each test gets its own collection. */
async function store(): Promise<Store> {
  if (!sharedStore) {
    sharedStore = await openStore({ dataDir: null });
    const s = sharedStore;
    cleanups.push(() => s.close());
  }
  return sharedStore;
}

interface Rig {
  server: TestServer;
  store: Store;
  collection: string;
  clock: ManualClock;
  state: WatchStateData;
  client: PoliteClient;
  watcher: Watcher;
  messages: Message[];
}

async function rig(opts: { server?: TestServer; state?: WatchStateData; statePath?: string | null; client?: Partial<ClientOptions>; collection?: string } = {}): Promise<Rig> {
  const server = opts.server ?? (await startTestServer());
  if (!opts.server) cleanups.push(() => server.close());
  const st = await store();
  const collection = opts.collection ?? (await st.createCollection(`watch-test-${Math.random().toString(36).slice(2)}`)).id;
  const clock = new ManualClock(1_000_000);
  const state = opts.state ?? emptyState();
  const client = new PoliteClient({ fetcher: new NodeFetcher({ allowPrivate: true }), clock, state, allowPrivate: true, random: () => 0.5, ...opts.client });
  const messages: Message[] = [];
  const watcher = new Watcher({ workspace: new Workspace(st), collection, client, clock, state, statePath: opts.statePath ?? null, onMessage: (m) => messages.push(m) });
  return { server, store: st, collection, clock, state, client, watcher, messages };
}

test('an RSS feed and an Atom feed of Arabic articles are fetched, extracted by the core and stored', async () => {
  const r = await rig();
  const { base } = r.server;
  const { port, rain, school, bridge } = ARTICLES;
  r.server.routes.set('/rss.xml', fixed(rssFeed(base, [port, rain].map((a) => ({ ...a, pubDate: 'Sun, 07 Sep 2025 23:30:00 +0300' }))), RSS));
  r.server.routes.set('/atom.xml', fixed(atomFeed(base, [school, bridge].map((a) => ({ ...a, published: '2025-09-08T08:00:00+03:00' }))), ATOM));
  for (const a of [port, rain, school, bridge]) r.server.routes.set(a.path, fixed(articleHtml(a), HTML));

  const report = await r.watcher.poll([`${base}/rss.xml`, `${base}/atom.xml`]);
  assert.equal(report.added, 4, JSON.stringify(r.messages));
  const stored = await r.store.articles(r.collection);
  const titles = stored.flatMap((a) => a.analysis?.documents.map((d) => d.title) ?? []).sort();
  assert.deepEqual(titles, [port.title, rain.title, school.title, bridge.title].sort());
  const portArticle = stored.find((a) => a.origin === `${base}${port.path}`)!;
  assert.equal(portArticle.format, 'html');
  assert.equal(portArticle.declared.url, `${base}${port.path}`);
  // the feed's date in its own offset: late on the 7th in Amman, not the 8th in UTC
  assert.equal(portArticle.declared.published, '2025-09-07T23:30:00+03:00');
  assert.equal(portArticle.analysis?.documents[0]?.published, '2025-09-07');
  assert.ok((await r.store.stories(r.collection)).length >= 1, 'the collection has stories after the poll');
  // every request named Marsad
  assert.ok(r.server.log.every((l) => /^Marsad\//.test(l.userAgent ?? '')));
});

test('a windows-1256 page is decoded with the charset it declares and its text stored exactly', async () => {
  const r = await rig();
  const { base } = r.server;
  const a = ARTICLES.rain;
  const html = articleHtml(a, { charset: 'windows-1256' });
  r.server.routes.set('/list.txt', fixed(`# one URL a line\n${base}${a.path}\n`, 'text/plain'));
  // the header names no charset: the page's <meta> does
  r.server.routes.set(a.path, fixed(iconv.encode(html, 'windows-1256'), 'text/html'));
  const report = await r.watcher.poll([`${base}/list.txt`]);
  assert.equal(report.added, 1, JSON.stringify(r.messages));
  const [stored] = await r.store.articleTexts(r.collection);
  assert.equal(stored!.encoding, 'windows-1256');
  assert.equal(stored!.text, html);
  assert.equal(stored!.analysis?.documents[0]?.title, a.title);
});

test('a 404 is reported with its code and the other entries are still added', async () => {
  const r = await rig();
  const { base } = r.server;
  const { port, school } = ARTICLES;
  r.server.routes.set('/rss.xml', fixed(rssFeed(base, [port, { path: '/news/removed', title: 'خبر محذوف' }, school]), RSS));
  r.server.routes.set(port.path, fixed(articleHtml(port), HTML));
  r.server.routes.set(school.path, fixed(articleHtml(school), HTML));
  const report = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(report.added, 2);
  const m = r.messages.find((x) => x.code === 'fetch/http-404');
  assert.ok(m, JSON.stringify(r.messages));
  assert.equal(m.origin, `${base}/news/removed`);
  assert.deepEqual(report.feeds[0]!.failed, [`${base}/news/removed`]);
  // a 404 is permanent: the next poll does not ask again
  await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(r.server.count('/news/removed'), 1);
});

test('a feed that never answers times out with a message while another feed is processed', async () => {
  const r = await rig({ client: { timeoutMs: 300, maxRetries: 1 } });
  const { base } = r.server;
  const a = ARTICLES.bridge;
  r.server.routes.set('/robots.txt', fixed('User-agent: *\nDisallow:\n', 'text/plain'));
  r.server.routes.set('/hang.xml', () => {}); // never answers
  r.server.routes.set('/atom.xml', fixed(atomFeed(base, [a]), ATOM));
  r.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  const report = await r.watcher.poll([`${base}/hang.xml`, `${base}/atom.xml`]);
  const hang = report.feeds.find((f) => f.feed.endsWith('/hang.xml'))!;
  assert.equal(hang.status, 'failed');
  const m = r.messages.find((x) => x.code === 'fetch/timeout');
  assert.ok(m, JSON.stringify(r.messages));
  assert.equal(m.origin, `${base}/hang.xml`);
  assert.equal(report.added, 1);
  // a timeout is retried, but only as often as allowed
  assert.equal(r.server.count('/hang.xml'), 2);
});

test('robots.txt disallow is honoured: the path is skipped with a message and never requested', async () => {
  const r = await rig();
  const { base } = r.server;
  const { port } = ARTICLES;
  r.server.routes.set('/robots.txt', fixed('User-agent: *\nDisallow: /members/\n\nUser-agent: OtherBot\nDisallow: /\n', 'text/plain'));
  r.server.routes.set('/rss.xml', fixed(rssFeed(base, [port, { path: '/members/exclusive', title: 'خبر للمشتركين' }]), RSS));
  r.server.routes.set(port.path, fixed(articleHtml(port), HTML));
  r.server.routes.set('/members/exclusive', fixed(articleHtml(ARTICLES.rain), HTML));
  const report = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(report.added, 1);
  assert.equal(r.server.count('/members/exclusive'), 0);
  assert.ok(r.messages.some((m) => m.code === 'fetch/robots-disallowed' && m.origin === `${base}/members/exclusive`), JSON.stringify(r.messages));
  // fetched once, then cached
  await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(r.server.count('/robots.txt'), 1);
});

test('the second poll of an unchanged feed is a conditional request answered 304, and nothing is refetched', async () => {
  const r = await rig();
  const { base } = r.server;
  const a = ARTICLES.school;
  r.server.routes.set('/rss.xml', withEtag(rssFeed(base, [a]), RSS, '"v1"'));
  r.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  const first = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(first.added, 1);
  const second = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(second.feeds[0]!.status, 'unchanged');
  assert.equal(second.added, 0);
  const feedRequests = r.server.log.filter((l) => l.path === '/rss.xml');
  assert.equal(feedRequests.length, 2);
  assert.equal(feedRequests[0]!.ifNoneMatch, undefined);
  assert.equal(feedRequests[1]!.ifNoneMatch, '"v1"');
  assert.equal(r.server.count(a.path), 1);
});

test('a page whose canonical link was taken is skipped, and an entry at a taken canonical is not even fetched', async () => {
  const r = await rig();
  const { base } = r.server;
  const a = ARTICLES.port;
  const canonical = `${base}${a.path}`;
  r.server.routes.set('/rss.xml', fixed(rssFeed(base, [a, { path: '/amp/port-expansion', title: a.title }]), RSS));
  r.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  // the AMP copy differs in its markup (so its hash differs) and names the article as canonical
  r.server.routes.set('/amp/port-expansion', fixed(articleHtml(a, { canonical, outlet: 'نسخة AMP' }).replace('<nav>', '<nav class="amp">'), HTML));
  const report = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(report.added, 1);
  assert.deepEqual(report.feeds[0]!.duplicates, [`${base}/amp/port-expansion`]);
  assert.ok(r.messages.some((m) => m.code === 'watch/duplicate-url'));
  assert.equal((await r.store.articles(r.collection)).length, 1);

  // another feed lists the article with a tracking parameter: same URL once normalised, so no request at all
  r.server.routes.set('/atom.xml', fixed(atomFeed(base, [{ ...a, path: `${a.path}?utm_source=feed#top` }]), ATOM));
  const before = r.server.count(a.path);
  const again = await r.watcher.poll([`${base}/atom.xml`]);
  assert.equal(again.feeds[0]!.known, 1);
  assert.equal(r.server.count(a.path), before);
});

test('a page with the same text as a stored one is a content duplicate and not stored again', async () => {
  const r = await rig();
  const { base } = r.server;
  const a = ARTICLES.rain;
  r.server.routes.set('/list.txt', fixed(`${base}${a.path}\n${base}/print${a.path}\n`, 'text/plain'));
  r.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  r.server.routes.set(`/print${a.path}`, fixed(articleHtml(a), HTML));
  const report = await r.watcher.poll([`${base}/list.txt`]);
  assert.equal(report.added, 1);
  assert.deepEqual(report.feeds[0]!.duplicates, [`${base}/print${a.path}`]);
  assert.ok(r.messages.some((m) => m.code === 'watch/duplicate-content'));
});

test('requests to one host are spaced by the rate limit, read on the injected clock', async () => {
  const r = await rig({ client: { perHostIntervalMs: 2500 } });
  const { base } = r.server;
  const all = Object.values(ARTICLES);
  r.server.routes.set('/rss.xml', fixed(rssFeed(base, all.slice(0, 2)), RSS));
  r.server.routes.set('/atom.xml', fixed(atomFeed(base, all.slice(2)), ATOM));
  for (const a of all) r.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  const start = r.clock.now();
  await r.watcher.poll([`${base}/rss.xml`, `${base}/atom.xml`]);
  // robots.txt, two feeds, four pages, with the two feeds polled side by side
  assert.equal(r.client.sent.length, 7);
  const times = r.client.sent.map((s) => s.at).sort((x, y) => x - y);
  assert.equal(times[0], start, 'the first request goes at once');
  for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 2500, `request ${i} came ${times[i]! - times[i - 1]!} ms after the one before`);
});

test('a 503 is retried after the backoff and the Retry-After the server asks for', async () => {
  const r = await rig({ client: { maxRetries: 2, backoff: { baseMs: 1000, maxMs: 30_000 } } });
  const { base } = r.server;
  const a = ARTICLES.bridge;
  let calls = 0;
  r.server.routes.set('/rss.xml', (req, res) => {
    if (++calls < 3) return void res.writeHead(503, { 'retry-after': '7' }).end('busy');
    fixed(rssFeed(base, [a]), RSS)(req, res);
  });
  r.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  const report = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(report.added, 1);
  const feedTimes = r.client.sent.filter((s) => s.url.endsWith('/rss.xml')).map((s) => s.at);
  assert.equal(feedTimes.length, 3);
  assert.ok(feedTimes[1]! - feedTimes[0]! >= 7000 && feedTimes[2]! - feedTimes[1]! >= 7000);

  // a server that keeps failing is given up on after the bounded retries, with the status as the code
  r.server.routes.set('/broken.xml', fixed('oops', 'text/plain', 500));
  const failed = await r.watcher.poll([`${base}/broken.xml`]);
  assert.equal(failed.feeds[0]!.status, 'failed');
  assert.equal(r.server.count('/broken.xml'), 3);
  assert.ok(r.messages.some((m) => m.code === 'fetch/http-500'));
});

test('a malformed feed is a message, and the other feeds go on', async () => {
  const r = await rig();
  const { base } = r.server;
  const a = ARTICLES.school;
  r.server.routes.set('/bad.xml', fixed('<rss><channel><item><title>ناقص', RSS));
  r.server.routes.set('/rss.xml', fixed(rssFeed(base, [a]), RSS));
  r.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  const report = await r.watcher.poll([`${base}/bad.xml`, `${base}/rss.xml`]);
  assert.equal(report.added, 1);
  assert.ok(r.messages.some((m) => m.code === 'feed/malformed' && m.origin === `${base}/bad.xml`));
});

test('the fetch state survives a restart: seen pages, validators and robots.txt are not asked for again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-watch-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const path = statePath(dir);
  const first = await rig({ statePath: path });
  const { base } = first.server;
  const { port, rain, bridge } = ARTICLES;
  first.server.routes.set('/robots.txt', fixed('User-agent: *\nAllow: /\n', 'text/plain'));
  first.server.routes.set('/rss.xml', withEtag(rssFeed(base, [port, rain]), RSS, '"a"'));
  for (const a of [port, rain, bridge]) first.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  assert.equal((await first.watcher.poll([`${base}/rss.xml`])).added, 2);

  // a new process: state read back from the file, a new client and watcher; the feed has one more item now
  first.server.routes.set('/rss.xml', withEtag(rssFeed(base, [bridge, port, rain]), RSS, '"b"'));
  const loaded = await loadState(path);
  assert.deepEqual(loaded.messages, []);
  const second = await rig({ server: first.server, state: loaded.state, statePath: path, collection: first.collection });
  const report = await second.watcher.poll([`${base}/rss.xml`]);
  assert.equal(report.added, 1);
  assert.equal(report.feeds[0]!.known, 2);
  assert.equal(first.server.count(port.path), 1);
  assert.equal(first.server.count(rain.path), 1);
  assert.equal(first.server.count('/robots.txt'), 1);
  assert.equal(first.server.log.filter((l) => l.path === '/rss.xml')[1]!.ifNoneMatch, '"a"');
  assert.equal((await first.store.articles(first.collection)).length, 3);
});

test('a page that failed for now is asked for again next poll: the feed is not answered 304 until all is in', async () => {
  const r = await rig({ client: { maxRetries: 0 } });
  const { base } = r.server;
  const { port, rain } = ARTICLES;
  r.server.routes.set('/rss.xml', withEtag(rssFeed(base, [port, rain, { path: '/media/photo.jpg', title: 'صورة' }]), RSS, '"f"'));
  r.server.routes.set(port.path, fixed(articleHtml(port), HTML));
  r.server.routes.set(rain.path, fixed('down for maintenance', 'text/plain', 502));
  r.server.routes.set('/media/photo.jpg', fixed(new Uint8Array([0xff, 0xd8, 0xff]), 'image/jpeg'));
  const first = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(first.added, 1);
  assert.ok(r.messages.some((m) => m.code === 'fetch/http-502'));
  assert.ok(r.messages.some((m) => m.code === 'fetch/not-an-article'));

  r.server.routes.set(rain.path, fixed(articleHtml(rain), HTML));
  const second = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(second.feeds[0]!.status, 'read');
  assert.equal(second.added, 1);
  assert.equal(r.server.count('/media/photo.jpg'), 1, 'what is not an article is not asked for again');
  // now everything is in: the third poll is conditional and answered 304
  const third = await r.watcher.poll([`${base}/rss.xml`]);
  assert.equal(third.feeds[0]!.status, 'unchanged');
});

test('a host whose robots.txt fails is not fetched from, and is not asked again for each of its pages', async () => {
  const pages = await startTestServer();
  cleanups.push(() => pages.close());
  const r = await rig({ client: { maxRetries: 0 } });
  // the feed lists pages of another host (another port: another origin) whose robots.txt answers 500
  const { port, rain } = ARTICLES;
  r.server.routes.set('/rss.xml', fixed(rssFeed(pages.base, [port, rain]), RSS));
  pages.routes.set('/robots.txt', fixed('error', 'text/plain', 500));
  for (const a of [port, rain]) pages.routes.set(a.path, fixed(articleHtml(a), HTML));
  const report = await r.watcher.poll([`${r.server.base}/rss.xml`]);
  assert.equal(report.added, 0);
  assert.equal(pages.count('/robots.txt'), 1);
  assert.equal(pages.count(port.path) + pages.count(rain.path), 0);
  assert.equal(r.messages.filter((m) => m.code === 'fetch/robots-unavailable').length, 2, JSON.stringify(r.messages));
});

test('two feeds polled side by side that list one article fetch and store it once', async () => {
  const r = await rig();
  const { base } = r.server;
  const a = ARTICLES.school;
  r.server.routes.set('/rss.xml', fixed(rssFeed(base, [a]), RSS));
  r.server.routes.set('/atom.xml', fixed(atomFeed(base, [a]), ATOM));
  r.server.routes.set(a.path, fixed(articleHtml(a), HTML));
  const report = await r.watcher.poll([`${base}/rss.xml`, `${base}/atom.xml`]);
  assert.equal(report.added, 1);
  assert.equal(r.server.count(a.path), 1);
});
