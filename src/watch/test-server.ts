/**
 * For tests: an HTTP server on 127.0.0.1 whose routes a test sets and changes, counting and logging each request
 * (path and the conditional headers), so a test can assert what the watcher asked for and what it left alone.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  base: string;
  routes: Map<string, Route>;
  log: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string; userAgent?: string }>;
  count(path: string): number;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const log: TestServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({
      path,
      ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}),
      ...(req.headers['if-modified-since'] ? { ifModifiedSince: String(req.headers['if-modified-since']) } : {}),
      ...(req.headers['user-agent'] ? { userAgent: String(req.headers['user-agent']) } : {}),
    });
    const route = routes.get(path);
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    log,
    count: (path) => log.filter((l) => l.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        // a route that never answers holds its socket open: cut it so close() returns
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering `body` with an ETag, and 304 when the client sends that ETag back. */
export function withEtag(body: string | Uint8Array, contentType: string, etag: string): Route {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': contentType, etag }).end(body);
  };
}

export function fixed(body: string | Uint8Array, contentType: string, status = 200, headers: Record<string, string> = {}): Route {
  return (_req, res) => void res.writeHead(status, { 'content-type': contentType, ...headers }).end(body);
}
