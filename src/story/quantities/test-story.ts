/**
 * Test helper: runs the document pipeline and the corpus stages over short articles written for the tests and
 * returns the story input an analysis gets (documents with their layers, entities resolved across them).
 */
import type { Doc, Source } from '../../model/document.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { runCorpus, runSource } from '../../pipeline/run.js';
import type { StoryInput } from '../analysis.js';

export interface TestArticle {
  id: string;
  outlet: string;
  published?: string;
  title: string;
  body: string;
}

export function storyOf(articles: readonly TestArticle[]): StoryInput {
  const docs: Doc[] = [];
  for (const a of articles) {
    const source: Source = {
      id: a.id,
      origin: `${a.id}.txt`,
      text: `${a.title}\n\n${a.body}\n`,
      format: 'text',
      declared: { outlet: a.outlet, title: a.title, ...(a.published ? { published: a.published } : {}) },
      messages: [],
    };
    docs.push(...runSource(defaultPipeline, source).docs);
  }
  const entities = (runCorpus(defaultPipeline, docs).results.entities as ResolvedEntity[] | undefined) ?? [];
  return { story: { id: 's', title: null, documents: docs.map((d) => d.id) }, docs, entities, results: {} };
}
