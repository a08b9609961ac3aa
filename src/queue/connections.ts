/**
 * Opens what a queue shell needs: the store on PostgreSQL (the only backend several processes can share) with
 * the queue's tables beside it, and the Redis connection options BullMQ takes.
 */
import { openPostgres } from '../storage/postgres-driver.js';
import { SqlStore } from '../storage/sql-store.js';
import type { SqlDriver } from '../storage/sql.js';
import type { Store } from '../storage/store.js';
import { DEFAULT_QUEUE, DEFAULT_REDIS_URL } from './jobs.js';
import { ensureQueueSchema } from './schema.js';

export interface SharedStore {
  store: Store;
  /** The same pool the store uses, for the queue's own tables. */
  db: SqlDriver;
  close(): Promise<void>;
}

export async function openSharedStore(databaseUrl: string): Promise<SharedStore> {
  const db = await openPostgres(databaseUrl);
  const store = await SqlStore.open(db);
  try {
    await ensureQueueSchema(db);
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  return { store, db, close: () => store.close() };
}

export interface QueueSettings {
  redisUrl: string;
  databaseUrl: string;
  queue: string;
}

/** Reads REDIS_URL, DATABASE_URL and MARSAD_QUEUE; a queue shell without PostgreSQL has nowhere to write. */
export function queueSettings(env: NodeJS.ProcessEnv, queue?: string): QueueSettings {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: workers share their results through PostgreSQL');
  return { redisUrl: env.REDIS_URL || DEFAULT_REDIS_URL, databaseUrl, queue: queue || env.MARSAD_QUEUE || DEFAULT_QUEUE };
}

/** How long a shell waits for Redis at start before it says it cannot reach it. */
const REDIS_READY_MS = 10_000;

interface RedisUser {
  waitUntilReady(): Promise<unknown>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

/**
 * Waits until a BullMQ queue or worker is connected, or fails with a message naming the URL (ioredis would
 * otherwise retry for ever, printing each failed attempt). Later connection errors go to `log`, each distinct
 * message once in a row: a Redis restart is logged, not spammed.
 */
export async function connected<T extends RedisUser>(user: T, url: string, log: (line: string) => void): Promise<T> {
  let last = '';
  user.on('error', (err) => {
    if (err.message !== last) log(`redis: ${err.message}`);
    last = err.message;
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`cannot reach Redis at ${redact(url)} (REDIS_URL)${last ? `: ${last}` : ''}`)), REDIS_READY_MS);
  });
  try {
    await Promise.race([user.waitUntilReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return user;
}

/** A URL for messages: its password left out. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** BullMQ's connection options for a URL; a blocking worker connection must not give up on a slow command. */
export function redisConnection(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url, maxRetriesPerRequest: null };
}
