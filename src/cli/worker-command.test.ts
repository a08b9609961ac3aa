import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

function marsad(args: string[], env: NodeJS.ProcessEnv) {
  const { DATABASE_URL: _d, REDIS_URL: _r, ...rest } = process.env;
  return spawnSync(process.execPath, [MAIN, ...args], { env: { ...rest, ...env }, encoding: 'utf8', timeout: 30_000 });
}

test('enqueue and worker without DATABASE_URL exit 1 and say what is missing', () => {
  for (const args of [['enqueue', '.', '--collection', 'x'], ['worker']]) {
    const r = marsad(args, {});
    assert.equal(r.status, 1, `${args[0]}: ${r.stderr}`);
    assert.match(r.stderr, /DATABASE_URL is not set/);
  }
});

test('usage errors exit 2: enqueue needs a collection, worker a concurrency above 0', () => {
  assert.equal(marsad(['enqueue', '.'], {}).status, 2);
  const r = marsad(['worker', '--concurrency', '0'], {});
  assert.equal(r.status, 2);
  assert.match(r.stderr, /concurrency is a whole number above 0/);
});

test('enqueue with Redis unreachable exits 1 naming REDIS_URL, and stores nothing', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL is not set' }, async () => {
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { openSharedStore } = await import('../queue/connections.js');
  const dir = await mkdtemp(join(tmpdir(), 'marsad-enqueue-'));
  await writeFile(join(dir, 'a.txt'), 'افتتاح مكتبة عامة جديدة في وسط المدينة\n\nافتتحت البلدية يوم السبت مكتبة عامة تضم عشرة آلاف كتاب.\n');
  const name = `unreachable-${process.pid}-${Date.now()}`;
  // port 1 on loopback: nothing listens there
  const r = marsad(['enqueue', dir, '--collection', name], { DATABASE_URL: process.env.DATABASE_URL!, REDIS_URL: 'redis://127.0.0.1:1' });
  await rm(dir, { recursive: true, force: true });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
  const shared = await openSharedStore(process.env.DATABASE_URL!);
  try {
    assert.equal((await shared.store.collections()).filter((c) => c.name === name).length, 0);
  } finally {
    await shared.close();
  }
});
