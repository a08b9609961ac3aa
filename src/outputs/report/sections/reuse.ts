/** Pairs of articles that share wording (wire copy passed on, rewritten or translated), most shared first. */
import type { ReusePair } from '../../../story/analysis.js';
import { fragment, html, type Html } from '../html.js';
import type { ReportContext } from '../context.js';
import { asMention, isObj, mentionsWithin } from '../read.js';

/** Shared passages, when the pair lists them: each as the words in one article and in the other. */
function passages(ctx: ReportContext, p: ReusePair): Html {
  const list = (Array.isArray(p.passages) ? p.passages : []).flatMap((x) => {
    const a = isObj(x) ? asMention(x.a) : null;
    const b = isObj(x) ? asMention(x.b) : null;
    return a && b ? [{ a, b, identical: isObj(x) && x.identical === true }] : [];
  });
  if (!list.length) return html``;
  return html`<details class="passages"><summary>${list.length} من المقاطع المشتركة</summary><ol>${list.map(
    (x) => html`<li>${ctx.link(x.a)} <span class="count">↔ ${x.identical ? 'بلفظه' : 'بتصرف'}</span> ${ctx.link(x.b, `[${ctx.outletOf(x.b.doc)}]`)}</li>`,
  )}</ol></details>`;
}
import { empty } from './empty.js';

function docCell(ctx: ReportContext, id: string): Html {
  const d = ctx.docs.get(id);
  return html`<a href="#${fragment('doc', id)}">${d?.title ?? id}</a><div class="meta"><span class="outlet">${ctx.outletOf(id)}</span> <span class="ltr">${d?.published ?? ''}</span></div>`;
}

export function reuseSection(ctx: ReportContext, pairs: readonly ReusePair[]): Html {
  if (!pairs.length) return empty('لم يُعثر على مقالين يتقاسمان صياغتهما.');
  const sorted = [...pairs].sort((a, b) => b.score - a.score);
  return html`<div class="table-wrap"><table class="reuse">
<thead><tr><th>المقال الأول</th><th>المقال الثاني</th><th>الصياغة المشتركة</th></tr></thead>
<tbody>${sorted.map((p) => {
    const shared = mentionsWithin({ mentions: p.mentions, shared: p.shared });
    const origin = typeof p.origin === 'string' && ctx.docs.has(p.origin) ? p.origin : null;
    return html`<tr><td>${docCell(ctx, p.a)}</td><td>${docCell(ctx, p.b)}</td>
<td><div class="score"><span class="score-track"><span class="score-bar h-${Math.round(p.score * 20)}"></span></span> <b class="ltr">${Math.round(p.score * 100)}%</b></div>
${origin ? html`<div class="meta">الأصل المرجّح: <b>${ctx.outletOf(origin)}</b></div>` : ''}
${shared.length ? ctx.cites(shared) : ''}${passages(ctx, p)}</td></tr>`;
  })}</tbody></table></div>`;
}
