/**
 * Without --allow-private the watcher refuses loopback, private and link-local addresses: before the request
 * (the pre-check), after each redirect, and at connect time (the socket's lookup).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { PoliteClient } from './client.js';
import { ManualClock } from './clock.js';
import { FetchError, NodeFetcher, type Fetcher, type FetchRequest } from './fetcher.js';
import { emptyState } from './state.js';
import { fixed, startTestServer } from './test-server.js';

const server = await startTestServer();
after(() => server.close());
server.routes.set('/feed.xml', fixed('<rss/>', 'application/rss+xml'));

test('a loopback server is refused without --allow-private, and never receives a request', async () => {
  const client = new PoliteClient({ fetcher: new NodeFetcher({ allowPrivate: false }), clock: new ManualClock(), state: emptyState() });
  const res = await client.get(`${server.base}/feed.xml`);
  assert.equal(res.ok, false);
  assert.equal(!res.ok && res.message.code, 'fetch/private-address');
  const byName = await client.get(`${server.base.replace('127.0.0.1', 'localhost')}/feed.xml`);
  assert.equal(!byName.ok && byName.message.code, 'fetch/private-address');
  assert.equal(server.log.length, 0);
});

test('the same server is fetched when private addresses are allowed', async () => {
  const client = new PoliteClient({ fetcher: new NodeFetcher({ allowPrivate: true }), clock: new ManualClock(), state: emptyState(), allowPrivate: true });
  const res = await client.get(`${server.base}/feed.xml`);
  assert.equal(res.ok && res.status, 200);
});

test('a redirect to a private address is re-checked and refused', async () => {
  const requested: string[] = [];
  const fetcher: Fetcher = {
    async fetch(req: FetchRequest) {
      requested.push(req.url);
      if (req.url.endsWith('/robots.txt')) return { status: 404, headers: {} as Record<string, string>, body: new Uint8Array() };
      return { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' }, body: new Uint8Array() };
    },
  };
  const client = new PoliteClient({ fetcher, clock: new ManualClock(), state: emptyState(), resolveHost: async () => ['93.184.216.34'] });
  const res = await client.get('http://news.example/feed.xml');
  assert.equal(!res.ok && res.message.code, 'fetch/private-address');
  assert.ok(requested.every((u) => !u.includes('169.254')), requested.join(' '));
});

test('a host with any private address among its addresses is refused', async () => {
  const client = new PoliteClient({ fetcher: new NodeFetcher({ allowPrivate: false }), clock: new ManualClock(), state: emptyState(), resolveHost: async () => ['93.184.216.34', '10.1.2.3'] });
  const res = await client.get('http://mixed.example/');
  assert.equal(!res.ok && res.message.code, 'fetch/private-address');
});

test('redirect chains are followed at most five hops', async () => {
  let n = 0;
  const fetcher: Fetcher = {
    async fetch(req) {
      if (req.url.endsWith('/robots.txt')) return { status: 404, headers: {} as Record<string, string>, body: new Uint8Array() };
      return { status: 301, headers: { location: `/hop${++n}` }, body: new Uint8Array() };
    },
  };
  const client = new PoliteClient({ fetcher, clock: new ManualClock(), state: emptyState(), resolveHost: async () => ['93.184.216.34'] });
  const res = await client.get('http://loop.example/start');
  assert.equal(!res.ok && res.message.code, 'fetch/too-many-redirects');
  assert.equal(n, 6);
});

test('the socket lookup itself refuses a name that resolves to loopback (DNS rebinding)', async () => {
  // straight to the fetcher, past the client's pre-check, as a name that changed its address would be
  const fetcher = new NodeFetcher({ allowPrivate: false });
  await assert.rejects(
    fetcher.fetch({ url: `${server.base.replace('127.0.0.1', 'localhost')}/feed.xml`, headers: {}, timeoutMs: 2000, maxBytes: 1024 }),
    (e: unknown) => e instanceof FetchError && e.code === 'fetch/private-address',
  );
  assert.equal(server.log.filter((l) => l.path === '/feed.xml').length, 1, 'only the allowed request reached the server');
});
