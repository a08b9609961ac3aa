/**
 * Scheduling decisions, pure: when the next request to a host may go, and how long to wait before a retry.
 */

/**
 * Per-host slots: a request takes the first free slot at least `intervalMs` after the host's previous one.
 * Reserving is synchronous, so concurrent feeds on one host queue up instead of racing.
 */
export class HostSlots {
  private readonly last = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  /** The time the request may go; `minIntervalMs` raises the spacing (a robots.txt Crawl-delay). */
  reserve(host: string, now: number, minIntervalMs = 0): number {
    const prev = this.last.get(host);
    const gap = Math.max(this.intervalMs, minIntervalMs);
    const slot = prev === undefined ? now : Math.max(now, prev + gap);
    this.last.set(host, slot);
    return slot;
  }
}

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": half the doubled delay fixed, half random, so retries of many
 * clients spread out yet never come back at once. A server's Retry-After wins when it asks for longer, capped.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number, retryAfterMs?: number): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  const jittered = exp / 2 + (random() * exp) / 2;
  return Math.min(policy.maxMs, Math.max(jittered, retryAfterMs ?? 0));
}

/** Retry-After as milliseconds from `now`: delta seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Whether a status is worth retrying: the server is busy or failing, not refusing. */
export function retryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}
