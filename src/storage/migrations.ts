/**
 * Schema migrations: the numbered `.sql` files of `migrations/` (`001_initial.sql`, `002_….sql`), applied in
 * order, each once, recorded in `marsad_migrations`. All run in one transaction under an advisory lock, so two
 * servers starting on one PostgreSQL do not race and a failed migration leaves the schema as it was.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SqlDriver } from './sql.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Any constant: the key of the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 727_274_001;

/**
 * The compiled module finds the .sql files beside itself when the build copies them, and otherwise in the
 * sources (`dist/storage/` and `.b-x/storage/` both sit two levels under the repository root).
 */
const CANDIDATE_DIRS = [new URL('./migrations/', import.meta.url), new URL('../../src/storage/migrations/', import.meta.url)];

export async function loadMigrations(): Promise<Migration[]> {
  for (const url of CANDIDATE_DIRS) {
    const dir = fileURLToPath(url);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    const out: Migration[] = [];
    for (const name of names.filter((n) => n.endsWith('.sql')).sort()) {
      const m = /^(\d+)_([\w-]+)\.sql$/.exec(name);
      if (!m) throw new Error(`migration file not named NNN_name.sql: ${name}`);
      out.push({ version: Number(m[1]), name: m[2]!, sql: await readFile(dir + name, 'utf8') });
    }
    const versions = out.map((m) => m.version);
    if (new Set(versions).size !== versions.length) throw new Error(`two migrations share a number in ${dir}`);
    if (out.length) return out;
  }
  throw new Error('no schema migrations found (src/storage/migrations/*.sql)');
}

/** Applies what is missing; returns the versions applied now. */
export async function migrate(db: SqlDriver, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS marsad_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM marsad_migrations')).map((r) => r.version));
    const newest = Math.max(...all.map((m) => m.version));
    const ahead = [...done].filter((v) => v > newest);
    if (ahead.length) {
      throw new Error(`the database has schema version ${Math.max(...ahead)}, newer than this marsad knows (${newest}): upgrade marsad`);
    }
    const applied: number[] = [];
    for (const m of all) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO marsad_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
