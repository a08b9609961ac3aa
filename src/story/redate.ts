/**
 * One story analysed with its inferred publication dates: the analyses the dates rest on run first, the dates
 * are set on the undated documents (whose date-reading document stages run again), and then every analysis runs
 * once on the re-dated documents; where nothing was re-dated, the first step's results are kept. `analyze()` and
 * the queue's story jobs both analyse a story this way, so a worker's result is the one `marsad analyze` gives.
 */
import type { Doc } from '../model/document.js';
import type { Message } from '../model/message.js';
import type { ResolvedEntity } from '../outputs/dossier.js';
import { applyStage, type Pipeline } from '../pipeline/run.js';
import type { LayerName } from '../pipeline/stage.js';
import type { StoryAnalysis, StoryResults } from './analysis.js';
import type { StoryGroup } from './group.js';
import { analysesFor, analyzeStory } from './run.js';

export interface RedatedStory {
  results: Partial<StoryResults>;
  messages: Message[];
  /** The documents an inferred date was set on (changed in place). */
  redated: Doc[];
}

export function analyzeStoryRedated(
  pipeline: Pipeline,
  analyses: readonly StoryAnalysis[],
  story: StoryGroup,
  docs: readonly Doc[],
  entities: readonly ResolvedEntity[],
): RedatedStory {
  const first = analyzeStory(analysesFor(analyses, 'inferredDates'), story, docs, entities);
  const redated = applyInferredDates(pipeline, docs, first.results.inferredDates ?? []);
  const run = analyzeStory(analyses, story, docs, entities, redated.length ? {} : first.results);
  return { results: run.results, messages: run.messages, redated };
}

/**
 * Sets inferred publication dates on documents that have none and re-runs, on those documents, the document
 * stages that read `published` and every stage after them that reads what they add. Returns the documents dated.
 */
function applyInferredDates(pipeline: Pipeline, docs: readonly Doc[], inferred: StoryResults['inferredDates']): Doc[] {
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
