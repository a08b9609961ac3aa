/**
 * The pipeline's contracts. A stage is a small pure function over a document: it reads the layers it `needs`,
 * returns the layers it `adds` (and messages), and never does I/O. The runner checks the order of stages once,
 * applies each stage's result, and turns a crash into a message on that document so the batch goes on.
 */
import type { Doc, Source } from '../model/document.js';
import type { Message } from '../model/message.js';

/** Names of what a document carries; a stage's `needs` and `adds` are drawn from these and from layer names. */
export type LayerName =
  | 'body'
  | 'blocks'
  | 'furniture'
  | 'title'
  | 'outlet'
  | 'published'
  | 'sentences'
  | 'tokens'
  | (string & {});

/** What a document stage returns: fields of the document it sets, layers it adds, and problems it found. */
export interface StageResult {
  set?: Partial<Pick<Doc, 'title' | 'outlet' | 'published' | 'sentences' | 'tokens'>>;
  layers?: Record<string, unknown>;
  messages?: Message[];
}

export interface DocStage {
  name: string;
  needs: readonly LayerName[];
  adds: readonly LayerName[];
  run(doc: Readonly<Doc>): StageResult;
}

/** Turns one source into its articles (one, or several when a page carries unrelated articles). */
export interface SourceStage {
  name: string;
  adds: readonly LayerName[];
  run(source: Readonly<Source>): SourceResult;
}

export interface SourceResult {
  docs: Doc[];
  messages: Message[];
  /** Metadata the page declares about itself (an HTML page's og: tags), trusted like a JSONL record's fields. */
  declared?: Source['declared'];
}

/** Works across the documents of a run (stories, cross-outlet comparison). */
export interface CorpusStage<Out = unknown> {
  name: string;
  needs: readonly LayerName[];
  run(docs: readonly Doc[]): Out;
}
