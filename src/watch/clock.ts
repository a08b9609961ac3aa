/**
 * Time as the watcher sees it, injected so tests can check request spacing and backoff without waiting: the
 * system clock in use, a manual one in tests.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early when `signal` aborts (a stop between polls must not wait the interval out). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/**
 * Virtual time for tests: a sleep is a timer at `now + ms`, and each macrotask turn fires the earliest timer,
 * moving the clock to it. Sleepers wake in the order of their times, each seeing its own time (its microtasks
 * run before the next timer fires), so concurrent callers observe the same spacing they would on a real clock,
 * without waiting.
 */
export class ManualClock implements Clock {
  private readonly timers: Array<{ at: number; wake: () => void }> = [];

  constructor(private t = 0) {}

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const at = this.t + Math.max(0, ms);
      // after every timer due no later: equal times wake in the order they were set
      const i = this.timers.findIndex((x) => x.at > at);
      this.timers.splice(i < 0 ? this.timers.length : i, 0, { at, wake: resolve });
      setImmediate(() => this.fire());
    });
  }

  private fire(): void {
    const next = this.timers.shift();
    if (!next) return;
    this.t = Math.max(this.t, next.at);
    next.wake();
  }
}
