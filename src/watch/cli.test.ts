/**
 * `marsad watch` as the command line runs it (`runWatch`), against a local server, with the store injected so
 * the test does not open a database folder; the fetch state goes to a temporary data folder.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWatch, type WatchCommandOptions } from '../cli/watch-command.js';
import { openStore } from '../storage/open.js';
import { ManualClock } from './clock.js';
import { ARTICLES, articleHtml, rssFeed } from './test-articles.js';
import { fixed, startTestServer, withEtag } from './test-server.js';

const server = await startTestServer();
const store = await openStore({ dataDir: null });
const dir = await mkdtemp(join(tmpdir(), 'marsad-watch-cli-'));
after(async () => {
  await server.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const base: WatchCommandOptions = { data: dir, interval: 60, once: true, collection: 'akhbar', rate: 1, timeout: 5, retries: 0, allowPrivate: true };
const env = {} as NodeJS.ProcessEnv;

async function run(sources: string[], opts: Partial<WatchCommandOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWatch(sources, { ...base, ...opts }, { store, clock: new ManualClock(), out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('--once polls a feed and a local URL list into the named collection, then a rerun finds nothing new', async () => {
  const { port, rain, school } = ARTICLES;
  server.routes.set('/rss.xml', withEtag(rssFeed(server.base, [port, rain]), 'application/rss+xml', '"1"'));
  for (const a of [port, rain, school]) server.routes.set(a.path, fixed(articleHtml(a), 'text/html; charset=utf-8'));
  const list = join(dir, 'urls.txt');
  await writeFile(list, `${server.base}${school.path}\n${server.base}${port.path}\n`);

  const first = await run([`${server.base}/rss.xml`, list]);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /poll: 3 articles added/);
  const collection = (await store.collections()).find((c) => c.name === 'akhbar');
  assert.equal(collection?.articles, 3);
  const state = JSON.parse(await readFile(join(dir, 'watch-state.akhbar.json'), 'utf8')) as { collection: string; seen: Record<string, unknown> };
  assert.equal(state.collection, collection!.id);
  assert.ok(state.seen[`${server.base}${school.path}`]);

  const second = await run([`${server.base}/rss.xml`, list]);
  assert.equal(second.code, 0, second.err);
  assert.match(second.out, /poll: 0 articles added/);
  assert.match(second.out, /rss\.xml: unchanged/);
  assert.equal((await store.collections()).filter((c) => c.name === 'akhbar').length, 1, 'the same collection is used again');
  assert.equal(server.count(school.path), 1);
});

test('without --allow-private a loopback feed is refused with its code, and --once exits 1', async () => {
  const res = await run([`${server.base}/rss.xml`], { allowPrivate: false, collection: 'refused' });
  assert.equal(res.code, 1);
  assert.match(res.err, /fetch\/private-address/);
});

test('a local list that does not exist is a message, not a crash', async () => {
  const res = await run([join(dir, 'missing.txt')], { collection: 'missing' });
  assert.equal(res.code, 1);
  assert.match(res.err, /feed\/unreadable/);
});

test('without --once the command polls every interval until it is stopped, then exits 0', async () => {
  const a = ARTICLES.bridge;
  server.routes.set('/loop.xml', withEtag(rssFeed(server.base, [a]), 'application/rss+xml', '"loop"'));
  server.routes.set(a.path, fixed(articleHtml(a), 'text/html; charset=utf-8'));
  const ctl = new AbortController();
  const clock = new ManualClock();
  const polls: number[] = [];
  const code = await runWatch([`${server.base}/loop.xml`], { ...base, once: false, interval: 300, collection: 'loop' }, {
    store,
    clock,
    out: (l) => {
      if (l.startsWith('poll:')) polls.push(clock.now());
      if (polls.length === 3) ctl.abort();
    },
    err: () => {},
    stop: ctl.signal,
  }, env);
  assert.equal(code, 0);
  assert.equal(polls.length, 3);
  assert.ok(polls[1]! - polls[0]! >= 300_000 && polls[2]! - polls[1]! >= 300_000, 'polls are an interval apart');
  assert.equal(server.count('/loop.xml'), 3);
  assert.equal(server.count(a.path), 1);
});
