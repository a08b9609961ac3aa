/** The story analyses every run applies, in order (each after the analyses whose results it needs). */
import type { StoryAnalysis } from './analysis.js';
import { checkStoryOrder } from './run.js';

export const defaultStoryAnalyses: StoryAnalysis[] = [];

checkStoryOrder(defaultStoryAnalyses);
