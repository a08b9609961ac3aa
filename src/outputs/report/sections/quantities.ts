/** The numbers the story reports, those whose outlets disagree first and marked, each with every report of it. */
import type { StoryQuantity } from '../../../story/analysis.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { empty } from './empty.js';

export function quantitiesSection(ctx: ReportContext, quantities: readonly StoryQuantity[]): Html {
  if (!quantities.length) return empty('لم تُستخرج أرقام من هذه القصة بعد.');
  const sorted = [...quantities].sort((a, b) => Number(a.consistent) - Number(b.consistent));
  const disagree = sorted.filter((q) => !q.consistent).length;
  return html`${disagree ? html`<p class="alert">${disagree} من الأرقام تختلف فيها المنابر، وهي معلَّمة في أول الجدول.</p>` : ''}
<div class="table-wrap"><table class="quantities">
<thead><tr><th>الرقم</th><th>الوحدة</th><th>ما يعدّه</th><th>اتفاق المنابر</th><th>كما ورد في كل منبر</th></tr></thead>
<tbody>${sorted.map(
    (q) => html`<tr class="${q.consistent ? '' : 'disagree'}">
<td class="num ltr">${q.value.toLocaleString('en-US')}</td>
<td>${q.unit ?? '—'}</td>
<td>${q.subject ?? '—'}</td>
<td>${q.consistent ? html`<span class="ok">متفقة</span>` : html`<span class="bad">مختلفة</span>`}</td>
<td><ul class="by-outlet">${q.mentions.map((m) => html`<li><span class="outlet">${ctx.outletOf(m.doc)}</span> ${ctx.link(m)}</li>`)}</ul></td>
</tr>`,
  )}</tbody></table></div>`;
}
