/**
 * The statistical tagger, seen from the entity stage: a function from a document's sentences (each its tokens,
 * as written) to typed token spans per sentence. The stage works without one (gazetteer, titles and patterns
 * alone) and takes one when it is given; {@link defaultTagger} is the ANERcorp model of `src/ner` when its model
 * file is there.
 */
import type { EntityType } from '../../knowledge/gazetteer/index.js';
import { loadModel, spansOf, tagDocument } from '../../ner/index.js';

export type TaggerType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

export interface TaggedSpan {
  /** Token indexes `[start, end)` within the sentence. */
  start: number;
  end: number;
  type: TaggerType;
}

/** Spans of every sentence of a document, in the order given. */
export type Tagger = (sentences: string[][]) => TaggedSpan[][];

export const TAGGER_TYPES: Record<TaggerType, EntityType> = { PERS: 'PERSON', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** A tagger that sees one sentence at a time (`tagSentence` of src/ner) as a document tagger. */
export function perSentence(tag: (tokens: string[]) => TaggedSpan[]): Tagger {
  return (sentences) => sentences.map((s) => tag(s));
}

let loaded: Tagger | null | undefined;

/** The trained ANERcorp tagger, read once; null when its model file is not there (the stage then works without). */
export function defaultTagger(): Tagger | null {
  if (loaded !== undefined) return loaded;
  try {
    const model = loadModel();
    loaded = (sentences) => tagDocument(sentences, model).map((tags) => spansOf(tags));
  } catch {
    loaded = null;
  }
  return loaded;
}
