/**
 * The CPU part of a story job, apart from its reads and writes: the story's articles and their stored
 * documents in, the story's results out. A pure function of its input (plain data both ways), so a worker can
 * run it on a thread of its own (story-thread.ts) and keep its event loop free to renew its jobs' locks while a
 * story of hundreds of documents is analysed.
 */
import type { Doc, Source } from '../model/document.js';
import type { Message } from '../model/message.js';
import type { ResolvedEntity } from '../outputs/dossier.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runCorpus, type Pipeline } from '../pipeline/run.js';
import type { StoryAnalysis, StoryResults } from '../story/analysis.js';
import { defaultStoryAnalyses } from '../story/default.js';
import type { StoryGroup } from '../story/group.js';
import { rebuildDocuments } from './rebuild.js';
import { analyzeStoryRedated } from '../story/redate.js';
import { storedDocument, type StoredDocument } from './stored-document.js';

export interface StoryWork {
  story: StoryGroup;
  /** Each article of the story: its source and the documents a worker stored of it. */
  articles: Array<{ source: Source; documents: StoredDocument[] }>;
}

export interface StoryWorkResult {
  /** False when the stored documents do not hold every document the story names (nothing to write). */
  complete: boolean;
  results: Partial<StoryResults>;
  entities: ResolvedEntity[];
  redated: StoredDocument[];
  messages: Message[];
  rebuilt: { stored: number; reanalysed: number };
}

export function analyseStoryWork(work: StoryWork, pipeline: Pipeline = defaultPipeline, analyses: readonly StoryAnalysis[] = defaultStoryAnalyses): StoryWorkResult {
  const byId = new Map<string, Doc>();
  const rebuilt = { stored: 0, reanalysed: 0 };
  for (const a of work.articles) {
    const r = rebuildDocuments(pipeline, a.source, a.documents);
    rebuilt[r.fromStore ? 'stored' : 'reanalysed']++;
    for (const d of r.docs) byId.set(d.id, d);
  }
  const docs = work.story.documents.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
  if (docs.length !== work.story.documents.length) return { complete: false, results: {}, entities: [], redated: [], messages: [], rebuilt };
  const corpus = runCorpus(pipeline, docs);
  const entities = (corpus.results.entities as ResolvedEntity[] | undefined) ?? [];
  const analysed = analyzeStoryRedated(pipeline, analyses, work.story, docs, entities);
  return {
    complete: true,
    results: analysed.results,
    entities,
    redated: analysed.redated.map(storedDocument),
    messages: [...corpus.messages, ...analysed.messages],
    rebuilt,
  };
}
