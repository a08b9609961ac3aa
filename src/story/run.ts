/**
 * Runs the story analyses over every story of a run, in the order their `needs` allow (checked once). A story
 * analysis that throws leaves a `story/failed` message and no result; the analyses that need its result are
 * skipped for that story, the others still run.
 */
import type { Doc } from '../model/document.js';
import { message, type Message } from '../model/message.js';
import type { ResolvedEntity } from '../outputs/dossier.js';
import type { StoryAnalysis, StoryField, StoryResults } from './analysis.js';
import type { StoryGroup } from './group.js';

/**
 * The analyses in an order their `needs` and `after` allow, keeping the given order where it is free (a stable
 * topological sort), so that adding an analysis never means finding its place by hand. Throws on a need that no
 * analysis adds, and on a cycle.
 */
export function orderStoryAnalyses(analyses: readonly StoryAnalysis[]): StoryAnalysis[] {
  const adds = new Set(analyses.map((a) => a.adds));
  for (const a of analyses) {
    const missing = a.needs.filter((n) => !adds.has(n));
    if (missing.length) throw new Error(`story analysis ${a.name} needs ${missing.join(', ')}, which no analysis adds`);
  }
  const out: StoryAnalysis[] = [];
  const done = new Set<StoryField>();
  const left = [...analyses];
  while (left.length) {
    const i = left.findIndex((a) => [...a.needs, ...(a.after ?? [])].every((n) => done.has(n) || !adds.has(n) || n === a.adds));
    if (i < 0) throw new Error(`story analyses wait on each other: ${left.map((a) => a.name).join(', ')}`);
    const [a] = left.splice(i, 1);
    out.push(a!);
    done.add(a!.adds);
  }
  checkStoryOrder(out);
  return out;
}

export function checkStoryOrder(analyses: readonly StoryAnalysis[]): void {
  const have = new Set<StoryField>();
  const all = new Set(analyses.map((a) => a.adds));
  for (const a of analyses) {
    const missing = a.needs.filter((n) => !have.has(n));
    if (missing.length) throw new Error(`story analysis ${a.name} needs ${missing.join(', ')}, which no earlier analysis adds`);
    const late = (a.after ?? []).filter((n) => all.has(n) && !have.has(n));
    if (late.length) throw new Error(`story analysis ${a.name} reads ${late.join(', ')}, which a later analysis adds`);
    have.add(a.adds);
  }
}

/**
 * The analyses a field rests on: the one that adds it and, transitively, those whose results it needs or reads
 * (`after`), in the given order. Run alone, they give the field exactly as a run of every analysis does.
 */
export function analysesFor(analyses: readonly StoryAnalysis[], field: StoryField): StoryAnalysis[] {
  const wanted = new Set<StoryField>([field]);
  for (let k = analyses.length - 1; k >= 0; k--) {
    const a = analyses[k]!;
    if (!wanted.has(a.adds)) continue;
    for (const n of [...a.needs, ...(a.after ?? [])]) if (n !== a.adds) wanted.add(n);
  }
  return analyses.filter((a) => wanted.has(a.adds));
}

/**
 * Runs the analyses over one story. `done`: results an earlier run on the same documents already has (of
 * analyses that succeeded there), taken as they are instead of worked out again.
 */
export function analyzeStory(
  analyses: readonly StoryAnalysis[],
  story: StoryGroup,
  docs: readonly Doc[],
  entities: readonly ResolvedEntity[],
  done: Partial<StoryResults> = {},
): { results: Partial<StoryResults>; messages: Message[] } {
  const results: Partial<StoryResults> = {};
  const messages: Message[] = [];
  const failed = new Set<StoryField>();
  for (const a of analyses) {
    if (Object.hasOwn(done, a.adds)) {
      (results as Record<string, unknown>)[a.adds] = done[a.adds];
      continue;
    }
    if (a.needs.some((n) => failed.has(n))) {
      failed.add(a.adds);
      continue;
    }
    try {
      (results as Record<string, unknown>)[a.adds] = a.run({ story, docs, entities, results });
    } catch (err) {
      failed.add(a.adds);
      messages.push(message('story/failed', `story analysis ${a.name} failed on ${story.id}: ${(err as Error).message}`, { severity: 'error', by: a.name }));
    }
  }
  return { results, messages };
}
