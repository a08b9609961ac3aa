/**
 * Test helper: the brief of one story made of short articles written for a test, each given as its id, its
 * outlet and its lines, all published on one day; analysed end to end with the default pipeline and analyses.
 */
import { analyze } from '../../analyze.js';
import type { Source } from '../../model/document.js';
import type { Mention } from '../../outputs/dossier.js';

export type TestArticle = [id: string, outlet: string, lines: string[]];

export interface TestBrief {
  stories: number;
  sentences: Array<{ text: string; cites: Mention[] }>;
}

export function briefOf(articles: readonly TestArticle[], published: string): TestBrief {
  const sources: Source[] = articles.map(([id, outlet, lines]) => ({ id, origin: `${id}.txt`, text: lines.join('\n'), format: 'text', declared: { outlet, published }, messages: [] }));
  const result = analyze(sources);
  const first = result.stories[0];
  const summary = first ? (result.storyResults[first.id]?.summary ?? []) : [];
  return { stories: result.stories.length, sentences: summary as TestBrief['sentences'] };
}
