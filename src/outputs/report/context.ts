/**
 * What every section needs to draw a claim: the documents by id, their source texts, outlet names, entity
 * names, and the link that opens a mention's source with its span marked.
 */
import type { Dossier, DossierDocument, Mention } from '../dossier.js';
import { fragment, html, type Html } from './html.js';
import { readEntities, type EntityView } from './read.js';

export interface ReportContext {
  dossier: Dossier;
  docs: Map<string, DossierDocument>;
  entities: Map<string, EntityView>;
  /** Decoded source text of each document, when the caller has it. */
  sourceOf(docId: string): string | undefined;
  /** The outlet a document belongs to, as shown and as grouped (an unnamed outlet is its document's own). */
  outletOf(docId: string): string;
  /** A link that opens the source of `m` with `[start, end)` marked; its text is `label` or the mention's. */
  link(m: Mention, label?: Html | string, cls?: string): Html;
  /** Numbered citation links `[1] [2]`. */
  cites(ms: readonly Mention[]): Html;
}

export const UNKNOWN_OUTLET = 'منبر غير معروف';

export function makeContext(dossier: Dossier, sourceTexts: ReadonlyMap<string, string>): ReportContext {
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  const entities = new Map(readEntities(dossier.entities).map((e) => [e.id, e]));
  const outletOf = (id: string) => docs.get(id)?.outlet ?? `${UNKNOWN_OUTLET} (${id})`;
  const sourceOf = (id: string) => sourceTexts.get(id);
  const link = (m: Mention, label?: Html | string, cls = '') => {
    const src = sourceOf(m.doc);
    // an offset that does not point at the words it claims is a defect of the dossier: the reader must see it
    const wrong = src !== undefined && src.slice(m.start, m.end) !== m.text;
    const where = `${docs.has(m.doc) ? outletOf(m.doc) : `وثيقة غير موجودة: ${m.doc}`} — ${m.doc} [${m.start}، ${m.end})`;
    const title = wrong ? `${where} — تحذير: الموضع لا يطابق النص` : where;
    return html`<a class="${['m', cls, wrong ? 'off' : ''].filter(Boolean).join(' ')}" href="#${fragment('doc', m.doc)}" data-doc="${m.doc}" data-start="${m.start}" data-end="${m.end}" title="${title}">${label ?? m.text}</a>`;
  };
  const cites = (ms: readonly Mention[]) =>
    html`<span class="cites">${ms.map((m, i) => html`<sup>${link(m, `[${i + 1}]`, 'cite')}</sup>`)}</span>`;
  return { dossier, docs, entities, sourceOf, outletOf, link, cites };
}

/** Distinct outlets of a list of document ids, in order of first appearance. */
export function outletsOf(ctx: ReportContext, docIds: Iterable<string>): string[] {
  return [...new Set([...docIds].map(ctx.outletOf))];
}

/** A short piece of the source around a mention, cut at spaces and kept inside its document. */
export function contextOf(ctx: ReportContext, m: Mention, width = 60): { before: string; after: string } | null {
  const src = ctx.sourceOf(m.doc);
  const doc = ctx.docs.get(m.doc);
  if (src === undefined) return null;
  const [lo, hi] = doc ? doc.span : [0, src.length];
  let a = Math.max(lo, m.start - width);
  let b = Math.min(hi, m.end + width);
  if (a > lo) a = Math.min(m.start, src.indexOf(' ', a) + 1 || a);
  if (b < hi) b = Math.max(m.end, src.lastIndexOf(' ', b) >= m.end ? src.lastIndexOf(' ', b) : b);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return { before: (a > lo ? '… ' : '') + flat(src.slice(a, m.start)), after: flat(src.slice(m.end, b)) + (b < hi ? ' …' : '') };
}
