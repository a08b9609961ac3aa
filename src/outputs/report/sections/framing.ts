/**
 * How each outlet tells the story: its tone in [-1, 1] as a bar from the middle (hostile to the left, warm to
 * the right), and the loaded words behind the figure, each shown in its sentence and linked to its source.
 */
import type { OutletFraming } from '../../../story/analysis.js';
import { contextOf, type ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { empty } from './empty.js';

/** Bar lengths come in steps of 1/20 of the half-width (classes `h-0`…`h-20` of the page's style). */
export function halfSteps(x: number): number {
  return Math.round(Math.min(1, Math.abs(x)) * 20);
}

function toneWord(t: number): string {
  if (t <= -0.5) return 'عدائي';
  if (t < -0.15) return 'سلبي';
  if (t <= 0.15) return 'محايد';
  if (t < 0.5) return 'إيجابي';
  return 'ودّي';
}

export function toneBar(tone: number): Html {
  return html`<div class="tone" role="img" aria-label="النبرة ${tone.toFixed(2)}: ${toneWord(tone)}">
<span class="tone-scale"><span class="tone-end">سلبي</span><span class="tone-track"><span class="tone-mid"></span><span class="tone-bar ${tone < 0 ? 'neg' : 'pos'} h-${halfSteps(tone)}"></span></span><span class="tone-end">إيجابي</span></span>
<b class="tone-value ltr">${tone >= 0 ? '+' : ''}${tone.toFixed(2)}</b> <span>${toneWord(tone)}</span></div>`;
}

function markerInContext(ctx: ReportContext, m: OutletFraming['markers'][number]): Html {
  const around = contextOf(ctx, m, 50);
  return html`<li>${around?.before ?? ''}<mark>${ctx.link(m)}</mark>${around?.after ?? ''}</li>`;
}

export function framingSection(ctx: ReportContext, framing: readonly OutletFraming[]): Html {
  if (!framing.length) return empty('لم تُحلَّل معالجة المنابر لهذه القصة بعد.');
  const sorted = [...framing].sort((a, b) => a.tone - b.tone);
  return html`<div class="framing">${sorted.map(
    (o) => html`<div class="outlet-card">
<h4>${o.name} <small class="count">(${o.documents.length} ${o.documents.length === 1 ? 'مقال' : 'مقالات'})</small></h4>
${toneBar(o.tone)}
${o.markers.length
      ? html`<details${o.markers.length <= 6 ? ' open' : ''}><summary>${o.markers.length} من الألفاظ المحمّلة</summary><ul class="markers">${o.markers.map((m) => markerInContext(ctx, m))}</ul></details>`
      : html`<p class="empty">لا ألفاظ محمّلة.</p>`}
</div>`,
  )}</div>`;
}
