/**
 * Statements of two outlets that contradict each other. The dossier leaves their shape open (an extension of the
 * contract), so each is shown by what it holds: its words and every mention in it.
 */
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { isObj, mentionsWithin } from '../read.js';

export function contradictionsSection(ctx: ReportContext, items: readonly unknown[]): Html | null {
  if (!items.length) return null;
  return html`<ul class="contradictions">${items.map((c) => {
    const words = isObj(c) ? Object.entries(c).filter(([k, v]) => typeof v === 'string' && !['doc', 'id'].includes(k)) : [];
    const ms = mentionsWithin(c);
    return html`<li>${words.map(([, v]) => html`<span>${v as string}</span> `)}
<ul class="by-outlet">${ms.map((m) => html`<li><span class="outlet">${ctx.outletOf(m.doc)}</span> ${ctx.link(m)}</li>`)}</ul></li>`;
  })}</ul>`;
}
