/**
 * A cache of facts per document that several story analyses read (light keys, sentence bounds, placed entities,
 * quotation spans). A story is analysed once, so a document's facts are wanted while its story is analysed and
 * never after; a WeakMap would keep them as long as the document lives, which in a run is to its end (the
 * dossier is written from the documents), some tens of kilobytes an article for nothing. This keeps the facts of
 * the most recent documents only: when full it starts again, and what was dropped is worked out again if asked.
 */
import type { Doc } from '../model/document.js';

/** Enough for a large story to stay whole while it is analysed (the facts are about 10 KB a document). */
const DEFAULT_LIMIT = 1024;

export class RecentDocs<V> {
  private readonly facts = new Map<Doc, V>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  get(doc: Doc): V | undefined {
    return this.facts.get(doc);
  }

  set(doc: Doc, value: V): void {
    if (this.facts.size >= this.limit && !this.facts.has(doc)) this.facts.clear();
    this.facts.set(doc, value);
  }
}
