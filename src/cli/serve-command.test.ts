/**
 * `marsad serve` as a person runs it: a fresh data folder, no token given. It prints where it listens and a
 * write token once, serves, and stops cleanly on Ctrl-C, giving the data folder back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../testing/fixtures.js';

const build = fileURLToPath(new URL('../', import.meta.url));

test('marsad serve prints its address and a one-time token, serves, and stops on SIGINT', async () => {
  const data = await mkdtemp(join(tmpdir(), 'marsad-serve-cli-'));
  const env: NodeJS.ProcessEnv = { ...process.env, MARSAD_DIST: build };
  delete env.MARSAD_TOKEN;
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'marsad.js'), 'serve', '--port', '0', '--data', data], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString('utf8');
        if (/^open .*$/m.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code} before listening: ${out}`)));
    });
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+) \(store: pglite:/.exec(out)?.[1];
    assert.ok(url, out);
    const token = /write token \(shown once\): (\S+)/.exec(out)?.[1];
    assert.ok(token && token.length >= 32, 'a strong token is made up and shown');
    assert.ok(out.includes(`open ${url}/#token=${token}`));
    assert.equal(out.split(token).length - 1, 2, 'the token appears only in the two start lines');

    assert.deepEqual(await fetch(`${url}/api/health`).then((r) => r.json()), { ok: true, version: (await import('./version.js')).VERSION, store: 'pglite' });
    const refused = await fetch(`${url}/api/collections`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"س"}' });
    assert.equal(refused.status, 401);
    const created = await fetch(`${url}/api/collections`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{"name":"س"}' });
    assert.equal(created.status, 201);
    assert.ok(existsSync(join(data, 'marsad.lock')), 'the running server holds the data folder');

    child.kill('SIGINT');
    assert.equal(await exited, 0);
    assert.ok(!existsSync(join(data, 'marsad.lock')), 'the lock is given back on stop');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(data, { recursive: true, force: true });
  }
});
