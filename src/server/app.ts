/**
 * The HTTP API over a workspace: a thin shell. Each route checks its input, calls one workspace or store
 * function and shapes the answer; the analysis is the core's (`analyze` + `toDossier`, run by the workspace).
 * Reads are open; writes need the bearer token. Bodies are bounded; errors are JSON with a code and a reason.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Dossier } from '../outputs/dossier.js';
import { renderReport } from '../outputs/report/index.js';
import type { StoryRecord } from '../storage/store.js';
import type { Workspace } from '../storage/workspace.js';
import { requireToken } from './auth.js';
import { PAGE_CSP, selfContainedCsp } from './csp.js';
import { dossierCsv, type CsvKind } from './csv.js';
import { ApiError, errorBody, respondToError } from './errors.js';
import { APP_CSS, APP_JS, INDEX_HTML } from './page.js';
import { sourcesOfFiles, sourcesOfJson, type Parsed, type UploadLimits } from './uploads.js';
import type { PageFetcher } from './fetch-pages.js';

export interface Limits extends UploadLimits {
  /** Bytes of one request body. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: Limits = { maxBodyBytes: 20 * 1024 * 1024, maxFileBytes: 8 * 1024 * 1024, maxFiles: 500 };

export interface AppOptions {
  workspace: Workspace;
  token: string;
  version: string;
  limits?: Partial<Limits>;
  /** Where unexpected errors are written (stderr by default). */
  log?: (line: string) => void;
  /** Fetches pages for "add by URL" (`POST /api/collections/:id/urls`); without it that route answers 501. */
  fetchPages?: PageFetcher;
}

const MAX_QUERY = 500;
/** Addresses one "add by URL" request may carry: each is fetched politely, so a long list takes a while. */
const MAX_URLS = 50;
const CSV_KINDS: Record<string, CsvKind> = { entities: 'entity', entity: 'entity', quotes: 'quote', quote: 'quote', events: 'event', event: 'event' };

function html(c: Context, body: string, csp: string): Response {
  c.header('Content-Security-Policy', csp);
  c.header('X-Frame-Options', 'DENY');
  return c.html(body);
}

function storyJson(s: StoryRecord) {
  return { key: s.key, id: s.dossierId, title: s.title, documents: s.documents, createdRevision: s.createdRevision, updatedRevision: s.updatedRevision };
}

function links(id: string) {
  const e = encodeURIComponent(id);
  return { dossier: `/api/collections/${e}/dossier`, csv: `/api/collections/${e}/dossier.csv`, report: `/collections/${e}/report` };
}

async function parseArticles(c: Context, limits: Limits): Promise<Parsed> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, 'request/malformed-json', 'the body is not valid JSON');
    }
    return sourcesOfJson(body, limits);
  }
  if (type === 'multipart/form-data') {
    let form: Record<string, string | File | Array<string | File>>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      throw new ApiError(400, 'request/malformed-form', 'the multipart body could not be read');
    }
    const files: File[] = [];
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(form)) {
      for (const item of Array.isArray(v) ? v : [v]) {
        if (typeof item === 'string') fields[k] = item;
        else files.push(item);
      }
    }
    return sourcesOfFiles(files, fields, limits);
  }
  throw new ApiError(415, 'request/unsupported-type', 'send application/json ({"text": …}) or multipart/form-data with .txt, .html or .jsonl files');
}

export function createApp(opts: AppOptions): Hono {
  const { workspace, version } = opts;
  const store = workspace.store;
  const limits: Limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const auth = requireToken(opts.token);
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => c.json(errorBody('request/too-large', `the request body is over ${(maxSize / 1048576).toFixed(maxSize < 1048576 ? 2 : 0)} MB`, { limit: maxSize }), 413),
    });

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  });
  app.onError((err, c) => respondToError(err, c, log));
  app.notFound((c) => c.json(errorBody('route/not-found', `no route ${c.req.method} ${c.req.path}`), 404));

  app.get('/', (c) => html(c, INDEX_HTML, PAGE_CSP));
  app.get('/app.js', (c) => c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/app.css', (c) => c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  app.get('/api/health', (c) => c.json({ ok: true, version, store: store.label.split(':')[0] }));

  app.get('/api/collections', async (c) => c.json({ collections: await store.collections() }));

  app.post('/api/collections', auth, limit(64 * 1024), async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, 'request/malformed-json', 'the body is not valid JSON');
    }
    const name = (body as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') throw new ApiError(400, 'request/invalid', 'a collection needs a "name" string');
    const created = await store.createCollection(name);
    return c.json({ ...created, links: links(created.id) }, 201);
  });

  app.get('/api/collections/:id', async (c) => {
    const id = c.req.param('id');
    const info = await store.collection(id);
    if (!info) throw new ApiError(404, 'collection/not-found', `no collection ${id}`);
    return c.json({ ...info, stories: (await workspace.storedStories(id)).map(storyJson), links: links(id) });
  });

  app.get('/api/collections/:id/articles', async (c) => c.json({ articles: await workspace.articles(c.req.param('id')) }));

  app.get('/api/collections/:id/articles/:article', async (c) => {
    const a = await store.article(c.req.param('id'), c.req.param('article'));
    if (!a) throw new ApiError(404, 'article/not-found', `no article ${c.req.param('article')} in collection ${c.req.param('id')}`);
    return c.json(a);
  });

  app.post('/api/collections/:id/articles', auth, limit(limits.maxBodyBytes), async (c) => {
    const id = c.req.param('id');
    if (!(await store.collection(id))) throw new ApiError(404, 'collection/not-found', `no collection ${id}`);
    return added(c, id, await parseArticles(c, limits));
  });

  app.post('/api/collections/:id/urls', auth, limit(64 * 1024), async (c) => {
    const id = c.req.param('id');
    if (!(await store.collection(id))) throw new ApiError(404, 'collection/not-found', `no collection ${id}`);
    if (!opts.fetchPages) throw new ApiError(501, 'urls/disabled', 'this server does not fetch pages');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, 'request/malformed-json', 'the body is not valid JSON');
    }
    const urls = (body as { urls?: unknown })?.urls;
    if (!Array.isArray(urls) || !urls.length || urls.some((u) => typeof u !== 'string' || !/^https?:\/\//i.test(u))) {
      throw new ApiError(400, 'urls/invalid', 'send {"urls": ["https://…", …]}: http or https addresses');
    }
    if (urls.length > MAX_URLS) throw new ApiError(413, 'urls/too-many', `at most ${MAX_URLS} addresses a request`);
    return added(c, id, await opts.fetchPages([...new Set(urls as string[])]));
  });

  /** Adds what a request brought to a collection and answers with what was added, known already or refused. */
  async function added(c: Context, id: string, parsed: Parsed): Promise<Response> {
    const outcome = await workspace.addSources(id, parsed.sources);
    const rejected = [...parsed.rejected, ...outcome.rejected];
    const body = {
      collection: id,
      revision: outcome.revision,
      added: outcome.added.map((a) => ({ id: a.id, origin: a.origin, contentHash: a.contentHash, documents: a.analysis?.documents ?? [] })),
      duplicates: outcome.duplicates,
      rejected,
      stories: outcome.stories.map(storyJson),
      // a queue-fed collection's articles: how many analysis jobs went to the workers (absent: none, no queue)
      ...(outcome.queued !== undefined ? { queued: outcome.queued } : {}),
      links: links(id),
    };
    if (outcome.added.length) return c.json(body, 201);
    if (outcome.duplicates.length) return c.json(body, 200);
    return c.json({ ...body, ...errorBody('input/unreadable', 'nothing could be read from the request', { rejected }) }, 422);
  }

  app.get('/api/collections/:id/stories', async (c) => {
    const id = c.req.param('id');
    return c.json({ stories: (await workspace.stories(id)).map(storyJson) });
  });

  app.get('/api/collections/:id/dossier', async (c) => {
    const d = await workspace.dossier(c.req.param('id'));
    return c.body(d.json, 200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Marsad-Revision': String(d.revision) });
  });

  app.get('/api/collections/:id/dossier.csv', async (c) => {
    const id = c.req.param('id');
    const wanted = (c.req.query('kind') ?? '').split(',').map((k) => k.trim()).filter(Boolean);
    const unknown = wanted.filter((k) => !CSV_KINDS[k]);
    if (unknown.length) throw new ApiError(400, 'request/invalid', `unknown kind ${unknown.join(', ')}: use entities, quotes, events`);
    const d = await workspace.dossier(id);
    const kinds = wanted.length ? new Set(wanted.map((k) => CSV_KINDS[k]!)) : undefined;
    const csv = dossierCsv(JSON.parse(d.json) as Dossier, kinds);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="marsad-${id.replace(/[^\w-]/g, '')}-r${d.revision}.csv"`,
    });
  });

  app.get('/api/search', async (c) => {
    const q = c.req.query('q') ?? '';
    if (!q.trim()) throw new ApiError(400, 'request/invalid', 'search needs q, the words to find');
    if (q.length > MAX_QUERY) throw new ApiError(400, 'request/invalid', `a query may be at most ${MAX_QUERY} characters`);
    const rawLimit = c.req.query('limit');
    const lim = rawLimit === undefined ? 20 : Number(rawLimit);
    if (!Number.isInteger(lim) || lim < 1 || lim > 200) throw new ApiError(400, 'request/invalid', 'limit must be a whole number from 1 to 200');
    const collection = c.req.query('collection') || undefined;
    if (collection && !(await store.collection(collection))) throw new ApiError(404, 'collection/not-found', `no collection ${collection}`);
    const hits = await workspace.search(q, { limit: lim, ...(collection ? { collection } : {}) });
    return c.json({ query: q, hits });
  });

  app.get('/collections/:id/report', async (c) => {
    const id = c.req.param('id');
    const d = await workspace.dossier(id);
    const dossier = JSON.parse(d.json) as Dossier;
    // the report shows each document inside its source text: a document's id is its article's, or `a3#2`
    const texts = new Map((await store.articleTexts(id)).map((a) => [a.id, a.text]));
    const sourceTexts = new Map(dossier.documents.flatMap((doc) => {
      const t = texts.get(doc.id.split('#')[0]!);
      return t === undefined ? [] : [[doc.id, t] as [string, string]];
    }));
    const page = renderReport(dossier, { sourceTexts });
    return html(c, page, selfContainedCsp(page));
  });

  return app;
}
