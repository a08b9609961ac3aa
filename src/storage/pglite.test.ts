/** The store contract on the embedded PGlite, in a temporary data folder; and its migrations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './contract.js';
import { loadMigrations, migrate } from './migrations.js';
import { openStore } from './open.js';
import { LOCK_FILE, openPglite } from './pglite-driver.js';

let dir = '';
storeContract('PGlite', {
  async open() {
    dir = await mkdtemp(join(tmpdir(), 'marsad-pglite-'));
    return openStore({ dataDir: dir });
  },
  async reopen(store) {
    await store.close();
    return openStore({ dataDir: dir });
  },
  async cleanup() {
    await rm(dir, { recursive: true, force: true });
  },
});

test('migrations apply in order once, and a database newer than the code is refused', async () => {
  const db = await openPglite(null);
  try {
    const files = await loadMigrations();
    assert.deepEqual(files.map((m) => m.version), [...files.map((m) => m.version)].sort((a, b) => a - b));
    assert.equal(files[0]!.version, 1);
    assert.deepEqual(await migrate(db), files.map((m) => m.version));
    assert.deepEqual(await migrate(db), [], 'a second run applies nothing');
    const extra = [...files, { version: 999, name: 'test_extra', sql: 'CREATE TABLE extra_probe (x INTEGER)' }];
    assert.deepEqual(await migrate(db, extra), [999]);
    const recorded = await db.query<{ version: number; name: string }>('SELECT version, name FROM marsad_migrations ORDER BY version');
    assert.deepEqual(recorded.at(-1), { version: 999, name: 'test_extra' });
    await assert.rejects(migrate(db, files), /newer than this marsad knows/);
    // a migration that fails is rolled back whole
    const broken = [...extra, { version: 1000, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); SELECT no_such_column FROM half_done' }];
    await assert.rejects(migrate(db, broken));
    assert.deepEqual(await db.query(`SELECT to_regclass('half_done') AS t`), [{ t: null }]);
  } finally {
    await db.close();
  }
});

test('a data folder is opened by one process at a time; a lock left by a dead process is taken over', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'marsad-lock-'));
  try {
    // a pid above the kernel's largest (2^22) belongs to no process: a crash left this lock
    await writeFile(join(folder, LOCK_FILE), '4194305\n');
    const store = await openStore({ dataDir: folder });
    assert.equal((await readFile(join(folder, LOCK_FILE), 'utf8')).trim(), String(process.pid));
    await assert.rejects(openStore({ dataDir: folder }), /already open in this process/);
    // another live process holds it: the parent of this test runner is alive
    await store.close();
    await writeFile(join(folder, LOCK_FILE), `${process.ppid}\n`);
    await assert.rejects(openStore({ dataDir: folder }), /in use by process/);
    await rm(join(folder, LOCK_FILE));
    const again = await openStore({ dataDir: folder });
    await again.close();
    await assert.rejects(readFile(join(folder, LOCK_FILE)), /ENOENT/, 'closing gives the lock back');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
