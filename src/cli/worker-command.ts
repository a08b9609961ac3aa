/**
 * `marsad enqueue PATH... --collection NAME` and `marsad worker [--concurrency N]`: the scale-out shells. Enqueue
 * stores the articles in PostgreSQL (DATABASE_URL) and puts one job per article on a Redis queue (REDIS_URL,
 * default redis://127.0.0.1:6379); any number of workers, on any machines reaching both, analyse them, group
 * the collection's stories and analyse each story that changed (events, quantities, framing, brief …), which
 * `marsad serve` on the same DATABASE_URL then shows. Exit codes: 0 done (worker: stopped by SIGTERM/SIGINT after its active jobs);
 * 1 the store or Redis could not be reached, or nothing could be read; 2 usage.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { readInputs } from '../inputs/read.js';
import { openSharedStore, queueSettings } from '../queue/connections.js';
import { enqueueSources } from '../queue/enqueue.js';
import { WORKER_DEFAULTS, startWorker } from '../queue/worker.js';

function positive(what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what} is a whole number above 0`);
    return n;
  };
}

export interface EnqueueCommandOptions {
  collection: string;
  queue?: string;
  json?: boolean;
}

export async function runEnqueue(paths: string[], opts: EnqueueCommandOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let settings;
  try {
    settings = queueSettings(env, opts.queue);
  } catch (err) {
    process.stderr.write(`marsad enqueue: ${(err as Error).message}\n`);
    return 1;
  }
  const { sources, skipped } = await readInputs(paths);
  let shared;
  try {
    shared = await openSharedStore(settings.databaseUrl);
  } catch (err) {
    process.stderr.write(`marsad enqueue: cannot open the store: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    const out = await enqueueSources(shared.store, shared.db, {
        redisUrl: settings.redisUrl,
        queue: settings.queue,
        collection: opts.collection,
        log: (line) => process.stderr.write(`marsad enqueue: ${line}\n`),
      }, sources);
    if (opts.json) process.stdout.write(JSON.stringify({ ...out, skipped }) + '\n');
    else {
      const lines = [
        `marsad enqueue: ${out.jobs} article job(s) on queue ${settings.queue} for collection ${opts.collection} (${out.collection}${out.createdCollection ? ', new' : ''}): ${out.added} new, ${out.known} already stored`,
        ...out.rejected.map((r) => `  not stored: ${r.origin}: ${r.reason}`),
        ...skipped.map((s) => `  skipped (not an article file): ${s}`),
      ];
      process.stdout.write(lines.join('\n') + '\n');
    }
    return out.jobs ? 0 : 1;
  } catch (err) {
    process.stderr.write(`marsad enqueue: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await shared.close().catch(() => {});
  }
}

export interface WorkerCommandOptions {
  concurrency: number;
  queue?: string;
  lockDuration: number;
  stalledInterval: number;
  regroupDelay: number;
}

export async function runWorker(opts: WorkerCommandOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = (line: string) => process.stderr.write(`marsad worker: ${line}\n`);
  let running;
  try {
    const settings = queueSettings(env, opts.queue);
    running = await startWorker({
      ...settings,
      concurrency: opts.concurrency,
      lockDurationMs: opts.lockDuration,
      stalledIntervalMs: opts.stalledInterval,
      regroupDelayMs: opts.regroupDelay,
      log,
    });
    process.stdout.write(`marsad worker: ${running.id} consuming queue ${settings.queue} (concurrency ${opts.concurrency})\n`);
  } catch (err) {
    log((err as Error).message);
    return 1;
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log('stopping: finishing the active jobs');
  await running.close();
  return 0;
}

export function registerQueueCommands(program: Command): void {
  program
    .command('enqueue')
    .description('store articles in PostgreSQL (DATABASE_URL) and queue one analysis job per article on Redis (REDIS_URL)')
    .argument('<paths...>', 'files or folders (.txt, .html, .jsonl)')
    .requiredOption('-c, --collection <name>', 'collection to add the articles to (created when missing)')
    .option('--queue <name>', 'queue name (default: MARSAD_QUEUE, else marsad-articles)')
    .option('--json', 'print a machine-readable summary on stdout')
    .action(async (paths: string[], opts: EnqueueCommandOptions) => {
      process.exitCode = await runEnqueue(paths, opts);
    });

  program
    .command('worker')
    .description('analyse queued articles into PostgreSQL, group their collections into stories and analyse the stories, until SIGTERM')
    .option('--concurrency <n>', 'jobs at a time in this process', positive('concurrency'), WORKER_DEFAULTS.concurrency)
    .option('--queue <name>', 'queue name (default: MARSAD_QUEUE, else marsad-articles)')
    .option('--lock-duration <ms>', "how long a job's lock lasts unrenewed: a dead worker's jobs are retried after it", positive('lock duration'), WORKER_DEFAULTS.lockDurationMs)
    .option('--stalled-interval <ms>', 'how often to look for jobs whose worker died', positive('stalled interval'), WORKER_DEFAULTS.stalledIntervalMs)
    .option('--regroup-delay <ms>', 'how long a regroup request gathers others before the stories are regrouped', positive('regroup delay'), WORKER_DEFAULTS.regroupDelayMs)
    .action(async (opts: WorkerCommandOptions) => {
      process.exitCode = await runWorker(opts);
    });
}
