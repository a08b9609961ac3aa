/**
 * A story analysed as `analyze()` analyses each story: the analyses inferred publication dates rest on run
 * first, the dates are set on the undated documents (whose date-reading stages run again), and the story is
 * analysed on the re-dated documents, or, where nothing was re-dated, the first results are kept.
 *
 * The re-dating step lives in src/analyze.ts, unexported (`applyInferredDates`); until it is exported this is a
 * stand-in over the pipeline's public `applyStage` with the same rule, and the queue's integration test checks
 * the stories it analyses against `analyze()`'s.
 */
import type { Doc } from '../model/document.js';
import type { Message } from '../model/message.js';
import type { ResolvedEntity } from '../outputs/dossier.js';
import { applyStage, type Pipeline } from '../pipeline/run.js';
import type { LayerName } from '../pipeline/stage.js';
import type { StoryAnalysis, StoryResults } from '../story/analysis.js';
import type { StoryGroup } from '../story/group.js';
import { analysesFor, analyzeStory } from '../story/run.js';

export interface AnalysedStory {
  results: Partial<StoryResults>;
  messages: Message[];
  /** The documents an inferred date was set on (changed in place). */
  redated: Doc[];
}

export function analyseStoryLikeAnalyze(
  pipeline: Pipeline,
  analyses: readonly StoryAnalysis[],
  story: StoryGroup,
  docs: readonly Doc[],
  entities: readonly ResolvedEntity[],
): AnalysedStory {
  const first = analyzeStory(analysesFor(analyses, 'inferredDates'), story, docs, entities);
  const redated = setInferredDates(pipeline, docs, first.results.inferredDates ?? []);
  const run = analyzeStory(analyses, story, docs, entities, redated.length ? {} : first.results);
  return { results: run.results, messages: run.messages, redated };
}

/** Dates each undated document that an inferred date names; re-runs the stages that read `published`, and after. */
function setInferredDates(pipeline: Pipeline, docs: readonly Doc[], inferred: StoryResults['inferredDates']): Doc[] {
  const changed: Doc[] = [];
  for (const d of inferred) {
    const doc = docs.find((x) => x.id === d.doc);
    if (!doc || doc.published) continue;
    doc.published = { value: d.value, span: d.span, by: d.by.startsWith('inferred') ? d.by : `inferred:${d.by}` };
    const stale = new Set<LayerName>(['published']);
    for (const stage of pipeline.stages) {
      if (!stage.needs.some((n) => stale.has(n))) continue;
      stage.adds.forEach((a) => stale.add(a));
      applyStage(doc, stage, new Set());
    }
    changed.push(doc);
  }
  return changed;
}
