/**
 * The embedded backend: PostgreSQL compiled to WebAssembly (PGlite), its data in a folder, so a laptop needs
 * nothing else installed. Without a folder the database lives in memory (tests). PGlite does not guard its
 * folder against a second process, and two writers would corrupt it, so the folder holds a lock file with the
 * owner's pid while it is open; a lock left by a process that died is taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Row, SqlDriver, SqlExecutor } from './sql.js';

interface PgliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
}

function executor(db: PgliteLike): SqlExecutor {
  return {
    async query<R extends Row>(sql: string, params: unknown[] = []) {
      return (await db.query<R>(sql, params)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

export const LOCK_FILE = 'marsad.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock; returns the function that gives it back. */
async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (pid === process.pid) throw new Error(`the data folder ${dir} is already open in this process`);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new Error(`the data folder ${dir} is in use by process ${pid} (another marsad serve?): stop it or give another --data`);
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`could not take the lock of the data folder ${dir}`);
}

export async function openPglite(dataDir: string | null): Promise<SqlDriver> {
  let unlock = async () => {};
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockFolder(dataDir);
  }
  let db: PGlite;
  try {
    db = dataDir ? new PGlite(dataDir) : new PGlite();
    await db.waitReady;
  } catch (err) {
    await unlock();
    throw err;
  }
  const base = executor(db);
  return {
    ...base,
    label: dataDir ? `pglite:${dataDir}` : 'pglite:memory',
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    close: async () => {
      try {
        await db.close();
      } finally {
        await unlock();
      }
    },
  };
}
