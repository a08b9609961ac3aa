/**
 * Collections that analyse themselves: adding articles stores them (once per text) and brings the collection's
 * analysis up to date — the core's `analyze()` over every article, its dossier, the stories with their kept
 * keys, and search terms for the articles not yet indexed by this engine version. The server and any other
 * shell call this; it holds no analysis logic of its own.
 */
import { analyze, type Analysis } from '../analyze.js';
import type { Doc, Source } from '../model/document.js';
import type { Message } from '../model/message.js';
import { toDossier } from '../outputs/dossier.js';
import { VERSION } from '../cli/version.js';
import { documentTerms } from './search-terms.js';
import { snippetAt, type Snippet } from './snippet.js';
import type { QueueFedCollections } from './queue-fed.js';
import { StoreError, type AddResult, type AnalysisRecord, type ArticleSummary, type SearchHit, type SearchOptions, type Store, type StoryRecord } from './store.js';

export interface WorkspaceOptions {
  /** The engine version recorded with each analysis; a new version re-analyses and re-indexes. */
  version?: string;
  analyse?: (sources: Source[]) => Analysis;
  /**
   * Collections analysed by queue workers: the workspace serves their dossier and stories from the workers'
   * results and never analyses them itself (their articles are analysed when enqueued).
   */
  queueFed?: QueueFedCollections;
}

export interface Rejected {
  origin: string;
  code: string;
  reason: string;
}

/** Splits sources into those that can be stored and those that cannot, with why (empty, undecodable, NUL). */
export function storable(sources: readonly Source[]): { readable: Source[]; rejected: Rejected[] } {
  const readable: Source[] = [];
  const rejected: Rejected[] = [];
  for (const s of sources) {
    if (s.text.includes('\u0000')) {
      rejected.push({ origin: s.origin, code: 'input/nul-character', reason: 'the text holds NUL characters (a binary file?); it cannot be stored' });
    } else if (s.text.trim()) readable.push(s);
    else {
      const err = s.messages.find((m) => m.severity === 'error');
      rejected.push({ origin: s.origin, code: err?.code ?? 'input/empty', reason: err?.reason ?? 'the input is empty or only white space' });
    }
  }
  return { readable, rejected };
}

export interface AddOutcome extends AddResult {
  /** Inputs that were not stored: nothing could be read from them. */
  rejected: Rejected[];
  stories: StoryRecord[];
  /** Article jobs put on the workers' queue (a queue-fed collection, served with a queue); absent otherwise. */
  queued?: number;
}

export interface Freshness {
  revision: number;
  stories: StoryRecord[];
  /** Whether this call ran the analysis (false when the stored one was current). */
  analysed: boolean;
}

export interface SearchResult extends SearchHit {
  snippet: Snippet | null;
}

/** The articles an add names, new then known, one per text (a text sent twice in one request is one article). */
function byText(added: AddResult): Array<{ id: string; contentHash: string }> {
  const ids = new Map<string, string>();
  for (const a of added.added) ids.set(a.contentHash, a.id);
  for (const d of added.duplicates) if (!ids.has(d.contentHash)) ids.set(d.contentHash, d.article);
  return [...ids].map(([contentHash, id]) => ({ id, contentHash }));
}

export class Workspace {
  private readonly version: string;
  private readonly analyse: (sources: Source[]) => Analysis;
  private readonly queueFed: QueueFedCollections | undefined;
  /** One analysis at a time per collection: a second request waits and then finds the first one's result. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly store: Store,
    opts: WorkspaceOptions = {},
  ) {
    this.version = opts.version ?? VERSION;
    this.analyse = opts.analyse ?? ((sources) => analyze(sources));
    this.queueFed = opts.queueFed;
  }

  private async fedByQueue(collection: string): Promise<boolean> {
    return this.queueFed ? this.queueFed.isQueueFed(collection) : false;
  }

  private serialised<T>(collection: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(collection) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => {});
    this.queues.set(collection, tail);
    void tail.then(() => {
      if (this.queues.get(collection) === tail) this.queues.delete(collection);
    });
    return next;
  }

  /** Stores what can be read of `sources` and re-analyses the collection. */
  async addSources(collection: string, sources: Source[]): Promise<AddOutcome> {
    const { readable, rejected } = storable(sources);
    const info = await this.store.collection(collection);
    if (!info) throw new StoreError('collection/not-found', `no collection ${collection}`);
    const added: AddResult = readable.length
      ? await this.store.addArticles(
          collection,
          readable.map((s) => ({ origin: s.origin, format: s.format, text: s.text, declared: s.declared, encoding: s.encoding ?? null, messages: s.messages })),
        )
      : { revision: info.revision, added: [], duplicates: [] };
    // a queue-fed collection's articles go to its workers (when this shell has a queue): the new and the known
    // alike, as `marsad enqueue` does, so that sending again queues what an earlier failure left stored only
    // a queue-fed collection's articles go to its workers (when this shell has a queue): the new and the known
    // alike, as `marsad enqueue` does, so that sending again queues what an earlier failure left stored only
    const queued = this.queueFed?.queueArticles && (await this.fedByQueue(collection)) ? await this.queueFed.queueArticles(collection, byText(added)) : undefined;
    const fresh = await this.refresh(collection);
    // the articles as the analysis left them (their documents, titles, stories)
    const now = new Map((await this.store.articles(collection)).map((a) => [a.id, a]));
    return { ...added, added: added.added.map((a) => now.get(a.id) ?? a), rejected, stories: fresh.stories, ...(queued !== undefined ? { queued } : {}) };
  }

  /** Brings the stored analysis up to the collection's latest revision and this engine's version. */
  refresh(collection: string): Promise<Freshness> {
    return this.serialised(collection, async () => {
      const info = await this.store.collection(collection);
      if (!info) throw new StoreError('collection/not-found', `no collection ${collection}`);
      if (await this.fedByQueue(collection)) return { revision: info.revision, stories: await this.queueFed!.stories(collection), analysed: false };
      const current = await this.store.dossier(collection);
      if (current && current.revision === info.revision && current.engineVersion === this.version) {
        return { revision: info.revision, stories: await this.store.stories(collection), analysed: false };
      }
      const articles = await this.store.articleTexts(collection);
      // articles added after `info` was read may be included; the analysis is then labelled older than what it
      // covers, and the next call analyses again: never the reverse, which would hide an article
      const revision = info.revision;
      const sources: Source[] = articles.map((a) => ({
        id: a.id,
        origin: a.origin,
        text: a.text,
        format: a.format,
        declared: a.declared,
        ...(a.encoding ? { encoding: a.encoding } : {}),
        messages: a.messages,
      }));
      const analysis = this.analyse(sources);
      const dossier = toDossier(analysis, this.version);
      const storyOfDoc = new Map<string, string>();
      for (const s of analysis.stories) for (const d of s.documents) storyOfDoc.set(d, s.id);
      const docsOf = new Map<string, Doc[]>();
      for (const d of analysis.docs) docsOf.set(d.source.id, [...(docsOf.get(d.source.id) ?? []), d]);
      const messagesOf = new Map<string, Message[]>();
      const originToId = new Map(articles.map((a) => [a.origin, a.id]));
      for (const m of analysis.messages) {
        const id = m.origin !== undefined ? originToId.get(m.origin) : undefined;
        if (id) messagesOf.set(id, [...(messagesOf.get(id) ?? []), m]);
      }
      const stale = articles.filter((a) => a.indexedVersion !== this.version).map((a) => a.id);
      const record: AnalysisRecord = {
        revision,
        engineVersion: this.version,
        dossier: JSON.stringify(dossier),
        stories: analysis.stories.map((s) => ({ dossierId: s.id, title: s.title, documents: s.documents })),
        articles: articles.map((a) => ({
          articleId: a.id,
          analysis: {
            documents: (docsOf.get(a.id) ?? []).map((d) => ({
              id: d.id,
              title: d.title?.value ?? null,
              outlet: d.outlet?.value ?? null,
              published: d.published?.value ?? null,
              story: storyOfDoc.get(d.id) ?? null,
            })),
            messages: messagesOf.get(a.id) ?? [],
          },
        })),
        index: {
          articles: stale,
          documents: stale.flatMap((id) => (docsOf.get(id) ?? []).map((d) => ({ articleId: id, docId: d.id, terms: documentTerms(d) }))),
        },
      };
      const saved = await this.store.saveAnalysis(collection, record);
      return { revision, stories: saved.stories, analysed: saved.saved };
    });
  }

  /** The collection's dossier JSON text, analysed first when articles were added since. */
  async dossier(collection: string): Promise<{ revision: number; json: string }> {
    if (await this.fedByQueue(collection)) {
      const d = await this.queueFed!.dossier(collection);
      return { revision: d.revision, json: d.json };
    }
    await this.refresh(collection);
    const d = await this.store.dossier(collection);
    if (!d) throw new StoreError('collection/not-found', `no collection ${collection}`);
    return { revision: d.revision, json: d.json };
  }

  /** The collection's stories, brought up to date first (a queue-fed collection's: those of its last grouping). */
  async stories(collection: string): Promise<StoryRecord[]> {
    return (await this.refresh(collection)).stories;
  }

  /**
   * The collection's articles as stored. A queue-fed collection's workers store each article's documents before
   * the stories are grouped, so their story is named here from the current grouping (the stories' keys, which are
   * their ids in its dossier); an analysis the server made names its stories already.
   */
  async articles(collection: string): Promise<ArticleSummary[]> {
    const articles = await this.store.articles(collection);
    if (!(await this.fedByQueue(collection))) return articles;
    const storyOf = new Map<string, string>();
    for (const s of await this.queueFed!.stories(collection)) for (const d of s.documents) storyOf.set(d, s.dossierId);
    return articles.map((a) =>
      a.analysis ? { ...a, analysis: { ...a.analysis, documents: a.analysis.documents.map((d) => ({ ...d, story: storyOf.get(d.id) ?? d.story })) } } : a,
    );
  }

  /** The stories as last stored, without analysing anything (a queue-fed collection's: its last grouping's). */
  async storedStories(collection: string): Promise<StoryRecord[]> {
    return (await this.fedByQueue(collection)) ? this.queueFed!.stories(collection) : this.store.stories(collection);
  }

  /** Folded search over one collection or all, each hit with its source offsets and a snippet to read. */
  async search(query: string, opts: SearchOptions = {}): Promise<SearchResult[]> {
    const collections = opts.collection ? [opts.collection] : (await this.store.collections()).map((c) => c.id);
    // a queue-fed collection is indexed by the workers as they analyse each article: nothing to bring up to date
    for (const c of collections) if (!(await this.fedByQueue(c))) await this.refresh(c);
    const hits = await this.store.search(query, opts);
    const out: SearchResult[] = [];
    for (const h of hits) {
      const article = h.spans.length ? await this.store.article(h.collection, h.article) : null;
      out.push({ ...h, snippet: article ? snippetAt(article.text, h.spans[0]!, article.format === 'html') : null });
    }
    return out;
  }
}
