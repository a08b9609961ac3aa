/**
 * "Add by URL": pages fetched politely from a server of the test's own on 127.0.0.1 (the app is told private
 * addresses are allowed; without that, loopback is refused and nothing is requested).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { openStore } from '../storage/open.js';
import { startServer, type RunningServer } from './serve.js';

const TOKEN = 'test-token-urls';
const PAGE = `<!doctype html><html><head><meta charset="windows-1256"><title>وصول الوفد</title></head><body>
<article><h1>وصول الوفد التجاري إلى عمّان</h1>
<p>وصل الوفد التجاري إلى العاصمة الأردنية صباح الأحد لبحث زيادة التبادل بين البلدين.</p>
<p>وقال رئيس الوفد إن الجانبين سيوقعان ثلاث مذكرات تفاهم قبل نهاية الزيارة.</p></article></body></html>`;

describe('add by URL', () => {
  let pages: Server;
  let base = '';
  const asked: string[] = [];
  let open: RunningServer;
  let closed: RunningServer;

  before(async () => {
    pages = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/news/delegation') {
        res.writeHead(200, { 'content-type': 'text/html' }); // no charset: the page's meta says windows-1256
        res.end(iconv.encode(PAGE, 'windows-1256'));
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
    await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    open = await startServer({ store: await openStore({ dataDir: null }), port: 0, token: TOKEN, allowPrivateUrls: true, log: () => {} });
    closed = await startServer({ store: await openStore({ dataDir: null }), port: 0, token: TOKEN, log: () => {} });
  });
  after(async () => {
    await open.close();
    await closed.close();
    await new Promise<void>((r) => pages.close(() => r()));
  });

  async function addUrls(server: RunningServer, urls: unknown, token = TOKEN) {
    const made = await fetch(`${server.url}/api/collections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'روابط' }),
    });
    const collection = (await made.json()) as { id: string };
    const res = await fetch(`${server.url}/api/collections/${collection.id}/urls`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ urls }),
    });
    return { res, body: (await res.json()) as Record<string, unknown> & { added: unknown[]; rejected: Array<{ origin: string; code: string }> }, collection: collection.id };
  }

  test('a page is fetched, decoded from windows-1256 and analysed; a 404 is reported and costs nothing else', async () => {
    const { res, body, collection } = await addUrls(open, [`${base}/news/delegation`, `${base}/news/gone`]);
    assert.equal(res.status, 201);
    assert.equal(body.added.length, 1);
    assert.deepEqual(body.rejected.map((r) => [r.origin, r.code]), [[`${base}/news/gone`, 'fetch/http-404']]);
    const dossier = (await (await fetch(`${open.url}/api/collections/${collection}/dossier`)).json()) as { documents: Array<{ title: string; body: string }> };
    assert.equal(dossier.documents[0]!.title, 'وصول الوفد التجاري إلى عمّان');
    assert.ok(dossier.documents[0]!.body.includes('ثلاث مذكرات تفاهم'));
    assert.ok(asked.includes('/robots.txt'), 'robots.txt is asked before the pages');
  });

  test('by default a loopback address is refused without a request', async () => {
    const before = asked.length;
    const { res, body } = await addUrls(closed, [`${base}/news/delegation`]);
    assert.equal(res.status, 422);
    assert.equal(body.rejected[0]!.code, 'fetch/private-address');
    assert.equal(asked.length, before);
  });

  test('only http(s) addresses, a bounded number, and a token', async () => {
    assert.equal((await addUrls(open, ['file:///etc/passwd'])).res.status, 400);
    assert.equal((await addUrls(open, Array.from({ length: 51 }, (_, i) => `${base}/p${i}`))).res.status, 413);
    assert.equal((await addUrls(open, [`${base}/news/delegation`], 'wrong')).res.status, 401);
  });
});
