/**
 * The server backend: a PostgreSQL reached through `pg` (DATABASE_URL). A transaction holds one pooled client
 * from BEGIN to COMMIT or ROLLBACK. `schema` confines the store to one schema (the tests use a fresh one each run).
 */
import pg from 'pg';
import type { Row, SqlDriver, SqlExecutor } from './sql.js';

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<R extends Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as R[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

const SAFE_SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgres(connectionString: string, opts: { schema?: string } = {}): Promise<SqlDriver> {
  if (opts.schema !== undefined && !SAFE_SCHEMA.test(opts.schema)) throw new Error(`unsafe schema name: ${opts.schema}`);
  const pool = new pg.Pool({
    connectionString,
    max: 8,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  // an idle client that loses its connection must not crash the process
  pool.on('error', () => {});
  if (opts.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
  else await pool.query('SELECT 1');
  return {
    ...executor(pool),
    label: 'postgres',
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(executor(client));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
