/**
 * The API as a client sees it: a server on an ephemeral port of 127.0.0.1 over an in-memory PGlite, called
 * with fetch. Limits are set small so the oversize cases stay cheap.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { openStore } from '../storage/open.js';
import { MATCH, PLANT_EXPERTS, PLANT_OFFICIAL, PLANT_SIGNED } from '../storage/sample-articles.js';
import { APP_JS, INDEX_HTML } from './page.js';
import { startServer, type RunningServer } from './serve.js';

const TOKEN = 'test-token-1234';
const LIMITS = { maxBodyBytes: 48 * 1024, maxFileBytes: 16 * 1024, maxFiles: 20 };

const [matchTitle, ...matchBody] = MATCH.trim().split('\n');
const MATCH_HTML = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${matchTitle} | الرياضة</title>
<meta property="og:site_name" content="صحيفة الملاعب"></head><body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>${matchTitle}</h1>${matchBody.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>جميع الحقوق محفوظة</footer></body></html>`;

interface Json {
  [k: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A minimal RFC 4180 reader, to check what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    assert.equal(text[i], '"', `every cell is quoted (at ${i})`);
    let cell = '';
    i++;
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (text[i] === '"') {
        i++;
        break;
      } else cell += text[i++];
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else {
      assert.equal(text.slice(i, i + 2), '\r\n', 'rows end in CRLF');
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

describe('marsad serve API', () => {
  let server: RunningServer;
  let base = '';
  let collection = '';
  const call = (path: string, init: RequestInit = {}) => fetch(base + path, init);
  const write = (path: string, init: RequestInit = {}) => call(path, { method: 'POST', ...init, headers: { Authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string>) } });
  const postJson = (path: string, body: unknown) => write(path, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

  before(async () => {
    server = await startServer({ store: await openStore({ dataDir: null }), port: 0, host: '127.0.0.1', token: TOKEN, limits: LIMITS, log: () => {} });
    base = server.url;
  });
  after(async () => {
    await server?.close();
  });

  test('listens on loopback with the token it was given', () => {
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(server.tokenGenerated, false);
  });

  test('writes without the token are refused with 401 and a JSON reason', async () => {
    const none = await call('/api/collections', { method: 'POST', body: '{"name":"x"}', headers: { 'Content-Type': 'application/json' } });
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal(((await none.json()) as Json).error.code, 'auth/token-required');
    const wrong = await call('/api/collections', { method: 'POST', body: '{"name":"x"}', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer not-the-token' } });
    assert.equal(wrong.status, 401);
    assert.equal(((await call('/api/collections').then((r) => r.json())) as Json).collections.length, 0, 'nothing was created');
  });

  test('a collection is created, and an article posted as JSON is analysed at once', async () => {
    const res = await postJson('/api/collections', { name: 'محطة تحلية العقبة' });
    assert.equal(res.status, 201);
    const created = (await res.json()) as Json;
    collection = created.id;
    assert.equal(created.name, 'محطة تحلية العقبة');

    const added = await postJson(`/api/collections/${collection}/articles`, { text: PLANT_SIGNED, outlet: 'وكالة المشرق', published: '2025-05-04' });
    assert.equal(added.status, 201);
    const body = (await added.json()) as Json;
    assert.deepEqual(body.added.map((a: Json) => a.id), ['a1']);
    assert.equal(body.added[0].documents[0].outlet, 'وكالة المشرق');
    assert.equal(body.stories.length, 1);

    const again = await postJson(`/api/collections/${collection}/articles`, { text: PLANT_SIGNED });
    assert.equal(again.status, 200, 'a text already held is not added again');
    assert.deepEqual(((await again.json()) as Json).duplicates.map((d: Json) => d.article), ['a1']);
  });

  test('files are uploaded as multipart: text, HTML and JSONL, unknown kinds rejected by name', async () => {
    const form = new FormData();
    form.append('file', new Blob([PLANT_OFFICIAL], { type: 'text/plain' }), 'official.txt');
    form.append('file', new Blob([MATCH_HTML], { type: 'text/html' }), 'match.html');
    const jsonl = [JSON.stringify({ text: PLANT_EXPERTS, outlet: 'مدونة المياه', published: '2025-05-07' }), '{not json'].join('\n');
    form.append('file', new Blob([jsonl]), 'feed.jsonl');
    form.append('file', new Blob(['%PDF-1.4']), 'scan.pdf');
    const res = await write(`/api/collections/${collection}/articles`, { body: form });
    assert.equal(res.status, 201);
    const body = (await res.json()) as Json;
    assert.deepEqual(body.added.map((a: Json) => [a.id, a.origin]), [['a2', 'official.txt'], ['a3', 'match.html'], ['a4', 'feed.jsonl:1']]);
    assert.deepEqual(body.rejected.map((r: Json) => [r.origin, r.code]), [['scan.pdf', 'input/unsupported-type']]);
    const plant = body.stories.find((s: Json) => s.documents.includes('a1'));
    assert.deepEqual([...plant.documents].sort(), ['a1', 'a2', 'a4'], 'the story grew with the articles on its matter');
    assert.ok(!plant.documents.includes('a3'));
  });

  test('the dossier is the core dossier of every article, with declared and found metadata', async () => {
    const res = await call(`/api/collections/${collection}/dossier`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const dossier = (await res.json()) as Json;
    assert.equal(dossier.schema, 'marsad.dossier/1');
    const docs = new Map(dossier.documents.map((d: Json) => [d.id, d]));
    assert.deepEqual([...docs.keys()], ['a1', 'a2', 'a3', 'a4']);
    assert.equal((docs.get('a4') as Json).outlet, 'مدونة المياه');
    assert.equal((docs.get('a3') as Json).title, matchTitle, 'the HTML page is cleaned by the core');
    assert.ok(!(docs.get('a3') as Json).body.includes('جميع الحقوق محفوظة'));
    assert.ok(dossier.messages.some((m: Json) => m.code === 'jsonl/malformed'), 'the bad JSONL line is reported');
    const info = (await call(`/api/collections/${collection}`).then((r) => r.json())) as Json;
    assert.equal(info.articles, 4);
    assert.equal(info.analysedRevision, info.revision);
  });

  test('search folds the query and points at exact source offsets', async () => {
    const res = await call(`/api/search?${new URLSearchParams({ q: 'المسئولين', collection })}`);
    assert.equal(res.status, 200);
    const { hits } = (await res.json()) as Json;
    assert.deepEqual(hits.map((h: Json) => h.article), ['a2']);
    const article = (await call(`/api/collections/${collection}/articles/a2`).then((r) => r.json())) as Json;
    assert.equal(article.text, PLANT_OFFICIAL);
    for (const [s, e] of hits[0].spans) assert.match(article.text.slice(s, e), /^مسؤول/);
    assert.equal(hits[0].snippet.match, article.text.slice(hits[0].spans[0][0], hits[0].spans[0][1]));
    const html = (await call(`/api/search?q=${encodeURIComponent('المستشفي')}`).then((r) => r.json())) as Json;
    assert.deepEqual(html.hits.map((h: Json) => h.article), ['a3'], 'ى/ي fold, in an HTML page too');
    const bad = await call('/api/search?q=');
    assert.equal(bad.status, 400);
  });

  test('the CSV export opens in Excel: BOM, quoted cells, CRLF, exact offsets', async () => {
    const res = await call(`/api/collections/${collection}/dossier.csv`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="marsad-/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM, or Excel shows the Arabic as mojibake');
    const rows = parseCsv(new TextDecoder().decode(bytes.subarray(3)));
    const [head, ...data] = rows;
    assert.deepEqual(head!.slice(0, 8), ['kind', 'story', 'document', 'outlet', 'published', 'start', 'end', 'text']);
    const kinds = new Set(data.map((r) => r[0]));
    assert.ok(kinds.has('entity'), 'entity mentions are exported');
    const texts = new Map<string, string>();
    for (const id of ['a1', 'a2', 'a3', 'a4']) texts.set(id, ((await call(`/api/collections/${collection}/articles/${id}`).then((r) => r.json())) as Json).text);
    for (const r of data) {
      const text = r[7]!.startsWith("'") && /^'[=+\-@\t\r]/.test(r[7]!) ? r[7]!.slice(1) : r[7]!;
      assert.equal(texts.get(r[2]!.split('#')[0]!)!.slice(Number(r[5]), Number(r[6])), text, `row ${r.join('|')}`);
    }
    // Response.text() decodes as UTF-8 and drops the BOM
    const onlyQuotes = parseCsv(await call(`/api/collections/${collection}/dossier.csv?kind=quotes`).then((r) => r.text()));
    assert.ok(onlyQuotes.slice(1).every((r) => r[0] === 'quote'));
    assert.equal((await call(`/api/collections/${collection}/dossier.csv?kind=tweets`)).status, 400);
  });

  test('bodies over the limits are refused with 413 and a JSON reason', async () => {
    const big = 'كلمة '.repeat(4000); // about 40 KB: over one article, under one body
    const article = await postJson(`/api/collections/${collection}/articles`, { text: big });
    assert.equal(article.status, 413);
    assert.equal(((await article.json()) as Json).error.code, 'request/article-too-large');

    const form = new FormData();
    form.append('file', new Blob([big]), 'long.txt');
    const file = await write(`/api/collections/${collection}/articles`, { body: form });
    assert.equal(file.status, 413);
    const fileErr = ((await file.json()) as Json).error;
    assert.equal(fileErr.code, 'request/file-too-large');
    assert.match(fileErr.reason, /long\.txt/);

    const huge = await postJson(`/api/collections/${collection}/articles`, { text: big + big });
    assert.equal(huge.status, 413);
    assert.equal(((await huge.json()) as Json).error.code, 'request/too-large');
    const info = (await call(`/api/collections/${collection}`).then((r) => r.json())) as Json;
    assert.equal(info.articles, 4, 'nothing of a refused request was stored');
  });

  test('bad requests get JSON errors with a code and no internals', async () => {
    const cases: Array<[Promise<Response>, number, string]> = [
      [write(`/api/collections/${collection}/articles`, { body: '{"text": ', headers: { 'Content-Type': 'application/json' } }), 400, 'request/malformed-json'],
      [write(`/api/collections/${collection}/articles`, { body: 'نص', headers: { 'Content-Type': 'application/pdf' } }), 415, 'request/unsupported-type'],
      [postJson(`/api/collections/${collection}/articles`, { text: 'نص', published: 'أمس' }), 400, 'request/invalid'],
      [postJson(`/api/collections/${collection}/articles`, { title: 'بلا نص' }), 400, 'request/invalid'],
      [postJson('/api/collections/cnothere/articles', { text: 'نص' }), 404, 'collection/not-found'],
      [call('/api/collections/cnothere/dossier'), 404, 'collection/not-found'],
      [call('/api/nothing-here'), 404, 'route/not-found'],
      [postJson('/api/collections', { name: '' }), 400, 'collection/invalid'],
    ];
    for (const [pending, status, code] of cases) {
      const res = await pending;
      assert.equal(res.status, status, code);
      const text = await res.text();
      assert.equal((JSON.parse(text) as Json).error.code, code);
      assert.doesNotMatch(text, /\bat .*\.js:\d+/, 'no stack trace');
    }
  });

  test('the upload page and the report carry a Content-Security-Policy', async () => {
    const page = await call('/');
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    const html = await page.text();
    assert.doesNotMatch(html.replace(/<script src="\/app\.js" defer><\/script>/, ''), /<script/, 'no inline script on the page');
    assert.equal((await call('/app.js')).status, 200);

    const report = await call(`/collections/${collection}/report`);
    assert.equal(report.status, 200);
    const rcsp = report.headers.get('content-security-policy') ?? '';
    assert.match(rcsp, /default-src 'none'/);
    assert.match(rcsp, /script-src (?:'sha256-[A-Za-z0-9+/=]+' ?)+(;|$)/, 'the report runs only its own scripts, by hash');
    const body = await report.text();
    assert.ok(body.includes('محطة تحلية'), 'the report shows the articles');
  });

  test('the upload page adds a pasted article with the token from its address, and links to the report', async () => {
    const dom = new JSDOM(INDEX_HTML, { url: `${base}/#token=${TOKEN}`, runScripts: 'outside-only' });
    const w = dom.window;
    // the page's requests go to the test server
    (w as unknown as { fetch: typeof fetch }).fetch = (path: string | URL | Request, init?: RequestInit) => fetch(new URL(String(path), base), init);
    w.eval(APP_JS);
    const until = async (what: string, ok: () => boolean) => {
      for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
      assert.ok(ok(), what);
    };
    const doc = w.document;
    await until('the collections are listed', () => (doc.getElementById('collection') as HTMLSelectElement).options.length > 1);
    assert.equal(w.location.hash, '', 'the token is taken out of the address');
    assert.equal(w.sessionStorage.getItem('marsad-token'), TOKEN);
    (doc.getElementById('collection') as HTMLSelectElement).value = collection;
    const form = doc.getElementById('paste') as HTMLFormElement;
    (form.elements.namedItem('text') as HTMLTextAreaElement).value = 'وزير الري يتفقد موقع محطة التحلية\nتفقد وزير المياه والري موقع محطة تحلية العقبة، واطلع على خطط البدء بأعمال الحفر.';
    (form.elements.namedItem('outlet') as HTMLInputElement).value = 'إذاعة الجنوب';
    form.dispatchEvent(new w.Event('submit', { cancelable: true }));
    await until('the outcome is shown', () => (doc.getElementById('outcome')?.children.length ?? 0) > 0);
    const outcome = doc.getElementById('outcome')!.textContent ?? '';
    assert.match(outcome, /أضيف: paste:[0-9a-f]{12} ← a5/);
    assert.equal(doc.getElementById('report-link')!.getAttribute('href'), `/collections/${collection}/report`);
    const a5 = (await call(`/api/collections/${collection}/articles/a5`).then((r) => r.json())) as Json;
    assert.equal(a5.declared.outlet, 'إذاعة الجنوب');
    w.close();
  });
});
