/**
 * What the watcher remembers between runs, in `DATA/watch-state.json` (one file per collection): the URLs already taken (requested,
 * redirected-to and canonical), each fetched URL's validators for conditional requests, and each origin's
 * robots.txt. Written to a temporary file and renamed over the old one, so a crash mid-write leaves the previous
 * state whole rather than a truncated file that would make the next run refetch everything.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { message, type Message } from '../model/message.js';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface SeenEntry {
  /** ms since the epoch when it was first taken. */
  at: number;
  /** The store's article id, when the page was stored (absent for skipped duplicates). */
  article?: string;
  /** Why it is seen: stored, a duplicate of something stored, or a page that will never be taken. */
  outcome: 'added' | 'duplicate' | 'refused';
}

export interface RobotsEntry {
  fetchedAt: number;
  /** The file's text; '' when the site has none (all allowed). */
  text: string;
}

export interface WatchStateData {
  version: 1;
  /** The store collection the watcher adds to. */
  collection?: string;
  seen: Record<string, SeenEntry>;
  validators: Record<string, Validators>;
  robots: Record<string, RobotsEntry>;
}

/** One file per collection: what one collection has taken says nothing about another's. */
export function stateFile(collectionName: string): string {
  return collectionName === 'watch' ? 'watch-state.json' : `watch-state.${encodeURIComponent(collectionName).replace(/%/g, '_')}.json`;
}

export function emptyState(): WatchStateData {
  return { version: 1, seen: {}, validators: {}, robots: {} };
}

export function statePath(dataDir: string, collectionName = 'watch'): string {
  return join(dataDir, stateFile(collectionName));
}

/** The saved state, or an empty one (with a message when a file was there but could not be read). */
export async function loadState(path: string): Promise<{ state: WatchStateData; messages: Message[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { state: emptyState(), messages: [] };
  }
  try {
    const data = JSON.parse(text) as Partial<WatchStateData>;
    if (data.version !== 1 || typeof data.seen !== 'object' || !data.seen) throw new Error('unexpected shape');
    return {
      state: { version: 1, ...(data.collection ? { collection: data.collection } : {}), seen: data.seen, validators: data.validators ?? {}, robots: data.robots ?? {} },
      messages: [],
    };
  } catch (err) {
    return {
      state: emptyState(),
      messages: [message('watch/state-unreadable', `${path} could not be read (${(err as Error).message}); starting with no memory of earlier runs`, { origin: path, by: 'watch/state' })],
    };
  }
}

let counter = 0;

export async function saveState(path: string, state: WatchStateData): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${++counter}.tmp`;
  await writeFile(tmp, JSON.stringify(state), 'utf8');
  await rename(tmp, path);
}
