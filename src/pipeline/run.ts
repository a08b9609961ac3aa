/**
 * Runs the stages over sources. The order is checked once (every need is added by an earlier stage); each
 * stage's result is applied to its document; a stage that throws leaves a `stage/failed` message on the
 * document and the stages that need what it would have added are skipped for that document only.
 */
import type { Doc, Source } from '../model/document.js';
import { message, type Message } from '../model/message.js';
import type { CorpusStage, DocStage, LayerName, SourceStage } from './stage.js';

export interface Pipeline {
  source: SourceStage;
  stages: readonly DocStage[];
  /** Stages over all the documents of a run (entity resolution across outlets…), after the document stages. */
  corpus: readonly CorpusStage[];
}

export function checkOrder(pipeline: Pipeline): void {
  const have = new Set<LayerName>(pipeline.source.adds);
  for (const stage of pipeline.stages) {
    const missing = stage.needs.filter((n) => !have.has(n));
    if (missing.length) throw new Error(`stage ${stage.name} needs ${missing.join(', ')}, which no earlier stage adds`);
    stage.adds.forEach((a) => have.add(a));
  }
  for (const stage of pipeline.corpus) {
    const missing = stage.needs.filter((n) => !have.has(n));
    if (missing.length) throw new Error(`corpus stage ${stage.name} needs ${missing.join(', ')}, which no document stage adds`);
  }
}

/** Runs the corpus stages; one that throws leaves a message and no result, the others still run. */
export function runCorpus(pipeline: Pipeline, docs: readonly Doc[]): { results: Record<string, unknown>; messages: Message[] } {
  const results: Record<string, unknown> = {};
  const messages: Message[] = [];
  for (const stage of pipeline.corpus) {
    try {
      results[stage.name] = stage.run(docs);
    } catch (err) {
      messages.push(message('stage/failed', `corpus stage ${stage.name} failed: ${(err as Error).message}`, { severity: 'error', by: stage.name }));
    }
  }
  return { results, messages };
}

export function applyStage(doc: Doc, stage: DocStage, failed: Set<LayerName>): void {
  if (stage.needs.some((n) => failed.has(n))) {
    stage.adds.forEach((a) => failed.add(a));
    return;
  }
  try {
    const result = stage.run(doc);
    if (result.set) Object.assign(doc, result.set);
    if (result.layers) Object.assign(doc.layers, result.layers);
    if (result.messages) doc.messages.push(...result.messages.map((m) => ({ by: stage.name, ...m })));
  } catch (err) {
    stage.adds.forEach((a) => failed.add(a));
    doc.messages.push(
      message('stage/failed', `stage ${stage.name} failed on this document: ${(err as Error).message}`, {
        severity: 'error',
        origin: doc.source.origin,
        by: stage.name,
      }),
    );
  }
}

/** Analyses one source into its documents; never throws for a problem of the input. */
export function runSource(pipeline: Pipeline, source: Source): { docs: Doc[]; messages: Message[] } {
  let docs: Doc[];
  const messages: Message[] = [];
  try {
    const result = pipeline.source.run(source);
    docs = result.docs;
    messages.push(...result.messages);
    if (result.declared) source.declared = { ...result.declared, ...source.declared };
  } catch (err) {
    messages.push(
      message('stage/failed', `stage ${pipeline.source.name} failed on this input: ${(err as Error).message}`, {
        severity: 'error',
        origin: source.origin,
        by: pipeline.source.name,
      }),
    );
    return { docs: [], messages };
  }
  for (const doc of docs) {
    const failed = new Set<LayerName>();
    for (const stage of pipeline.stages) applyStage(doc, stage, failed);
  }
  return { docs, messages };
}
