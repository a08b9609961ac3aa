/**
 * What a worker does with each job, apart from BullMQ: analyse one stored article with the document stages and
 * store the result; or regroup a collection's stories. Both may run twice for one job (a retry after a crash, a
 * stalled job handed to another worker) and leave the same state as running once.
 */
import type { Source } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runSource, type Pipeline } from '../pipeline/run.js';
import type { SqlDriver } from '../storage/sql.js';
import type { Store } from '../storage/store.js';
import { regroup, saveAnalysis, type RegroupOutcome, type SaveOutcome } from './analyses.js';
import type { AnalyseJobData, RegroupJobData } from './jobs.js';
import { storedDocument } from './stored-document.js';

export interface JobContext {
  store: Store;
  db: SqlDriver;
  /** Who analysed a row (host:pid), kept with it. */
  workerId: string;
  engineVersion: string;
  pipeline?: Pipeline;
  /**
   * Asks for a regroup of the collection (coalesced: many asks, one regroup). `grouped` is the generation seen;
   * `lastRegroupMs` how long the collection's last regroup took (the wait grows with it).
   */
  requestRegroup(collection: string, grouped: number, lastRegroupMs: number): Promise<void>;
}

/** The article a job names is gone (its collection was deleted): retrying cannot help. */
export class MissingArticleError extends Error {}

export interface AnalyseOutcome extends SaveOutcome {
  documents: number;
}

export async function analyseJob(ctx: JobContext, jobId: string, data: AnalyseJobData): Promise<AnalyseOutcome> {
  const article = await ctx.store.article(data.collection, data.article);
  if (!article) throw new MissingArticleError(`collection ${data.collection} holds no article ${data.article}`);
  if (article.contentHash !== data.contentHash) {
    throw new MissingArticleError(`article ${data.article} of ${data.collection} has another text than the job was made for`);
  }
  const source: Source = {
    id: article.id,
    origin: article.origin,
    text: article.text,
    format: article.format,
    declared: { ...article.declared },
    ...(article.encoding ? { encoding: article.encoding } : {}),
    messages: article.messages,
  };
  const result = runSource(ctx.pipeline ?? defaultPipeline, source);
  const saved = await saveAnalysis(ctx.db, {
    collection: data.collection,
    article: article.id,
    articleSeq: article.seq,
    contentHash: article.contentHash,
    jobId,
    engineVersion: ctx.engineVersion,
    documents: result.docs.map(storedDocument),
    messages: result.messages,
    analysedBy: ctx.workerId,
  });
  await ctx.requestRegroup(data.collection, saved.grouped, saved.regroupMs);
  return { ...saved, documents: result.docs.length };
}

export async function regroupJob(ctx: JobContext, data: RegroupJobData): Promise<RegroupOutcome> {
  const outcome = await regroup(ctx.db, data.collection);
  // analyses stored while this one read: ask again, under the id of the generation now grouped (never this
  // job's own id, which an add would ignore while this job is active)
  if (outcome.after.stale > outcome.after.grouped) await ctx.requestRegroup(data.collection, outcome.after.grouped, outcome.after.regroupMs);
  return outcome;
}
