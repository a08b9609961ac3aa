/**
 * For the queue's PostgreSQL tests: two connections to the shared store (two workers' worth), opened before the
 * file's tests and closed after them, and the collections a test made deleted with their queue rows (they
 * cascade), so a developer's database is left as it was. Without DATABASE_URL, `skip` says why and nothing opens.
 */
import { after, before } from 'node:test';
import { Queue } from 'bullmq';
import { openSharedStore, redisConnection, type SharedStore } from './connections.js';

export interface TestStores {
  /** The reason to skip, or false when a server is set. */
  readonly skip: string | false;
  shared: SharedStore;
  other: SharedStore;
  /** Collections to delete at the end. */
  readonly collections: string[];
}

export function testStores(what: string): TestStores {
  const url = process.env.DATABASE_URL;
  const stores = { skip: url ? false : `DATABASE_URL is not set: ${what} need a PostgreSQL server`, collections: [] } as unknown as TestStores;
  before(async () => {
    if (!url) return;
    stores.shared = await openSharedStore(url);
    stores.other = await openSharedStore(url);
  });
  after(async () => {
    if (!url) return;
    for (const c of stores.collections) await stores.shared.db.query('DELETE FROM collections WHERE id = $1', [c]);
    await stores.shared.close();
    await stores.other.close();
  });
  return stores;
}

/**
 * For an end-to-end test: a connection to the shared store and a BullMQ queue of its own (`name`), both closed by
 * `cleanups` at the end, the queue emptied first so that nothing is left in a developer's Redis.
 */
export async function storeAndQueue(name: string, cleanups: Array<() => Promise<void>>): Promise<{ shared: SharedStore; queue: Queue }> {
  const shared = await openSharedStore(process.env.DATABASE_URL!);
  cleanups.push(() => shared.close());
  const queue = new Queue(name, { connection: redisConnection(process.env.REDIS_URL!) });
  cleanups.push(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
  });
  return { shared, queue };
}
