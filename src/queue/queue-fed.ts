/**
 * The workspace's view of queue-fed collections (src/storage/queue-fed.ts), over the queue's tables: a
 * collection is queue-fed once `marsad enqueue` has queued it (or a worker stored an analysis of it). Its dossier
 * is assembled from the workers' results (dossier.ts), once per state of those results: a cheap query of the
 * generations and the latest story result says whether the last assembly is still current.
 */
import type { SqlExecutor } from '../storage/sql.js';
import type { QueueFedCollections } from '../storage/queue-fed.js';
import type { Store, StoryRecord } from '../storage/store.js';
import type { Pipeline } from '../pipeline/run.js';
import { assembleQueueDossier, storyRecord } from './dossier.js';
import type { ArticleQueue } from './serve-queue.js';

interface Assembled {
  state: string;
  revision: number;
  json: string;
  stories: StoryRecord[];
}

export interface QueueFedOptions {
  version: string;
  pipeline?: Pipeline;
  /** The workers' queue, when the shell has one: articles added through it are then queued, not only stored. */
  queue?: ArticleQueue;
}

export function queueFedCollections(store: Store, db: SqlExecutor, opts: QueueFedOptions): QueueFedCollections {
  const cache = new Map<string, Promise<Assembled>>();

  /** Everything an assembly reads, in one row: it changes whenever a worker writes for the collection. */
  async function stateOf(collection: string): Promise<string> {
    const rows = await db.query<Record<string, unknown>>(
      `SELECT c.revision, g.stale_generation, g.grouped_generation,
         (SELECT count(*) FROM queue_analyses a WHERE a.collection_id = $1) AS analyses,
         (SELECT count(*) FROM queue_stories s WHERE s.collection_id = $1) AS stories,
         (SELECT count(*)::text || '/' || coalesce(max(r.analysed_at)::text, '') FROM queue_story_results r WHERE r.collection_id = $1) AS results
       FROM collections c LEFT JOIN queue_groupings g ON g.collection_id = c.id WHERE c.id = $1`,
      [collection],
    );
    return JSON.stringify(rows[0] ?? null);
  }

  async function assemble(collection: string, state: string): Promise<Assembled> {
    const out = await assembleQueueDossier(store, db, collection, { version: opts.version, queued: !!opts.queue, ...(opts.pipeline ? { pipeline: opts.pipeline } : {}) });
    if (!out) throw new Error(`no collection ${collection}`);
    return { state, revision: out.revision, json: JSON.stringify(out.dossier), stories: out.stories };
  }

  const queue = opts.queue;
  return {
    ...(queue ? { queueArticles: (collection: string, articles: ReadonlyArray<{ id: string; contentHash: string }>) => queue.add(collection, articles) } : {}),
    async isQueueFed(collection) {
      const rows = await db.query('SELECT 1 FROM queue_groupings WHERE collection_id = $1', [collection]);
      return rows.length > 0;
    },
    async dossier(collection) {
      const state = await stateOf(collection);
      const cached = cache.get(collection);
      if (cached) {
        const done = await cached.catch(() => null);
        if (done && done.state === state) return done;
      }
      // one assembly per state at a time: requests meanwhile wait for it
      const current = cache.get(collection);
      if (current && current !== cached) return current;
      const next = assemble(collection, state);
      cache.set(collection, next);
      next.catch(() => {
        if (cache.get(collection) === next) cache.delete(collection);
      });
      return next;
    },
    async stories(collection) {
      const rows = await db.query<Parameters<typeof storyRecord>[0] & Record<string, unknown>>(
        `SELECT story_key, title, documents, created_generation, updated_generation FROM queue_stories
         WHERE collection_id = $1 ORDER BY position, story_key`,
        [collection],
      );
      return rows.map(storyRecord);
    },
  };
}
