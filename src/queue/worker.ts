/**
 * A queue worker: consumes article jobs (analyse, store) and regroup jobs from one BullMQ queue. A worker that
 * dies holding jobs loses their locks after `lockDurationMs`; BullMQ's stalled-job check (every
 * `stalledIntervalMs`, in any live worker) puts them back, and another worker runs them again, which the store
 * absorbs (see analyses.ts). `close()` stops taking jobs, lets the active ones finish, then closes connections.
 */
import { hostname } from 'node:os';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { VERSION } from '../cli/version.js';
import { connected, openSharedStore, redisConnection, type QueueSettings } from './connections.js';
import { ANALYSE_JOB, REGROUP_JOB, analyseJobData, regroupDelay, regroupJobData, regroupJobId } from './jobs.js';
import { MissingArticleError, analyseJob, regroupJob, type JobContext } from './process-job.js';

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
  const ctx: JobContext = {
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
  };
  const worker = new Worker(
    opts.queue,
    async (job: Job) => {
      try {
        if (job.name === ANALYSE_JOB) return await analyseJob(ctx, job.id!, analyseJobData(job.data));
        if (job.name === REGROUP_JOB) return await regroupJob(ctx, regroupJobData(job.data));
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
    await Promise.allSettled([worker.close(true), queue.close(), shared.close()]);
    throw err;
  }
  return { id, close };
}
