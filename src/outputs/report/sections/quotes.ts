/** The story's quotes grouped by speaker, each with its reporting verb (cue) and the channels it came through. */
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import type { QuoteView } from '../read.js';
import { empty } from './empty.js';

const IMPLICIT = 'متحدث غير مسمّى';

export function storyQuotes(quotes: readonly QuoteView[], docIds: readonly string[]): QuoteView[] {
  const inStory = new Set(docIds);
  return quotes.filter((q) => inStory.has(q.doc));
}

interface Speaker {
  name: string;
  entity: string | null;
  spellings: Set<string>;
  quotes: QuoteView[];
}

/** One group per resolved entity; a speaker with no entity is grouped by how the text names it. */
function bySpeaker(ctx: ReportContext, quotes: readonly QuoteView[]): Speaker[] {
  const groups = new Map<string, Speaker>();
  for (const q of quotes) {
    const key = q.speaker.entity ? `e:${q.speaker.entity}` : `t:${q.speaker.text?.trim() || IMPLICIT}`;
    const name = q.speaker.entity ? (ctx.entities.get(q.speaker.entity)?.name ?? q.speaker.text ?? q.speaker.entity) : q.speaker.text?.trim() || IMPLICIT;
    const g = groups.get(key) ?? { name, entity: q.speaker.entity, spellings: new Set<string>(), quotes: [] };
    if (q.speaker.text) g.spellings.add(q.speaker.text);
    g.quotes.push(q);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
}

function quoteHtml(ctx: ReportContext, q: QuoteView): Html {
  return html`<li class="${q.direct ? 'direct' : 'reported'}">
<blockquote>${ctx.link(q, q.direct ? `«${q.text}»` : q.text)}</blockquote>
<div class="qmeta"><span class="outlet">${ctx.outletOf(q.doc)}</span>
${q.cue ? html`<span>الفعل: <b>${q.cue}</b></span>` : ''}
<span>${q.direct ? 'قول منقول بلفظه' : 'قول منقول بمعناه'}</span>
${q.via.length ? html`<span>عبر: ${q.via.map((v, i) => html`${i ? ' ← ' : ''}<b>${v}</b>`)}</span>` : ''}</div>
</li>`;
}

export function quotesSection(ctx: ReportContext, quotes: readonly QuoteView[]): Html {
  if (!quotes.length) return empty('لم تُستخرج أقوال من مقالات هذه القصة.');
  return html`${bySpeaker(ctx, quotes).map(
    (s) => html`<div class="speaker">
<h4>${s.name} <small class="count">(${s.quotes.length})</small>${s.entity ? '' : html` <small class="warn">غير مربوط بكيان</small>`}</h4>
${[...s.spellings].some((t) => t !== s.name) ? html`<div class="spellings">ورد بصيغة: ${[...s.spellings].join('، ')}</div>` : ''}
<ul class="quotes">${s.quotes.map((q) => quoteHtml(ctx, q))}</ul>
</div>`,
  )}`;
}
