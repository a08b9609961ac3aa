/** The story's entities: who and what its articles name, with every spelling, role and mention. */
import { outletsOf, type ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { ENTITY_TYPES } from '../labels.js';
import type { EntityView } from '../read.js';
import { empty } from './empty.js';
import { mentionsByOutlet } from './timeline.js';

/** Shown at once; the rest fold away so the story stays readable. */
const SHOWN = 15;

export function storyEntities(ctx: ReportContext, docIds: readonly string[]): EntityView[] {
  const inStory = new Set(docIds);
  return [...ctx.entities.values()]
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => inStory.has(m.doc)) }))
    .filter((e) => e.mentions.length)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'ar'));
}

function table(ctx: ReportContext, list: readonly EntityView[]): Html {
  return html`<div class="table-wrap"><table class="entities">
<thead><tr><th>الاسم</th><th>النوع</th><th>الصيغ الواردة</th><th>الصفات والمناصب</th><th>المواضع</th></tr></thead>
<tbody>${list.map(
    (e) => html`<tr>
<td><b>${e.name}</b></td>
<td><span class="etype e-${ENTITY_TYPES[e.type] ? e.type : 'MISC'}">${ENTITY_TYPES[e.type] ?? e.type}</span></td>
<td>${e.variants.length ? html`<ul class="chips">${e.variants.map((v) => html`<li>${v}</li>`)}</ul>` : '—'}</td>
<td>${e.roles.length ? html`<ul class="chips roles">${e.roles.map((r) => html`<li>${r}</li>`)}</ul>` : '—'}</td>
<td class="where"><details><summary>${e.mentions.length} موضعاً في ${outletsOf(ctx, e.mentions.map((m) => m.doc)).length} منابر</summary>${mentionsByOutlet(ctx, e.mentions)}</details></td>
</tr>`,
  )}</tbody></table></div>`;
}

export function entitiesSection(ctx: ReportContext, entities: readonly EntityView[]): Html {
  if (!entities.length) return empty('لم يُتعرّف على كيانات في مقالات هذه القصة.');
  const rest = entities.slice(SHOWN);
  return html`${table(ctx, entities.slice(0, SHOWN))}
${rest.length ? html`<details class="more"><summary>${rest.length} كياناً آخر</summary>${table(ctx, rest)}</details>` : ''}`;
}
