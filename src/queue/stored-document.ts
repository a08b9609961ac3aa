/**
 * What the store keeps of an analysed document: every layer the document stages added, in source offsets,
 * without the tokens (the bulk of a document, and recomputed from the text in milliseconds by the segment
 * stage). Story grouping across the collection later needs only each document's id, title and cleaned body,
 * so a regroup reads those three fields and never re-analyses a text.
 */
import type { Block, Doc, Evidence, Furniture, Sentence, Span } from '../model/document.js';
import type { Message } from '../model/message.js';
import { OffsetText } from '../model/offset-text.js';

export interface StoredDocument {
  id: string;
  span: Span;
  title: Evidence<string> | null;
  outlet: Evidence<string> | null;
  published: Evidence<string> | null;
  /** The cleaned body; its offsets into the source are those of the layers and sentences beside it. */
  bodyText: string;
  blocks: Block[];
  furniture: Furniture[];
  sentences: Sentence[];
  layers: Record<string, unknown>;
  messages: Message[];
}

export function storedDocument(doc: Doc): StoredDocument {
  return {
    id: doc.id,
    span: doc.span,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    bodyText: doc.body.text,
    blocks: doc.blocks,
    furniture: doc.furniture,
    sentences: doc.sentences,
    layers: doc.layers,
    messages: doc.messages,
  };
}

/** The part of a stored document story grouping reads. */
export interface GroupingInput {
  id: string;
  title: string | null;
  bodyText: string;
}

/**
 * A document for `groupStories`, which reads a document's id, headline and cleaned body text only. Its body is
 * the stored text with no map to the source: good for grouping, not for offsets, so it never leaves the regroup.
 * `grouping-view.test.ts` checks that grouping these views equals grouping the live documents.
 */
export function groupingDoc(input: GroupingInput): Doc {
  const body = OffsetText.slice(input.bodyText);
  return {
    id: input.id,
    source: { id: input.id, origin: input.id, text: input.bodyText, format: 'text', declared: {}, messages: [] },
    span: { start: 0, end: input.bodyText.length },
    body,
    blocks: [],
    furniture: [],
    title: input.title === null ? null : { value: input.title, span: null, by: 'stored' },
    outlet: null,
    published: null,
    sentences: [],
    tokens: [],
    messages: [],
    layers: {},
  };
}
