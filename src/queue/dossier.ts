/**
 * The dossier of a queue-fed collection (`marsad.dossier/1`), assembled from what the workers stored: each
 * article's documents (rebuilt without the costly stages, rebuild.ts), the stories of the last regroup in its
 * order, and each story's analysis. Nothing is analysed again but the cheap parts that span the collection:
 * cleaning and tokens to rebuild the documents, and entity resolution over all of them, so that entity ids are
 * the collection's, as `analyze()` makes them.
 *
 * A story job resolves entities over its own story's documents; its entity ids are mapped here onto the
 * collection's entities through their mentions (the collection entity holding most of the story entity's
 * mentions), and every id in the story's results is rewritten accordingly.
 *
 * What the workers have not done yet is said, not hidden: articles stored but not analysed, a grouping behind
 * the analyses, and stories whose analysis is missing or of an older grouping (their analyses are left empty)
 * each leave a `queue/…` message.
 */
import type { Analysis } from '../analyze.js';
import type { Doc, Source } from '../model/document.js';
import { message, type Message } from '../model/message.js';
import { toDossier, type Dossier, type ResolvedEntity } from '../outputs/dossier.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runCorpus, type Pipeline } from '../pipeline/run.js';
import type { SqlExecutor } from '../storage/sql.js';
import type { Store, StoryRecord } from '../storage/store.js';
import type { StoryResults } from '../story/analysis.js';
import type { StoryGroup } from '../story/group.js';
import { generations, type StoryRow } from './analyses.js';
import { collectionNames, withCollectionNames } from './entity-names.js';
import { rebuildDocuments, sourceOfArticle } from './rebuild.js';
import { storedAnalyses } from './story-job.js';
import type { StoredDocument } from './stored-document.js';

export interface QueueDossier {
  dossier: Dossier;
  /** The stories in the dossier's order, as the store's story records (key = dossier id). */
  stories: StoryRecord[];
  /** The collection's revision the articles were read at. */
  revision: number;
  pending: { articles: number; grouping: boolean; stories: string[] };
  /** Articles whose stored documents no longer fit this engine's cleaning, analysed again here. */
  reanalysed: number;
}

/** A story row with its result, when a story job has stored one. */
interface StoryWithResult extends StoryRow {
  generation: number | null;
  results: Partial<StoryResults> | null;
  entities: ResolvedEntity[] | null;
  redated: StoredDocument[] | null;
  messages: Message[] | null;
}

export async function queueStories(db: SqlExecutor, collection: string): Promise<StoryWithResult[]> {
  return db.query<StoryWithResult & Record<string, unknown>>(
    `SELECT s.story_key, s.title, s.documents, s.created_generation, s.updated_generation,
       r.generation, r.results, r.entities, r.redated, r.messages
     FROM queue_stories s LEFT JOIN queue_story_results r ON r.collection_id = s.collection_id AND r.story_key = s.story_key
     WHERE s.collection_id = $1 ORDER BY s.position, s.story_key`,
    [collection],
  );
}

export function storyRecord(r: Pick<StoryRow, 'story_key' | 'title' | 'documents' | 'created_generation' | 'updated_generation'>): StoryRecord {
  return { key: r.story_key, dossierId: r.story_key, title: r.title, documents: r.documents, createdRevision: r.created_generation, updatedRevision: r.updated_generation };
}

export async function assembleQueueDossier(
  store: Store,
  db: SqlExecutor,
  collection: string,
  /** `queued`: the shell queues the articles added through it, so a stored article is not waiting for an enqueue. */
  opts: { version: string; pipeline?: Pipeline; queued?: boolean },
): Promise<QueueDossier | null> {
  const pipeline = opts.pipeline ?? defaultPipeline;
  const info = await store.collection(collection);
  if (!info) return null;
  const articles = await store.articleTexts(collection);
  const stored = await storedAnalyses(db, collection, articles.map((a) => a.id));
  const rows = await queueStories(db, collection);
  const gen = await generations(db, collection);

  // the documents in the order of the articles, and the messages in the order analyze() gives them
  const sources: Source[] = [];
  const docs: Doc[] = [];
  const messages: Message[] = [];
  let reanalysed = 0;
  let unanalysed = 0;
  for (const article of articles) {
    const analysis = stored.get(article.id);
    if (!analysis) {
      unanalysed++;
      continue;
    }
    const source = sourceOfArticle(article);
    sources.push(source);
    messages.push(...source.messages.map((m) => ({ origin: source.origin, ...m })));
    const rebuilt = rebuildDocuments(pipeline, source, analysis.documents);
    if (!rebuilt.fromStore) reanalysed++;
    docs.push(...rebuilt.docs);
    messages.push(...analysis.messages.map((m) => ({ origin: source.origin, ...m })));
    for (const d of rebuilt.docs) messages.push(...d.messages.map((m) => ({ origin: source.origin, ...m })));
  }
  const corpus = runCorpus(pipeline, docs);
  messages.push(...corpus.messages);
  const entities = (corpus.results.entities as ResolvedEntity[] | undefined) ?? [];
  const idAt = mentionIndex(entities);
  const entityById = new Map(entities.map((e) => [e.id, e]));

  const byId = new Map(docs.map((d, i) => [d.id, i]));
  const stories: StoryGroup[] = [];
  const storyResults: Record<string, Partial<StoryResults>> = {};
  const pendingStories: string[] = [];
  for (const r of rows) {
    const documents = r.documents.filter((d) => byId.has(d));
    stories.push({ id: r.story_key, title: r.title, documents });
    if (r.generation !== r.updated_generation || !r.results) {
      pendingStories.push(r.story_key);
      continue;
    }
    const ids = entityMap(r.entities ?? [], idAt, r.story_key);
    const names = collectionNames(r.entities ?? [], ids, entityById);
    storyResults[r.story_key] = withCollectionNames(renameIds(r.results, ids) as Partial<StoryResults>, names);
    // the documents the story re-dated, as its analysis left them (published, times, events)
    for (const s of r.redated ?? []) {
      const k = byId.get(s.id);
      if (k !== undefined) docs[k] = withStoredLayers(docs[k]!, s);
    }
    messages.push(...(r.messages ?? []));
  }

  if (unanalysed) {
    const why = opts.queued
      ? 'this server queues the articles added through it; one stored by a server without a queue is analysed once enqueued'
      : 'articles added other than by `marsad enqueue` are analysed once enqueued';
    messages.push(message('queue/articles-pending', `${unanalysed} article(s) of the collection are stored but not yet analysed by a worker (${why})`, { severity: 'info', by: 'queue' }));
  }
  const grouping = gen.stale > gen.grouped;
  if (grouping) messages.push(message('queue/grouping-pending', 'articles were analysed since the stories were last grouped; a worker will regroup them', { severity: 'info', by: 'queue' }));
  if (pendingStories.length) {
    messages.push(
      message('queue/stories-pending', `${pendingStories.length} story analysis(es) are not yet done for the current grouping (${pendingStories.slice(0, 10).join(', ')}${pendingStories.length > 10 ? ', …' : ''}); their events and other analyses are empty`, {
        severity: 'info',
        by: 'queue',
      }),
    );
  }
  const analysis: Analysis = { sources, docs, stories, corpus: corpus.results, storyResults, messages };
  return {
    dossier: toDossier(analysis, opts.version),
    stories: rows.map(storyRecord),
    revision: info.revision,
    pending: { articles: unanalysed, grouping, stories: pendingStories },
    reanalysed,
  };
}

/** A re-dated document: the rebuilt one (body, tokens) with the layers and dates its story analysis left it. */
function withStoredLayers(doc: Doc, s: StoredDocument): Doc {
  return { ...doc, title: s.title, outlet: s.outlet, published: s.published, sentences: s.sentences, layers: { ...s.layers }, messages: [...s.messages] };
}

const spanKey = (doc: string, start: number, end: number) => `${doc}\u0000${start}\u0000${end}`;

function mentionIndex(entities: readonly ResolvedEntity[]): Map<string, string> {
  const at = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) if (!at.has(spanKey(m.doc, m.start, m.end))) at.set(spanKey(m.doc, m.start, m.end), e.id);
  return at;
}

/**
 * Each story entity's id → the collection entity holding most of its mentions (the first such on a tie). One
 * with no mention among the collection's (none is expected) gets an id of its story's, never another entity's.
 */
export function entityMap(local: readonly ResolvedEntity[], idAt: ReadonlyMap<string, string>, story: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of local) {
    const votes = new Map<string, number>();
    for (const m of e.mentions) {
      const id = idAt.get(spanKey(m.doc, m.start, m.end));
      if (id !== undefined) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [id, n] of votes) if (best === undefined || n > votes.get(best)!) best = id;
    out.set(e.id, best ?? `${story}-${e.id}`);
  }
  return out;
}

/**
 * The results with every entity id rewritten. Story results carry entity ids as plain strings (an event's
 * actors, a commitment's party, a quantity's subject …), and entity ids (`e12`) have a form no other value of
 * theirs takes, so every string equal to a story entity's id is one; quoted text (a mention's `text`, an event's
 * `summary`) is left as written all the same.
 */
export function renameIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renameIds(v, ids));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' && (k === 'text' || k === 'summary') ? v : renameIds(v, ids);
    return out;
  }
  return value;
}
