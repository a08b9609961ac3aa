/**
 * The store contract on a real PostgreSQL, when DATABASE_URL names one (CI starts one). Each run works in a
 * fresh schema that it drops afterwards, so it never touches other data in that database.
 */
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { storeContract } from './contract.js';
import { openStore } from './open.js';

const url = process.env.DATABASE_URL;
if (!url) {
  test('store contract: PostgreSQL', { skip: 'DATABASE_URL is not set: no PostgreSQL to run the store contract against' }, () => {});
} else {
  const schema = `marsad_test_${randomBytes(5).toString('hex')}`;
  storeContract('PostgreSQL', {
    open: () => openStore({ databaseUrl: url, schema }),
    async reopen(store) {
      await store.close();
      return openStore({ databaseUrl: url, schema });
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  });
}
