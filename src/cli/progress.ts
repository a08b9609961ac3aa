/**
 * A progress bar on a terminal for long runs: `documents 120/500 [#####.....]`, redrawn in place at most every
 * 100 ms and wiped when the run ends. Drawn only where the stream is a terminal (never into a pipe or a log), and
 * only once a run has lasted long enough to be worth watching.
 */
import type { Progress } from '../analyze.js';

export interface BarStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export interface BarOptions {
  /** Milliseconds between redraws. */
  every?: number;
  /** Milliseconds before the first draw: a short run shows no bar at all. */
  after?: number;
  now?: () => number;
}

export function progressBar(stream: BarStream, opts: BarOptions = {}): { update: Progress; done(): void } {
  const every = opts.every ?? 100;
  const now = opts.now ?? (() => Date.now());
  const start = now();
  const after = opts.after ?? 500;
  let last = -Infinity;
  let drawn = false;
  const update: Progress = ({ phase, done, total }) => {
    if (!stream.isTTY) return;
    const t = now();
    const final = done >= total;
    if (t - start < after || (!final && t - last < every)) return;
    last = t;
    const label = `${phase === 'documents' ? 'articles' : 'stories'} ${done}/${total} `;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 4));
    const filled = total ? Math.round((width * done) / total) : width;
    stream.write(`\r${label}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`);
    drawn = true;
  };
  return {
    update,
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
