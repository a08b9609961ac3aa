/** Builds a document from a plain text for the time tests: the whole text is the body, one block per line. */
import type { Block, Doc } from '../../model/document.js';
import { OffsetText } from '../../model/offset-text.js';
import { segment } from '../segment/index.js';

export function docFrom(text: string, published: string | null = null): Doc {
  const blocks: Block[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length) blocks.push({ start: at, end: at + line.length, role: 'text' });
    at += line.length + 1;
  }
  const doc: Doc = {
    id: 't',
    source: { id: 't', origin: 't.txt', text, format: 'text', declared: {}, messages: [] },
    span: { start: 0, end: text.length },
    body: OffsetText.slice(text),
    blocks,
    furniture: [],
    title: null,
    outlet: null,
    published: published ? { value: published, span: null, by: 'declared' } : null,
    sentences: [],
    tokens: [],
    messages: [],
    layers: {},
  };
  Object.assign(doc, segment.run(doc).set);
  return doc;
}
