/**
 * The core entry point: sources in, an analysis out. No I/O here; the CLI, the server and the workers read the
 * inputs and write the outputs around it.
 */
import type { Doc, Source } from './model/document.js';
import { message, type Message } from './model/message.js';
import { defaultPipeline } from './pipeline/default.js';
import { runCorpus, runSource, type Pipeline } from './pipeline/run.js';
import { groupStories, type StoryGroup } from './story/group.js';
import type { StoryAnalysis, StoryResults } from './story/analysis.js';
import { defaultStoryAnalyses } from './story/default.js';
import { analyzeStoryRedated } from './story/redate.js';
import type { ResolvedEntity } from './outputs/dossier.js';

export interface Analysis {
  sources: Source[];
  docs: Doc[];
  stories: StoryGroup[];
  /** What each corpus stage returned, by stage name (`entities` → the entities resolved across documents). */
  corpus: Record<string, unknown>;
  /** What the story analyses found, by story id (events, quantities, framing …). */
  storyResults: Record<string, Partial<StoryResults>>;
  /** Problems of the inputs (undecodable, empty, malformed) and of the analysis, each with its origin. */
  messages: Message[];
}

/** How far an analysis has come: called after each input and each story (the shell draws a progress bar). */
export type Progress = (p: { phase: 'documents' | 'stories'; done: number; total: number }) => void;

export function analyze(
  sources: Source[],
  pipeline: Pipeline = defaultPipeline,
  storyAnalyses: readonly StoryAnalysis[] = defaultStoryAnalyses,
  progress?: Progress,
): Analysis {
  const docs: Doc[] = [];
  const messages: Message[] = [];
  let read = 0;
  for (const source of sources) {
    progress?.({ phase: 'documents', done: read++, total: sources.length });
    messages.push(...source.messages.map((m) => ({ origin: source.origin, ...m })));
    if (!source.text.trim()) {
      // nothing to analyse; say so unless reading or decoding already did
      if (!source.messages.some((m) => m.severity === 'error')) {
        messages.push(message('input/empty', 'the input is empty or only white space', { severity: 'error', origin: source.origin }));
      }
      continue;
    }
    const result = runSource(pipeline, source);
    docs.push(...result.docs);
    messages.push(...result.messages.map((m) => ({ origin: source.origin, ...m })));
    for (const d of result.docs) messages.push(...d.messages.map((m) => ({ origin: source.origin, ...m })));
  }
  const corpus = runCorpus(pipeline, docs);
  messages.push(...corpus.messages);
  const stories = groupStories(docs);
  const entities = (corpus.results.entities as ResolvedEntity[] | undefined) ?? [];
  const storyResults: Record<string, Partial<StoryResults>> = {};
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const [k, story] of stories.entries()) {
    progress?.({ phase: 'stories', done: k, total: stories.length });
    const storyDocs = story.documents.map((id) => byId.get(id)!);
    const run = analyzeStoryRedated(pipeline, storyAnalyses, story, storyDocs, entities);
    storyResults[story.id] = run.results;
    messages.push(...run.messages);
  }
  progress?.({ phase: 'stories', done: stories.length, total: stories.length });
  return { sources, docs, stories, corpus: corpus.results, storyResults, messages };
}
