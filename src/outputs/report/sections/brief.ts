/** The story's brief: each sentence of `story.summary` with the words it stands on as numbered links. */
import type { BriefSentence } from '../../../story/analysis.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { empty } from './empty.js';

export function briefSection(ctx: ReportContext, brief: readonly BriefSentence[]): Html {
  if (!brief.length) return empty('لم يُكتب موجز لهذه القصة بعد.');
  return html`<ol class="brief">${brief.map(
    (s) => html`<li>${s.text} ${s.cites.length ? ctx.cites(s.cites) : html`<span class="warn">(بلا استشهاد)</span>`}</li>`,
  )}</ol>`;
}
