/**
 * A queue worker: consumes article jobs (analyse, store), regroup jobs and story jobs (analyse one story) from
 * one BullMQ queue. A worker that
 * dies holding jobs loses their locks after `lockDurationMs`; BullMQ's stalled-job check (every
 * `stalledIntervalMs`, in any live worker) puts them back, and another worker runs them again, which the store
 * absorbs (see analyses.ts). `close()` stops taking jobs, lets the active ones finish, then closes connections.
 */
import { hostname } from 'node:os';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { VERSION } from '../cli/version.js';
import { connected, openSharedStore, redisConnection, type QueueSettings } from './connections.js';
import {
  ANALYSE_JOB,
  KEEP_FINISHED_S,
  REGROUP_JOB,
  STORY_ATTEMPTS,
  STORY_JOB,
  analyseJobData,
  regroupDelay,
  regroupJobData,
  regroupJobId,
  storyJobData,
  storyJobId,
  type StoryJobData,
} from './jobs.js';
import { MissingArticleError, analyseJob, regroupJob, type JobContext } from './process-job.js';
import { storyJob } from './story-job.js';
import { storyThread } from './story-thread.js';

export interface WorkerOptions extends QueueSettings {
  concurrency: number;
  /** How long a job's lock lasts without renewal: how soon a dead worker's jobs are handed on. */
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** The least a regroup request waits, gathering the requests made meanwhile into one regroup. */
  regroupDelayMs: number;
  log(line: string): void;
}

export const WORKER_DEFAULTS = { concurrency: 2, lockDurationMs: 30_000, stalledIntervalMs: 15_000, regroupDelayMs: 1000 };

export interface RunningWorker {
  id: string;
  close(): Promise<void>;
}

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const shared = await openSharedStore(opts.databaseUrl);
  const connection = redisConnection(opts.redisUrl);
  const queue = new Queue(opts.queue, { connection });
  const id = `${hostname()}:${process.pid}`;
  // story analyses take seconds on a large story: on the main thread they would stop the lock renewals of every
  // job this worker holds, and BullMQ would hand those jobs to another worker as stalled
  const stories = storyThread();
  const ctx: JobContext & { runStory: (typeof stories)['run'] } = {
    runStory: (work) => stories.run(work),
    store: shared.store,
    db: shared.db,
    workerId: id,
    engineVersion: VERSION,
    async requestRegroup(collection, grouped, lastRegroupMs) {
      await queue.add(
        REGROUP_JOB,
        { collection },
        {
          jobId: regroupJobId(collection, grouped),
          delay: regroupDelay(opts.regroupDelayMs, lastRegroupMs),
          attempts: 3,
          backoff: { type: 'exponential', delay: 500 },
          // removed when done, so that a later request under the same generation makes a new job
          removeOnComplete: true,
          removeOnFail: true,
        },
      );
    },
    async requestStories(collection, stories, lastRegroupMs) {
      await queue.addBulk(
        stories.map((s) => ({
          name: STORY_JOB,
          data: { collection, story: s.key, generation: s.generation } satisfies StoryJobData,
          opts: {
            jobId: storyJobId(collection, s.key, s.generation),
            // twice the wait of the next regroup: a story still growing has changed again by then, and its job
            // finds a newer generation and stops at once, instead of analysing a story about to be replaced
            delay: 2 * regroupDelay(opts.regroupDelayMs, lastRegroupMs),
            attempts: STORY_ATTEMPTS,
            backoff: { type: 'exponential', delay: 1000 },
            // done: the stored row, not the job, says the story is analysed (a later ask finds it and asks nothing);
            // failed: kept, so that every regroup does not queue the same failing story again
            removeOnComplete: true,
            removeOnFail: { age: KEEP_FINISHED_S },
          },
        })),
      );
    },
  };
  const worker = new Worker(
    opts.queue,
    async (job: Job) => {
      try {
        if (job.name === ANALYSE_JOB) return await analyseJob(ctx, job.id!, analyseJobData(job.data));
        if (job.name === REGROUP_JOB) return await regroupJob(ctx, regroupJobData(job.data));
        if (job.name === STORY_JOB) return await storyJob(ctx, job.id!, storyJobData(job.data));
      } catch (err) {
        if (err instanceof MissingArticleError) throw new UnrecoverableError(err.message);
        throw err;
      }
      throw new UnrecoverableError(`unknown job kind ${job.name}`);
    },
    {
      connection,
      concurrency: opts.concurrency,
      lockDuration: opts.lockDurationMs,
      stalledInterval: opts.stalledIntervalMs,
      // a job whose worker died twice is still worth a third try; a job that kills every worker is not
      maxStalledCount: 3,
    },
  );
  worker.on('failed', (job, err) => opts.log(`job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`));
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await worker.close();
      await stories.close();
      await queue.close();
      await shared.close();
    })();
    return closing;
  };
  try {
    // both at once: each gets its error listener now, before either has failed to connect
    await Promise.all([connected(queue, opts.redisUrl, opts.log), connected(worker, opts.redisUrl, opts.log)]);
  } catch (err) {
    // nothing was taken from the queue: the connections can go at once
    await Promise.allSettled([worker.close(true), stories.close(), queue.close(), shared.close()]);
    throw err;
  }
  return { id, close };
}
