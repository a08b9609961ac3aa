/**
 * Writes need `Authorization: Bearer TOKEN`. The token is compared in constant time (over digests, so its
 * length does not leak either). A browser cannot send this header to another origin without a CORS preflight,
 * which this server never grants, so a page elsewhere cannot write through a visitor's browser.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** A fresh token for a server started without one: 32 random bytes, URL-safe. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function requireToken(token: string): MiddlewareHandler {
  const want = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1]!), want)) {
      c.header('WWW-Authenticate', 'Bearer realm="marsad"');
      throw new ApiError(401, 'auth/token-required', m ? 'the bearer token is not the one this server was started with' : 'this endpoint needs an Authorization: Bearer header with the server token');
    }
    await next();
  };
}
