/**
 * A story job: the story analyses (events merged across outlets, quantities, commitments, contradictions,
 * reuse, framing, the brief) of one story as a regroup left it. The job reads the story's articles and stored
 * documents; story-work.ts rebuilds the documents (rebuild.ts: no costly stage runs again), resolves their
 * entities with the pipeline's corpus stage and analyses the story as `analyze()` does; the job upserts one row
 * per story.
 *
 * Idempotent: the row is keyed by the story, written only while the story is still at the generation the job
 * names (checked under a share lock on the story's row, which a regroup's rewrite waits for); a retry or a
 * second delivery overwrites the row and counts itself; a job whose story has changed since, or is gone, writes
 * nothing.
 */
import type { Message } from '../model/message.js';
import type { ResolvedEntity } from '../outputs/dossier.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/run.js';
import type { SqlDriver, SqlExecutor } from '../storage/sql.js';
import type { Store } from '../storage/store.js';
import type { StoryAnalysis, StoryResults } from '../story/analysis.js';
import { defaultStoryAnalyses } from '../story/default.js';
import type { StoryJobData } from './jobs.js';
import { sourceOfArticle } from './rebuild.js';
import type { StoredDocument } from './stored-document.js';
import { analyseStoryWork, type StoryWork, type StoryWorkResult } from './story-work.js';

export interface StoryJobContext {
  store: Store;
  db: SqlDriver;
  workerId: string;
  engineVersion: string;
  /** For the analysis run here (tests); a worker runs the default ones on its story thread (`runStory`). */
  pipeline?: Pipeline;
  storyAnalyses?: readonly StoryAnalysis[];
  /** Runs the CPU part elsewhere (a worker's story thread); inline when absent. */
  runStory?: (work: StoryWork) => Promise<StoryWorkResult>;
}

export interface StoryOutcome {
  /** False when the story had changed or gone: nothing was written. */
  written: boolean;
  story: string;
  generation: number;
  documents: number;
  /** Articles whose documents came from the store, and those analysed again because they did not fit. */
  rebuilt: { stored: number; reanalysed: number };
  /** Deliveries of this story's row at this generation (1 the first time). */
  deliveries: number;
}

interface StoryRow {
  documents: string[];
  title: string | null;
  updated_generation: number;
}

/** A document id is its article's, or `article#n` for the n-th article of a page. */
export const articleOfDocument = (doc: string): string => doc.split('#')[0]!;

async function currentStory(db: SqlExecutor, data: StoryJobData, lock: boolean): Promise<StoryRow | null> {
  const rows = await db.query<StoryRow & Record<string, unknown>>(
    `SELECT documents, title, updated_generation FROM queue_stories WHERE collection_id = $1 AND story_key = $2${lock ? ' FOR SHARE' : ''}`,
    [data.collection, data.story],
  );
  const row = rows[0];
  return row && row.updated_generation === data.generation ? row : null;
}

/** The stored documents of the given articles, with the article rows' own messages. */
export async function storedAnalyses(db: SqlExecutor, collection: string, articles: readonly string[]): Promise<Map<string, { documents: StoredDocument[]; messages: Message[] }>> {
  const rows = await db.query<{ article_id: string; documents: StoredDocument[]; messages: Message[] }>(
    'SELECT article_id, documents, messages FROM queue_analyses WHERE collection_id = $1 AND article_id = ANY($2::text[])',
    [collection, [...articles]],
  );
  return new Map(rows.map((r) => [r.article_id, { documents: r.documents, messages: r.messages }]));
}

export async function storyJob(ctx: StoryJobContext, jobId: string, data: StoryJobData): Promise<StoryOutcome> {
  const none = { written: false, story: data.story, generation: data.generation, documents: 0, rebuilt: { stored: 0, reanalysed: 0 }, deliveries: 0 };
  const story = await currentStory(ctx.db, data, false);
  if (!story) return none;
  const ids = [...new Set(story.documents.map(articleOfDocument))];
  const stored = await storedAnalyses(ctx.db, data.collection, ids);
  const articles: StoryWork['articles'] = [];
  for (const id of ids) {
    const article = await ctx.store.article(data.collection, id);
    const analysis = stored.get(id);
    // grouped documents come from stored analyses of stored articles, which only a deleted collection takes away
    if (!article || !analysis) return none;
    articles.push({ source: sourceOfArticle(article), documents: analysis.documents });
  }
  const work: StoryWork = { story: { id: data.story, title: story.title, documents: story.documents }, articles };
  const done = ctx.runStory ? await ctx.runStory(work) : analyseStoryWork(work, ctx.pipeline ?? defaultPipeline, ctx.storyAnalyses ?? defaultStoryAnalyses);
  if (!done.complete) return { ...none, rebuilt: done.rebuilt };
  const saved = await saveStoryResult(ctx.db, data, {
    jobId,
    engineVersion: ctx.engineVersion,
    documents: story.documents,
    results: done.results,
    entities: done.entities,
    redated: done.redated,
    messages: done.messages,
    rebuilt: done.rebuilt,
    analysedBy: ctx.workerId,
  });
  const outcome = { story: data.story, generation: data.generation, documents: story.documents.length, rebuilt: done.rebuilt };
  return saved === null ? { ...outcome, written: false, deliveries: 0 } : { ...outcome, written: true, deliveries: saved };
}

export interface StoryResultRow {
  jobId: string;
  engineVersion: string;
  documents: string[];
  results: Partial<StoryResults>;
  entities: ResolvedEntity[];
  redated: StoredDocument[];
  messages: Message[];
  rebuilt: { stored: number; reanalysed: number };
  analysedBy: string;
}

/**
 * Upserts a story's result if the story is still at `data.generation`; returns the row's deliveries at that
 * generation, or null when the story has moved on (nothing written). A result of an older generation is never
 * written over a newer one.
 */
export async function saveStoryResult(db: SqlDriver, data: StoryJobData, row: StoryResultRow): Promise<number | null> {
  return db.transaction(async (tx) => {
    if (!(await currentStory(tx, data, true))) return null;
    const saved = await tx.query<{ deliveries: number }>(
      `INSERT INTO queue_story_results (collection_id, story_key, generation, job_id, engine_version, documents, results, entities, redated, messages, rebuilt, analysed_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb, $12)
       ON CONFLICT (collection_id, story_key) DO UPDATE SET
         generation = EXCLUDED.generation, job_id = EXCLUDED.job_id, engine_version = EXCLUDED.engine_version,
         documents = EXCLUDED.documents, results = EXCLUDED.results, entities = EXCLUDED.entities, redated = EXCLUDED.redated,
         messages = EXCLUDED.messages, rebuilt = EXCLUDED.rebuilt, analysed_by = EXCLUDED.analysed_by, analysed_at = now(),
         deliveries = CASE WHEN queue_story_results.generation = EXCLUDED.generation THEN queue_story_results.deliveries + 1 ELSE 1 END
       WHERE queue_story_results.generation <= EXCLUDED.generation
       RETURNING deliveries`,
      [
        data.collection,
        data.story,
        data.generation,
        row.jobId,
        row.engineVersion,
        JSON.stringify(row.documents),
        JSON.stringify(row.results),
        JSON.stringify(row.entities),
        JSON.stringify(row.redated),
        JSON.stringify(row.messages),
        JSON.stringify(row.rebuilt),
        row.analysedBy,
      ],
    );
    return saved[0]?.deliveries ?? null;
  });
}
