/**
 * `marsad watch FEED_OR_LIST... [--data DIR] [--interval S] [--once] [--allow-private]`: follows RSS/Atom feeds
 * and URL lists (remote, or local .txt files), adds new article pages to a collection of the store (PostgreSQL
 * when DATABASE_URL is set, else the embedded database in DIR) and re-analyses it so stories grow as articles
 * arrive. What was fetched is remembered in DIR/watch-state.json, so a restart asks only for what is new.
 * Exit codes: 0 done (or stopped by a signal); 1 the store could not be opened, or with --once a source could
 * not be read at all; 2 usage.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { Message } from '../model/message.js';
import { defaultDataDir, openStore } from '../storage/open.js';
import type { Store } from '../storage/store.js';
import { Workspace } from '../storage/workspace.js';
import { systemClock, type Clock } from '../watch/clock.js';
import { PoliteClient } from '../watch/client.js';
import { NodeFetcher, type Fetcher } from '../watch/fetcher.js';
import { loadState, saveState, statePath, type WatchStateData } from '../watch/state.js';
import { Watcher, type PollReport } from '../watch/watcher.js';

export interface WatchCommandOptions {
  data?: string;
  /** Seconds between polls. */
  interval: number;
  once?: boolean;
  allowPrivate?: boolean;
  collection: string;
  /** Seconds between two requests to one host. */
  rate: number;
  /** Seconds one request may take. */
  timeout: number;
  retries: number;
  quiet?: boolean;
}

export interface WatchDeps {
  store?: Store;
  fetcher?: Fetcher;
  clock?: Clock;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Stops the loop between polls when aborted; the CLI aborts it on SIGINT/SIGTERM. */
  stop?: AbortSignal;
}

function positive(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new InvalidArgumentError(`${name} is a number of seconds, at least ${min}`);
    return n;
  };
}

/** The collection the watcher adds to: the one it used before, else the one of that name, else a new one. */
async function collectionFor(store: Store, state: WatchStateData, name: string): Promise<string> {
  if (state.collection) {
    const known = await store.collection(state.collection);
    if (known && known.name === name) return known.id;
  }
  const byName = (await store.collections()).find((c) => c.name === name);
  return (byName ?? (await store.createCollection(name))).id;
}

function line(m: Message): string {
  return `${m.severity}: ${m.code}: ${m.reason}${m.origin && !m.reason.includes(m.origin) ? ` (${m.origin})` : ''}`;
}

function summary(r: PollReport): string {
  const parts = r.feeds.map((f) => `${f.feed}: ${f.status === 'unchanged' ? 'unchanged' : f.status === 'failed' ? 'failed' : `${f.entries} entries, ${f.added.length} added, ${f.known} known, ${f.duplicates.length} duplicates, ${f.failed.length} failed`}`);
  return [`poll: ${r.added} article${r.added === 1 ? '' : 's'} added`, ...parts.map((p) => '  ' + p)].join('\n');
}

export async function runWatch(sources: string[], opts: WatchCommandOptions, deps: WatchDeps = {}, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const out = deps.out ?? ((l: string) => process.stdout.write(l + '\n'));
  const err = deps.err ?? ((l: string) => process.stderr.write(l + '\n'));
  const dataDir = opts.data ?? defaultDataDir();
  let store = deps.store;
  const owned = !store;
  try {
    store ??= await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir });
  } catch (e) {
    err(`marsad watch: the store could not be opened: ${(e as Error).message}`);
    return 1;
  }
  try {
    const path = statePath(dataDir, opts.collection);
    const loaded = await loadState(path);
    for (const m of loaded.messages) err(line(m));
    const state = loaded.state;
    const collection = await collectionFor(store, state, opts.collection);
    state.collection = collection;
    await saveState(path, state);
    const clock = deps.clock ?? systemClock;
    const client = new PoliteClient({
      fetcher: deps.fetcher ?? new NodeFetcher({ allowPrivate: !!opts.allowPrivate }),
      clock,
      state,
      allowPrivate: !!opts.allowPrivate,
      perHostIntervalMs: opts.rate * 1000,
      timeoutMs: opts.timeout * 1000,
      maxRetries: opts.retries,
    });
    const watcher = new Watcher({ workspace: new Workspace(store), collection, client, clock, state, statePath: path, onMessage: (m) => err(line(m)) });
    if (!opts.quiet) out(`marsad watch: ${sources.length} source${sources.length === 1 ? '' : 's'} into collection "${opts.collection}" (${collection}), store ${env.DATABASE_URL ? 'postgres (DATABASE_URL)' : store.label}`);

    let stop = deps.stop;
    let unlisten = () => {};
    if (!stop) {
      const ctl = new AbortController();
      const onSignal = () => ctl.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      unlisten = () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      };
      stop = ctl.signal;
    }
    try {
      for (;;) {
        // a poll under way is finished, not cut: its state is saved as it goes
        const report = await watcher.poll(sources);
        if (!opts.quiet) out(summary(report));
        if (opts.once) return report.feeds.some((f) => f.status === 'failed') ? 1 : 0;
        if (stop.aborted) return 0;
        await clock.sleep(opts.interval * 1000, stop);
        if (stop.aborted) return 0;
      }
    } finally {
      unlisten();
    }
  } finally {
    if (owned) await store.close();
  }
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('follow RSS/Atom feeds and URL lists, adding new articles to a collection of the store in --data')
    .argument('<sources...>', 'feed URLs, URL-list URLs, or local .txt files of URLs (one a line)')
    .option('--data <dir>', `data folder of the embedded database and the fetch state (default ${defaultDataDir()})`)
    .option('--interval <seconds>', 'seconds between polls', positive('--interval', 10), 900)
    .option('--once', 'poll once and exit')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--collection <name>', 'collection to add articles to', 'watch')
    .option('--rate <seconds>', 'seconds between two requests to one host', positive('--rate', 0), 1)
    .option('--timeout <seconds>', 'seconds one request may take', positive('--timeout', 1), 20)
    .option('--retries <n>', 'retries of a request after 429, 5xx or a network error', positive('--retries', 0), 3)
    .option('-q, --quiet', 'print only problems')
    .action(async (sources: string[], opts: WatchCommandOptions) => {
      process.exitCode = await runWatch(sources, opts);
    });
}
