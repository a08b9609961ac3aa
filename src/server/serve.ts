/**
 * Starts the API on a port: opens the store (PGlite in the data folder, or PostgreSQL by URL), builds the app,
 * listens, and closes both in order on `close()`. On PostgreSQL the queue's tables are opened beside the store,
 * so collections that `marsad worker`s analyse are served from their results (src/queue/queue-fed.ts); with a
 * Redis URL too, articles added to such a collection through the API are queued for the workers.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { openStore } from '../storage/open.js';
import type { Store } from '../storage/store.js';
import { Workspace } from '../storage/workspace.js';
import type { QueueFedCollections } from '../storage/queue-fed.js';
import { openSharedStore } from '../queue/connections.js';
import { queueFedCollections } from '../queue/queue-fed.js';
import { openArticleQueue, type ArticleQueue } from '../queue/serve-queue.js';
import { DEFAULT_QUEUE } from '../queue/jobs.js';
import { VERSION } from '../cli/version.js';
import { createApp, type Limits } from './app.js';
import { generateToken } from './auth.js';
import { pageFetcher } from './fetch-pages.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  token?: string;
  /** PGlite data folder (null: in memory); ignored when `databaseUrl` or `store` is given. */
  dataDir?: string | null;
  databaseUrl?: string;
  /**
   * The workers' queue (with `databaseUrl`): articles added to a queue-fed collection are queued there as
   * `marsad enqueue` queues them. Without it they are stored only, and wait for an enqueue.
   */
  redisUrl?: string;
  /** The queue's name (default marsad-articles). */
  queue?: string;
  /** An open store to serve (tests); closed with the server. */
  store?: Store;
  /** Queue-fed collections of `store` (tests); made from the database when `databaseUrl` is given. */
  queueFed?: QueueFedCollections;
  limits?: Partial<Limits>;
  log?: (line: string) => void;
  /** Let "add by URL" fetch from private and loopback addresses (refused by default). */
  allowPrivateUrls?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  /** Whether the token was made up at start (and must be shown to the person once). */
  tokenGenerated: boolean;
  storeLabel: string;
  /** The queue articles are sent to ("name on redis://…"), when there is one. */
  queueLabel: string | null;
  close(): Promise<void>;
}

function listen(server: ServerType): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startServer(opts: ServeOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  let store: Store;
  let queueFed = opts.queueFed;
  let articleQueue: ArticleQueue | undefined;
  if (opts.store) store = opts.store;
  else if (opts.databaseUrl) {
    const shared = await openSharedStore(opts.databaseUrl);
    store = shared.store;
    if (opts.redisUrl) {
      try {
        articleQueue = await openArticleQueue({ redisUrl: opts.redisUrl, queue: opts.queue || DEFAULT_QUEUE, log: opts.log ?? ((line) => process.stderr.write(`marsad serve: ${line}\n`)) });
      } catch (err) {
        await shared.close();
        throw err;
      }
    }
    queueFed ??= queueFedCollections(shared.store, shared.db, { version: VERSION, ...(articleQueue ? { queue: articleQueue } : {}) });
  } else store = await openStore(opts.dataDir !== undefined ? { dataDir: opts.dataDir } : {});
  const token = opts.token || generateToken();
  const app = createApp({
    workspace: new Workspace(store, queueFed ? { queueFed } : {}),
    token,
    version: VERSION,
    fetchPages: pageFetcher({ allowPrivate: opts.allowPrivateUrls ?? false }),
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  });
  const server = serve({ fetch: app.fetch, port: opts.port ?? 8787, hostname: host });
  let address: AddressInfo;
  try {
    address = await listen(server);
  } catch (err) {
    await articleQueue?.close();
    await store.close();
    throw err;
  }
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    token,
    tokenGenerated: !opts.token,
    storeLabel: store.label,
    queueLabel: articleQueue?.label ?? null,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await articleQueue?.close();
      await store.close();
    },
  };
}
