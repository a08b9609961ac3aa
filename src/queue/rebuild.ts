/**
 * An article's documents back from what a worker stored, without the costly stages. The store keeps every
 * layer but not the tokens, nor the cleaned body's map to the source (an `OffsetText`, not JSON): the source
 * stage (cleaning) rebuilds the body and its map, and the stages that add what the store leaves out (the
 * segment stage's tokens) run again. Both are deterministic over the text, so the result is the document the
 * worker analysed: checked, not assumed. When the rebuilt body, blocks or sentences differ from the stored ones
 * (an engine whose cleaning changed since the article was analysed), the article is analysed again whole.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Doc, Source } from '../model/document.js';
import { applyStage, runSource, type Pipeline } from '../pipeline/run.js';
import type { LayerName } from '../pipeline/stage.js';
import type { StoredArticle } from '../storage/store.js';
import type { StoredDocument } from './stored-document.js';

/** What `storedDocument` leaves out and a rebuild must compute again. */
const NOT_STORED: ReadonlySet<LayerName> = new Set(['tokens']);

export interface Rebuilt {
  docs: Doc[];
  /** True when the stored layers were taken; false when the article had to be analysed again. */
  fromStore: boolean;
}

/** The source an article's analysis starts from, exactly as a worker builds it. */
export function sourceOfArticle(article: StoredArticle): Source {
  return {
    id: article.id,
    origin: article.origin,
    text: article.text,
    format: article.format,
    declared: { ...article.declared },
    ...(article.encoding ? { encoding: article.encoding } : {}),
    messages: article.messages,
  };
}

// JSONB keeps no key order: compare by value
const same = (a: unknown, b: unknown) => isDeepStrictEqual(JSON.parse(JSON.stringify(a)), b);

export function rebuildDocuments(pipeline: Pipeline, source: Source, stored: readonly StoredDocument[]): Rebuilt {
  const viaStore = fromStore(pipeline, source, stored);
  if (viaStore) return { docs: viaStore, fromStore: true };
  return { docs: runSource(pipeline, source).docs, fromStore: false };
}

function fromStore(pipeline: Pipeline, source: Source, stored: readonly StoredDocument[]): Doc[] | null {
  let cleaned;
  try {
    cleaned = pipeline.source.run(source);
  } catch {
    return null;
  }
  // as runSource does: what the page declares about itself, under what the input declared
  if (cleaned.declared) source.declared = { ...cleaned.declared, ...source.declared };
  if (cleaned.docs.length !== stored.length) return null;
  const docs: Doc[] = [];
  for (const [k, doc] of cleaned.docs.entries()) {
    const s = stored[k]!;
    if (doc.id !== s.id || doc.body.text !== s.bodyText || !same(doc.blocks, s.blocks) || !same(doc.span, s.span)) return null;
    Object.assign(doc, { title: s.title, outlet: s.outlet, published: s.published, furniture: s.furniture, sentences: s.sentences, layers: { ...s.layers } });
    const failed = new Set<LayerName>();
    for (const stage of pipeline.stages) {
      if (stage.adds.some((a) => NOT_STORED.has(a))) applyStage(doc, stage, failed);
    }
    // the stage also set the sentences: they must be the stored ones, or the stored offsets do not fit its tokens
    if (failed.size || !same(doc.sentences, s.sentences)) return null;
    doc.sentences = s.sentences;
    doc.messages = [...s.messages];
    docs.push(doc);
  }
  return docs;
}
