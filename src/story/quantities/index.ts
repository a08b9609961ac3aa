/**
 * Story analysis `quantities`: the figures the story reports (troops, attacks, rounds of talks, money …), each
 * with every outlet's report of it, and whether the outlets agree.
 */
import { storyAnalysis } from '../analysis.js';
import { quantityMentions } from './extract.js';
import { mergeQuantities } from './merge.js';

export const quantities = storyAnalysis({
  name: 'quantities',
  adds: 'quantities',
  needs: [],
  run: ({ docs, entities }) => mergeQuantities(docs.flatMap((d) => quantityMentions(d, entities))),
});
