/**
 * One HTTP exchange, no policy: the `Fetcher` interface the polite client drives (tests may inject their own)
 * and its Node implementation over `node:http`/`node:https`. The Node one checks addresses at connect time
 * too, through the socket's DNS lookup, so a host that resolves to a public address for the pre-check and to a
 * private one a moment later (DNS rebinding) is still refused.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { privateRange } from './address.js';

export interface FetchRequest {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Larger bodies are refused: a feed or page is never this big, a hostile endless stream might be. */
  maxBytes: number;
}

export interface FetchResponse {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface Fetcher {
  /** One request, redirects not followed. Fails with a `FetchError`. */
  fetch(req: FetchRequest): Promise<FetchResponse>;
}

/** A failed exchange with the message code it is reported under (`fetch/timeout`, `fetch/network`…). */
export class FetchError extends Error {
  constructor(
    readonly code: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** The socket lookup that refuses private addresses unless allowed. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => privateRange(a.address));
      if (bad) {
        const e = new FetchError('fetch/private-address', `${hostname} resolves to ${bad.address}, ${privateRange(bad.address)}`) as FetchError & NodeJS.ErrnoException;
        return callback(e, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

function decoded(res: IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

function flatHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function networkError(err: Error & { code?: string }): FetchError {
  if (err instanceof FetchError) return err;
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return new FetchError('fetch/dns', `the host could not be resolved (${err.code})`);
  return new FetchError('fetch/network', `${err.code ?? 'network error'}: ${err.message}`);
}

export class NodeFetcher implements Fetcher {
  private readonly lookup: LookupFunction;

  constructor(opts: { allowPrivate: boolean }) {
    this.lookup = guardedLookup(opts.allowPrivate);
  }

  fetch(req: FetchRequest): Promise<FetchResponse> {
    const url = new URL(req.url);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<FetchResponse>((resolve, reject) => {
      let settled = false;
      const fail = (e: FetchError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        r.destroy();
        reject(e);
      };
      const r = request(url, { method: 'GET', headers: { 'accept-encoding': 'gzip, deflate, br', ...req.headers }, lookup: this.lookup }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const body = decoded(res);
        body.on('data', (c: Buffer) => {
          size += c.length;
          if (size > req.maxBytes) fail(new FetchError('fetch/too-large', `the response is larger than ${req.maxBytes} bytes`));
          else chunks.push(c);
        });
        body.on('error', (e) => fail(new FetchError('fetch/bad-encoding', `the response could not be decompressed: ${e.message}`)));
        res.on('error', (e) => fail(networkError(e)));
        body.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res), body: new Uint8Array(Buffer.concat(chunks)) });
        });
      });
      // one deadline for the whole exchange, body included: a server that trickles bytes forever is cut off too
      const timer = setTimeout(() => fail(new FetchError('fetch/timeout', `no complete answer within ${req.timeoutMs} ms`)), req.timeoutMs);
      r.on('error', (e) => fail(networkError(e)));
      r.end();
    });
  }
}
