/**
 * The core entry point: sources in, an analysis out. No I/O here; the CLI, the server and the workers read the
 * inputs and write the outputs around it.
 */
import type { Doc, Source } from './model/document.js';
import { message, type Message } from './model/message.js';
import { defaultPipeline } from './pipeline/default.js';
import { runCorpus, runSource, type Pipeline } from './pipeline/run.js';
import { groupStories, type StoryGroup } from './story/group.js';

export interface Analysis {
  sources: Source[];
  docs: Doc[];
  stories: StoryGroup[];
  /** What each corpus stage returned, by stage name (`entities` → the entities resolved across documents). */
  corpus: Record<string, unknown>;
  /** Problems of the inputs (undecodable, empty, malformed) and of the analysis, each with its origin. */
  messages: Message[];
}

export function analyze(sources: Source[], pipeline: Pipeline = defaultPipeline): Analysis {
  const docs: Doc[] = [];
  const messages: Message[] = [];
  for (const source of sources) {
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
  return { sources, docs, stories: groupStories(docs), corpus: corpus.results, messages };
}
