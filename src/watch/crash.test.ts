/**
 * Crash safety of `marsad watch`: the process is killed (SIGKILL, no chance to clean up) in the middle of a poll,
 * while a page of a second feed is still being served, and restarted on the same data folder. Every article of
 * both feeds must then be in the store exactly once: nothing the first run committed is lost, and nothing it had
 * fetched is stored twice by the second (the fetch state may or may not have been saved when it died).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../storage/open.js';
import { repoRoot } from '../testing/fixtures.js';
import { ARTICLES, articleHtml, rssFeed } from './test-articles.js';
import { fixed, startTestServer, type Route } from './test-server.js';

const server = await startTestServer();
const dir = await mkdtemp(join(tmpdir(), 'marsad-watch-crash-'));
after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** The build this test runs from, so the child runs the same code. */
const build = fileURLToPath(new URL('../', import.meta.url));

function watchOnce(): ReturnType<typeof spawn> {
  const feeds = [`${server.base}/first.xml`, `${server.base}/second.xml`];
  return spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'marsad.js'), 'watch', ...feeds, '--data', dir, '--once', '--allow-private', '--rate', '0', '--retries', '0', '--collection', 'crash', '-q'],
    // the embedded store in the data folder, even where DATABASE_URL points at a server (as in CI)
    { env: { ...withoutDatabaseUrl(process.env), MARSAD_DIST: build }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _omit, ...rest } = env;
  return rest;
}

const exited = (child: ReturnType<typeof spawn>) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

test('killed mid-poll and restarted, the watcher has every article once', async () => {
  const { port, rain, school, bridge } = ARTICLES;
  server.routes.set('/first.xml', fixed(rssFeed(server.base, [port, rain]), 'application/rss+xml'));
  server.routes.set('/second.xml', fixed(rssFeed(server.base, [school, bridge]), 'application/rss+xml'));
  for (const a of [port, rain]) server.routes.set(a.path, fixed(articleHtml(a), 'text/html; charset=utf-8'));
  // the second feed's pages hang until the test lets them answer: the first run dies waiting for one
  let release: (() => void) | null = null;
  const released = new Promise<void>((r) => (release = r));
  let hung = 0;
  const slow = (a: typeof school): Route => (_req, res) => {
    hung++;
    void released.then(() => fixed(articleHtml(a), 'text/html; charset=utf-8')(_req, res));
  };
  for (const a of [school, bridge]) server.routes.set(a.path, slow(a));

  const first = watchOnce();
  const firstExit = exited(first);
  // wait until the run is inside the second feed's page fetches, and the first feed has had time to commit
  const deadline = Date.now() + 60_000;
  while (hung === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.ok(hung > 0, 'the first run reached the second feed');
  await new Promise((r) => setTimeout(r, 4000));
  first.kill('SIGKILL');
  assert.equal(await firstExit, null, 'the first run was killed, not finished');
  release!();

  // what the dead run had committed (its lock is taken over: the process is gone)
  const before = await openStore({ dataDir: dir });
  let committed: string[] = [];
  try {
    const c = (await before.collections()).find((x) => x.name === 'crash');
    committed = c ? (await before.articles(c.id)).map((a) => a.origin) : [];
  } finally {
    await before.close();
  }
  // the first feed is analysed and committed while the second hangs (on a loaded machine it may not have been
  // yet: the restart must cope either way); the second feed's pages cannot have been stored
  assert.ok(committed.length <= 2, `the first run died with part of the poll stored: ${committed.length}`);

  const second = watchOnce();
  let stderr = '';
  second.stderr!.on('data', (d) => (stderr += d));
  assert.equal(await exited(second), 0, `the restart finished: ${stderr}`);

  const store = await openStore({ dataDir: dir });
  try {
    const collection = (await store.collections()).find((c) => c.name === 'crash');
    assert.ok(collection, 'the collection is there');
    const articles = await store.articles(collection.id);
    const origins = articles.map((a) => a.origin).sort();
    assert.deepEqual(origins, [port, rain, school, bridge].map((a) => `${server.base}${a.path}`).sort(), 'each article once');
    assert.equal(new Set(articles.map((a) => a.contentHash)).size, 4);
    for (const o of committed) assert.ok(origins.includes(o), `committed before the crash and still there: ${o}`);
  } finally {
    await store.close();
  }
});
