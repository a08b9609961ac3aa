/**
 * Puts articles on the queue: reads the inputs, stores their texts in the collection (once per text), then adds
 * one job per article under an id made of the collection and the content hash. Run twice, or by two shells at
 * once, it stores and queues each article once.
 */
import { storable, type Rejected } from '../storage/workspace.js';
import { Queue } from 'bullmq';
import type { Source } from '../model/document.js';
import type { Store } from '../storage/store.js';
import type { SqlDriver } from '../storage/sql.js';
import { ANALYSE_ATTEMPTS, ANALYSE_BACKOFF_MS, ANALYSE_JOB, KEEP_FINISHED_S, analyseJobId, type AnalyseJobData } from './jobs.js';
import { connected, redisConnection } from './connections.js';

/** The key of the advisory lock under which a collection is looked up by name and created when missing. */
const COLLECTION_NAME_LOCK = 727_274_103;
/** Jobs per round trip to Redis. */
const BULK = 500;

/** An input that could not be stored, and why (the workspace's own check). */
export type Unreadable = Rejected;

/** The workspace's split of sources into storable and not, re-exported for the queue's callers. */
export { storable };

/**
 * The collection of that name, created when there is none. Two shells doing this at once would otherwise make
 * two collections of one name: a transaction-scoped advisory lock on another connection serialises them (the
 * store's own queries run, and commit, while it is held).
 */
export async function collectionNamed(store: Store, db: SqlDriver, name: string): Promise<{ id: string; created: boolean }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [COLLECTION_NAME_LOCK]);
    const found = (await store.collections()).find((c) => c.name === name.trim());
    if (found) return { id: found.id, created: false };
    return { id: (await store.createCollection(name)).id, created: true };
  });
}

export interface EnqueueOutcome {
  collection: string;
  createdCollection: boolean;
  /** Articles newly stored by this call. */
  added: number;
  /** Articles the collection already held (queued again under the same id: a no-op while their job is kept). */
  known: number;
  jobs: number;
  rejected: Unreadable[];
}

export async function enqueueSources(
  store: Store,
  db: SqlDriver,
  opts: { redisUrl: string; queue: string; collection: string; log?: (line: string) => void },
  sources: Source[],
): Promise<EnqueueOutcome> {
  const log = opts.log ?? (() => {});
  const { readable, rejected } = storable(sources);
  // Redis first: articles stored but not queued would wait for an enqueue that a user thinks has failed
  const queue = await connectedQueue(opts.queue, opts.redisUrl, log);
  try {
    return await storeAndQueue(store, db, queue, opts.collection, readable, rejected);
  } finally {
    await queue.close();
  }
}

export async function connectedQueue(name: string, url: string, log: (line: string) => void): Promise<Queue> {
  const queue = new Queue(name, { connection: redisConnection(url) });
  try {
    return await connected(queue, url, log);
  } catch (err) {
    await queue.close().catch(() => {});
    throw err;
  }
}

async function storeAndQueue(store: Store, db: SqlDriver, queue: Queue, name: string, readable: Source[], rejected: Unreadable[]): Promise<EnqueueOutcome> {
  const collection = await collectionNamed(store, db, name);
  // from now on the workers own the collection's analysis: a server reads their results (queue-fed.ts)
  await db.query('INSERT INTO queue_groupings (collection_id) VALUES ($1) ON CONFLICT (collection_id) DO NOTHING', [collection.id]);
  const stored = readable.length
    ? await store.addArticles(
        collection.id,
        readable.map((s) => ({ origin: s.origin, format: s.format, text: s.text, declared: s.declared, encoding: s.encoding ?? null, messages: s.messages })),
      )
    : { revision: 0, added: [], duplicates: [] };
  // one job per text: a text given twice in one call is one article
  const byHash = new Map<string, string>();
  for (const a of stored.added) byHash.set(a.contentHash, a.id);
  for (const d of stored.duplicates) if (!byHash.has(d.contentHash)) byHash.set(d.contentHash, d.article);
  const jobs = [...byHash].map(([contentHash, article]) => ({ article, contentHash }));
  await addArticleJobs(queue, collection.id, jobs);
  return { collection: collection.id, createdCollection: collection.created, added: stored.added.length, known: stored.duplicates.length, jobs: jobs.length, rejected };
}

/** One analysis job per article, under the id of its collection and content hash (queued before: one job still). */
export async function addArticleJobs(queue: Queue, collection: string, jobs: ReadonlyArray<{ article: string; contentHash: string }>): Promise<void> {
  for (let i = 0; i < jobs.length; i += BULK) {
    await queue.addBulk(
      jobs.slice(i, i + BULK).map((j) => ({
        name: ANALYSE_JOB,
        data: { collection, article: j.article, contentHash: j.contentHash } satisfies AnalyseJobData,
        opts: {
          jobId: analyseJobId(collection, j.contentHash),
          attempts: ANALYSE_ATTEMPTS,
          backoff: { type: 'exponential', delay: ANALYSE_BACKOFF_MS },
          removeOnComplete: { age: KEEP_FINISHED_S },
          removeOnFail: { age: KEEP_FINISHED_S },
        },
      })),
    );
  }
}
