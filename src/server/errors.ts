/**
 * Every error the API returns is JSON `{ error: { code, reason } }` with a stable code a client can switch on
 * and a sentence a person can act on. Nothing internal (a stack, a query) is ever sent.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { QueueUnavailableError } from '../storage/queue-fed.js';
import { StoreError } from '../storage/store.js';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    reason: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(reason);
  }
}

export function errorBody(code: string, reason: string, details?: Record<string, unknown>) {
  return { error: { code, reason, ...(details ? { details } : {}) } };
}

const STORE_STATUS: Record<StoreError['code'], ContentfulStatusCode> = {
  'collection/not-found': 404,
  'collection/invalid': 400,
  'article/invalid': 400,
};

/** The response for anything thrown by a handler; unexpected errors are logged here and answered as 500. */
export function respondToError(err: unknown, c: Context, log: (line: string) => void): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.details), err.status);
  if (err instanceof StoreError) return c.json(errorBody(err.code, err.message), STORE_STATUS[err.code]);
  if (err instanceof QueueUnavailableError) {
    // the articles were stored before the queue failed: the same request again finds them and queues them
    return c.json(errorBody('queue/unavailable', `the articles are stored but could not be queued for the workers (${err.message}); send them again to queue them`), 503);
  }
  log(`marsad serve: ${c.req.method} ${c.req.path} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return c.json(errorBody('server/internal', 'the server could not complete the request; its log says why'), 500);
}
