/** Test documents for the story analyses: a text made a document, with its outlet, date and quotes layer. */
import type { Doc } from '../../model/document.js';
import { findQuotes } from '../../stages/quotes/index.js';
import { docFrom } from '../../stages/time/test-doc.js';

export function storyDoc(id: string, text: string, opts: { outlet?: string; published?: string } = {}): Doc {
  const doc = docFrom(text, opts.published ?? null);
  doc.id = id;
  doc.source = { ...doc.source, id, origin: `${id}.txt` };
  doc.outlet = opts.outlet ? { value: opts.outlet, span: null, by: 'declared' } : null;
  doc.layers.quotes = findQuotes(doc);
  return doc;
}
