/**
 * Story analysis `commitments`: what the parties undertook or announced they would do, with every outlet's
 * report of it and what became of it (announced, fulfilled, broken, unknown). Reads the story's events when
 * they are there, to date articles that carry no publication date.
 */
import { storyAnalysis } from '../analysis.js';
import { commitmentMentions } from './extract.js';
import { storyCommonKeys } from '../quantities/context.js';
import { mergeCommitments } from './merge.js';
import { docDates, evidenceOf, outcomesOf } from './status.js';

export const commitments = storyAnalysis({
  name: 'commitments',
  adds: 'commitments',
  needs: [],
  after: ['events'],
  run: ({ docs, entities, results }) => {
    const dates = docDates(docs, results.events);
    const outcomes = docs.flatMap(outcomesOf);
    const common = storyCommonKeys(docs);
    const mentions = docs.flatMap((d) => commitmentMentions(d, entities)).map((m) => ({ ...m, wording: m.keys, keys: new Set([...m.keys].filter((k) => !common.has(k))) }));
    for (const o of outcomes) for (const k of common) o.keys.delete(k);
    const evidence = evidenceOf(mentions, outcomes, dates);
    return mergeCommitments(mentions, evidence, dates);
  },
});
