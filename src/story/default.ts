/** The story analyses every run applies, in order (each after the analyses whose results it needs). */
import type { StoryAnalysis } from './analysis.js';
import { storyEvents } from './events/index.js';
import { inferredDates } from './events/infer.js';
import { orderStoryAnalyses } from './run.js';
import { contradictionsAnalysis } from './contradictions/index.js';
import { brief } from './brief/index.js';
import { quantities } from './quantities/index.js';
import { commitments } from './commitments/index.js';
import { reuse } from './reuse/index.js';
import { framing } from './framing/index.js';

// ordered by what each reads (events first: most analyses read the story's events; the brief last)
export const defaultStoryAnalyses: StoryAnalysis[] = orderStoryAnalyses([
  storyEvents,
  inferredDates,
  quantities,
  commitments,
  contradictionsAnalysis(),
  reuse,
  framing,
  brief,
]);
