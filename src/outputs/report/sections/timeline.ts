/**
 * The story's events in time: a Chart.js timeline (one bar per event over the stretch its date covers,
 * coloured by PLOVER type, the reporting outlets in the tooltip) and the same events as a table, which is also
 * what a reader without the chart (a screen reader, a page printed) gets.
 */
import type { Mention } from '../../dossier.js';
import type { StoryEvent } from '../../../story/analysis.js';
import { outletsOf, type ReportContext } from '../context.js';
import { byExtent, extentOf } from '../dates.js';
import { html, type Html } from '../html.js';
import { ploverColor, ploverLabel, typeClass } from '../labels.js';
import { empty } from './empty.js';

/** What the page's script needs to draw one story's timeline (embedded as JSON). */
export interface TimelineData {
  types: Array<{ type: string; label: string; color: string }>;
  events: Array<{
    row: string;
    label: string;
    /** `[start, end)` in UTC milliseconds. */
    x: [number, number];
    type: string;
    typeLabel: string;
    date: string;
    summary: string;
    outlets: string[];
    reports: number;
    first: Omit<Mention, 'text'> | null;
  }>;
  /**
   * Where the chart starts by default, when the story reaches far back (a treaty decades ago, talks years
   * before): the story's own weeks are drawn readably, and the whole history is one click away.
   */
  focus: number | null;
}

const LABEL_CHARS = 48;
const DAY = 86_400_000;
/** Events ending more than this long before the story's latest date are background. */
const FOCUS_DAYS = 120;

function shortLabel(s: string): string {
  return s.length > LABEL_CHARS ? s.slice(0, LABEL_CHARS - 1).trimEnd() + '…' : s;
}

export function sortedEvents(events: readonly StoryEvent[]): StoryEvent[] {
  return [...events].sort(byExtent((e) => extentOf(e.date.value)));
}

export function eventRowId(anchor: string, i: number): string {
  return `${anchor}-ev-${i + 1}`;
}

export function timelineData(ctx: ReportContext, anchor: string, events: readonly StoryEvent[], docIds: readonly string[] = []): TimelineData | null {
  const dated = sortedEvents(events)
    .map((e, i) => ({ e, row: eventRowId(anchor, i), x: extentOf(e.date.value) }))
    .filter((d) => d.x !== null);
  if (!dated.length) return null;
  const published = docIds.map((id) => extentOf(ctx.docs.get(id)?.published ?? null)?.end ?? -Infinity);
  const latest = Math.max(...dated.map((d) => d.x!.end), ...published);
  const from = latest - FOCUS_DAYS * DAY;
  const background = dated.filter((d) => d.x!.end < from).length;
  return {
    types: [...new Set(dated.map((d) => d.e.type))].map((t) => ({ type: t, label: ploverLabel(t), color: ploverColor(t) })),
    events: dated.map((d, i) => ({
      row: d.row,
      label: `${i + 1}. ${shortLabel(d.e.summary || ploverLabel(d.e.type))}`,
      x: [d.x!.start, d.x!.end],
      type: d.e.type,
      typeLabel: ploverLabel(d.e.type),
      date: d.e.date.value!,
      summary: d.e.summary,
      outlets: outletsOf(ctx, d.e.mentions.map((m) => m.doc)),
      reports: d.e.mentions.length,
      first: d.e.mentions[0] ? { doc: d.e.mentions[0].doc, start: d.e.mentions[0].start, end: d.e.mentions[0].end } : null,
    })),
    focus: background > 0 && background < dated.length ? from : null,
  };
}

/** Mentions grouped by outlet: `outlet: [1] [2]`. */
export function mentionsByOutlet(ctx: ReportContext, ms: readonly Mention[]): Html {
  const groups = new Map<string, Mention[]>();
  for (const m of ms) groups.set(ctx.outletOf(m.doc), [...(groups.get(ctx.outletOf(m.doc)) ?? []), m]);
  return html`<ul class="by-outlet">${[...groups].map(([o, list]) => html`<li><span class="outlet">${o}</span> ${ctx.cites(list)}</li>`)}</ul>`;
}

export function actorNames(ctx: ReportContext, ids: readonly string[]): Html {
  return html`${ids.map((id, i) => html`${i ? '، ' : ''}<span class="actor">${ctx.entities.get(id)?.name ?? id}</span>`)}`;
}

export function timelineSection(ctx: ReportContext, anchor: string, events: readonly StoryEvent[], docIds: readonly string[] = []): Html {
  if (!events.length) return empty('لم تُستخرج أحداث لهذه القصة بعد.');
  const sorted = sortedEvents(events);
  const undated = sorted.filter((e) => !extentOf(e.date.value)).length;
  const data = timelineData(ctx, anchor, events, docIds);
  const older = data?.focus != null ? data.events.filter((e) => e.x[1] < data.focus!).length : 0;
  const chart = data
    ? html`<figure class="timeline">
${older ? html`<p class="focus-note">يعرض الخط الزمني أسابيع القصة نفسها؛ ${older} من الأحداث أقدم منها (خلفية). <button type="button" class="toggle-full" data-timeline="${anchor}" aria-pressed="false">عرض كل الأحداث</button></p>` : ''}
<div class="chart-box" data-rows="${sorted.length - undated}"><canvas id="${anchor}-timeline" data-timeline="${anchor}" role="img" aria-label="خط زمني لأحداث القصة (${sorted.length - undated} حدثاً مؤرّخاً)، وتفاصيله في الجدول التالي"></canvas>
<p class="chart-fallback">يتعذّر رسم الخط الزمني هنا؛ الجدول التالي يعرض الأحداث نفسها.</p></div>
${undated ? html`<figcaption>${undated} من الأحداث بلا تاريخ، فلا تظهر على الخط الزمني بل في الجدول.</figcaption>` : ''}
</figure>`
    : html`<p class="empty">لا تاريخ لأي من أحداث القصة، فلا يُرسم خط زمني.</p>`;
  const rows = sorted.map(
    (e, i) => html`<tr id="${eventRowId(anchor, i)}">
<td class="n">${i + 1}</td>
<td class="date"><span class="ltr">${e.date.value ? html`${e.date.value.split('/').map((p, k) => html`${k ? html`/<wbr>` : ''}${p}`)}` : '—'}</span></td>
<td><span class="type ${typeClass(e.type)}">${ploverLabel(e.type)}</span>${e.mode ? html` <small class="mode">${e.mode}</small>` : ''}<div class="code ltr">${e.type}</div></td>
<td>${e.summary || '—'}</td>
<td>${e.actors.length ? actorNames(ctx, e.actors) : '—'}</td>
<td>${e.mentions.length ? mentionsByOutlet(ctx, e.mentions) : html`<span class="warn">بلا موضع</span>`}</td>
</tr>`,
  );
  return html`${chart}
<div class="table-wrap"><table class="events">
<caption>الأحداث بترتيب تاريخها، والمنابر التي روت كلاً منها</caption>
<thead><tr><th>#</th><th>التاريخ</th><th>النوع</th><th>الحدث</th><th>الفاعلون</th><th>المنابر ومواضع الرواية</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}
