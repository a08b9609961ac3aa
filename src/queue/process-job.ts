/**
 * What a worker does with each job, apart from BullMQ: analyse one stored article with the document stages,
 * index its words for search and store the result; regroup a collection's stories, then ask for the analysis of
 * each story whose documents changed (story-job.ts runs those). Each may run twice for one job (a retry after a
 * crash, a stalled job handed to another worker) and leave the same state as running once.
 */
import { defaultPipeline } from '../pipeline/default.js';
import { runSource, type Pipeline } from '../pipeline/run.js';
import type { SqlDriver } from '../storage/sql.js';
import { articleIndex } from '../storage/search-terms.js';
import type { Store } from '../storage/store.js';
import { regroup, saveAnalysis, storiesDue, type RegroupOutcome, type SaveOutcome, type StoryDue } from './analyses.js';
import type { AnalyseJobData, RegroupJobData } from './jobs.js';
import { storedDocument } from './stored-document.js';
import { sourceOfArticle } from './rebuild.js';

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
  /**
   * Queues one story job per story (ids from collection, story key and generation: asking twice is one job).
   * `lastRegroupMs` as for a regroup: a story job waits past the next regroup, so that a story still growing is
   * analysed once it stops, not at every regroup.
   */
  requestStories(collection: string, stories: readonly StoryDue[], lastRegroupMs: number): Promise<void>;
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
  const result = runSource(ctx.pipeline ?? defaultPipeline, sourceOfArticle(article));
  // indexed before the analysis row is written: an article the queue counts as analysed can be searched (a
  // crash in between retries the job, and both writes replace what they wrote before)
  await ctx.store.indexArticle(data.collection, articleIndex(article.id, ctx.engineVersion, result.docs));
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

export interface RegroupJobOutcome extends RegroupOutcome {
  /** Story jobs asked for: the stories without a result of their current generation. */
  storiesQueued: number;
}

export async function regroupJob(ctx: JobContext, data: RegroupJobData): Promise<RegroupJobOutcome> {
  const outcome = await regroup(ctx.db, data.collection);
  // after the commit, and even when another regroup got there first: a retry of a regroup that committed but
  // died before queuing its story jobs queues them here
  const due = await storiesDue(ctx.db, data.collection);
  if (due.length) await ctx.requestStories(data.collection, due, outcome.after.regroupMs);
  // analyses stored while this one read: ask again, under the id of the generation now grouped (never this
  // job's own id, which an add would ignore while this job is active)
  if (outcome.after.stale > outcome.after.grouped) await ctx.requestRegroup(data.collection, outcome.after.grouped, outcome.after.regroupMs);
  return { ...outcome, storiesQueued: due.length };
}
