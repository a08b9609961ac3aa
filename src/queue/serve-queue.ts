/**
 * The queue as `marsad serve` holds it: one connection opened at start, through which articles added to a
 * queue-fed collection over the API are queued exactly as `marsad enqueue` queues them (the same job ids and
 * options, so an article sent to both is one job). A request must not hang on a Redis that went away: an add
 * that has not been taken within `timeoutMs` fails, the articles stay stored, and sending again queues them.
 */
import type { Queue } from 'bullmq';
import { QueueUnavailableError } from '../storage/queue-fed.js';
import { redact } from './connections.js';
import { addArticleJobs, connectedQueue } from './enqueue.js';

export interface ArticleQueue {
  /** The queue's name and Redis URL (its password left out), for the start-up line. */
  readonly label: string;
  add(collection: string, articles: ReadonlyArray<{ id: string; contentHash: string }>): Promise<number>;
  close(): Promise<void>;
}

const ADD_TIMEOUT_MS = 10_000;

export async function openArticleQueue(opts: { redisUrl: string; queue: string; log: (line: string) => void; timeoutMs?: number }): Promise<ArticleQueue> {
  const queue: Queue = await connectedQueue(opts.queue, opts.redisUrl, opts.log);
  const timeoutMs = opts.timeoutMs ?? ADD_TIMEOUT_MS;
  return {
    label: `${opts.queue} on ${redact(opts.redisUrl)}`,
    async add(collection, articles) {
      const jobs = articles.map((a) => ({ article: a.id, contentHash: a.contentHash }));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new QueueUnavailableError(`the queue (Redis at ${redact(opts.redisUrl)}) did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
      });
      try {
        await Promise.race([addArticleJobs(queue, collection, jobs), late]);
      } catch (err) {
        throw err instanceof QueueUnavailableError ? err : new QueueUnavailableError(`the queue refused the jobs: ${(err as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
      return jobs.length;
    },
    close: () => queue.close(),
  };
}
