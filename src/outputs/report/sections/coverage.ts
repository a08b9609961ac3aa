/**
 * Which outlet reported which event: rows are events in date order, columns the story's outlets. A cell counts
 * the outlet's reports of the event (its documents among the event's mentions) and links to the first; an
 * outlet's own `coverage` list, when the dossier gives one, is taken as it stands.
 */
import type { Mention } from '../../dossier.js';
import type { OutletFraming, StoryEvent } from '../../../story/analysis.js';
import { outletsOf, type ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { ploverLabel, typeClass } from '../labels.js';
import { coverageOf } from '../read.js';
import { empty } from './empty.js';
import { eventRowId, sortedEvents } from './timeline.js';

export function coverageSection(ctx: ReportContext, anchor: string, docIds: readonly string[], events: readonly StoryEvent[], framing: readonly OutletFraming[]): Html {
  if (!events.length) return empty('لا أحداث، فلا مصفوفة تغطية.');
  const outlets = outletsOf(ctx, docIds);
  const declared = new Map(framing.flatMap((o) => (coverageOf(o) ? [[o.name, coverageOf(o)!] as const] : [])));
  for (const o of declared.keys()) if (!outlets.includes(o)) outlets.push(o);
  const sorted = sortedEvents(events);
  const own = (e: StoryEvent, outlet: string): Mention[] => e.mentions.filter((m) => ctx.outletOf(m.doc) === outlet);
  const count = (e: StoryEvent, outlet: string): number => declared.get(outlet)?.get(e.id) ?? (declared.has(outlet) ? 0 : own(e, outlet).length);
  const cell = (e: StoryEvent, outlet: string): Html => {
    const n = count(e, outlet);
    const first = own(e, outlet)[0];
    if (!n) return html`<td class="miss" title="${outlet}: لم يروِ هذا الحدث">—</td>`;
    return html`<td class="hit" title="${outlet}: ${n} موضع">${first ? ctx.link(first, `✓ ${n}`) : `✓ ${n}`}</td>`;
  };
  return html`<div class="table-wrap"><table class="coverage">
<caption>من روى ماذا: كل خلية عدد مواضع رواية المنبر للحدث</caption>
<thead><tr><th>الحدث</th>${outlets.map((o) => html`<th scope="col">${o}</th>`)}<th>المنابر</th></tr></thead>
<tbody>${sorted.map(
    (e, i) => html`<tr><th scope="row"><a href="#${eventRowId(anchor, i)}">${i + 1}.</a> <span class="type ${typeClass(e.type)}">${ploverLabel(e.type)}</span> ${e.summary}</th>
${outlets.map((o) => cell(e, o))}<td class="n">${outlets.filter((o) => count(e, o) > 0).length}/${outlets.length}</td></tr>`,
  )}</tbody></table></div>`;
}
