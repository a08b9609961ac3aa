/**
 * Which store a process uses: PostgreSQL when a URL is given (DATABASE_URL), else PGlite in the data folder
 * (`--data DIR`, by default `~/.marsad`). Nothing is fetched: PGlite ships inside its npm package.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPglite } from './pglite-driver.js';
import { openPostgres } from './postgres-driver.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

export interface OpenOptions {
  /** PGlite data folder; `null` keeps the database in memory. */
  dataDir?: string | null;
  /** A PostgreSQL URL; wins over `dataDir`. */
  databaseUrl?: string;
  /** PostgreSQL schema to confine the store to (created when missing). */
  schema?: string;
}

export function defaultDataDir(): string {
  return join(homedir(), '.marsad');
}

export async function openStore(opts: OpenOptions = {}): Promise<Store> {
  if (opts.databaseUrl) return SqlStore.open(await openPostgres(opts.databaseUrl, opts.schema ? { schema: opts.schema } : {}));
  const dir = opts.dataDir === undefined ? defaultDataDir() : opts.dataDir;
  return SqlStore.open(await openPglite(dir === null ? null : resolve(dir)));
}
