/**
 * `marsad serve` as the browser tests need it: in-process on an ephemeral port of 127.0.0.1, over a PGlite
 * database in a fresh temporary folder (the embedded store a person gets by default), with a known token.
 * `close()` stops the server, closes the store and removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server/serve.js';
import type { PastedArticle } from './articles.js';

export interface TestServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startTestServer(token: string): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'marsad-browser-data-'));
  try {
    // the pages a test adds by URL are served on 127.0.0.1 too
    const running = await startServer({ port: 0, host: '127.0.0.1', token, dataDir, allowPrivateUrls: true, log: () => {} });
    return {
      url: running.url,
      token,
      close: async () => {
        try {
          await running.close();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** A collection holding `articles`, written through the API as any client would (for tests that only read). */
export async function seedCollection(server: TestServer, name: string, articles: readonly PastedArticle[]): Promise<string> {
  const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };
  const made = await fetch(`${server.url}/api/collections`, { method: 'POST', headers, body: JSON.stringify({ name }) });
  if (made.status !== 201) throw new Error(`creating collection ${name}: HTTP ${made.status}`);
  const { id } = (await made.json()) as { id: string };
  const added = await fetch(`${server.url}/api/collections/${encodeURIComponent(id)}/articles`, { method: 'POST', headers, body: JSON.stringify(articles) });
  if (added.status !== 201) throw new Error(`adding articles to ${name}: HTTP ${added.status} ${await added.text()}`);
  return id;
}
