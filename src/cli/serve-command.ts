/**
 * `marsad serve [--port N] [--host H] [--data DIR] [--token T]`: the HTTP API and upload page over a store —
 * PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DIR (default ~/.marsad). Writes need the
 * bearer token (--token or MARSAD_TOKEN); without one, a random token is made and printed once. On PostgreSQL,
 * collections filled by `marsad enqueue` are served from what the workers stored, not analysed here; with
 * REDIS_URL set too, articles added to such a collection are queued for the workers (queue: --queue, else
 * MARSAD_QUEUE, else marsad-articles), as `marsad enqueue` queues them. Without REDIS_URL they are stored only.
 * Exit codes: 0 stopped by a signal; 1 the store or the queue (REDIS_URL) could not be opened, or the port could not be bound; 2 usage.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { defaultDataDir } from '../storage/open.js';
import { startServer } from '../server/serve.js';

export interface ServeCommandOptions {
  port: number;
  host: string;
  data?: string;
  token?: string;
  allowPrivateUrls?: boolean;
  queue?: string;
}

function portOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

export async function runServe(opts: ServeCommandOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const token = opts.token || env.MARSAD_TOKEN || undefined;
  const databaseUrl = env.DATABASE_URL || undefined;
  // only when asked for: a server without Redis keeps serving, its added articles stored for a later enqueue
  const redisUrl = databaseUrl ? env.REDIS_URL || undefined : undefined;
  const queue = opts.queue || env.MARSAD_QUEUE || undefined;
  let running;
  try {
    running = await startServer({
      port: opts.port,
      host: opts.host,
      ...(token ? { token } : {}),
      allowPrivateUrls: opts.allowPrivateUrls ?? false,
      ...(databaseUrl ? { databaseUrl } : { dataDir: opts.data ?? defaultDataDir() }),
      ...(redisUrl ? { redisUrl, ...(queue ? { queue } : {}) } : {}),
    });
  } catch (err) {
    process.stderr.write(`marsad serve: ${(err as Error).message}\n`);
    return 1;
  }
  const lines = [`marsad serve: listening on ${running.url} (store: ${databaseUrl ? 'postgres (DATABASE_URL)' : running.storeLabel})`];
  if (running.queueLabel) lines.push(`queue: ${running.queueLabel} (articles added to enqueued collections are queued for the workers)`);
  else if (databaseUrl) lines.push('no queue (REDIS_URL not set): articles added to enqueued collections are stored, not queued');
  else if (env.REDIS_URL) lines.push('REDIS_URL ignored: the workers share their results through PostgreSQL, and DATABASE_URL is not set');
  if (running.tokenGenerated) {
    // printed once: it is not stored anywhere, so a restart makes a new one
    lines.push(`write token (shown once): ${running.token}`, `open ${running.url}/#token=${running.token}`);
  } else lines.push(`open ${running.url}/ (writes need the token you gave)`);
  if (!LOOPBACK.test(opts.host)) lines.push(`warning: listening on ${opts.host}: anyone who can reach this address can read every collection`);
  process.stdout.write(lines.join('\n') + '\n');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  return 0;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and upload page; PostgreSQL when DATABASE_URL is set, else an embedded database in --data')
    .option('-p, --port <n>', 'port to listen on (0: any free port)', portOf, 8787)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--data <dir>', `data folder of the embedded database (default ${defaultDataDir()})`)
    .option('--token <token>', 'bearer token for writes (default: MARSAD_TOKEN, else a random one printed at start)')
    .option('--allow-private-urls', 'let "add by URL" fetch from private, loopback and link-local addresses')
    .option('--queue <name>', 'with DATABASE_URL and REDIS_URL: the queue articles added to enqueued collections go to (default: MARSAD_QUEUE, else marsad-articles)')
    .action(async (opts: ServeCommandOptions) => {
      process.exitCode = await runServe(opts);
    });
}
