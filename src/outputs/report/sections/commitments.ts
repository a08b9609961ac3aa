/** What the story's parties undertook or announced they would do, and whether the articles say it was kept. */
import type { StoryCommitment } from '../../../story/analysis.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { COMMITMENT_STATUS } from '../labels.js';
import { empty } from './empty.js';
import { mentionsByOutlet } from './timeline.js';

export function commitmentsSection(ctx: ReportContext, commitments: readonly StoryCommitment[]): Html {
  if (!commitments.length) return empty('لم تُستخرج تعهدات من هذه القصة بعد.');
  return html`<div class="table-wrap"><table class="commitments">
<thead><tr><th>الطرف</th><th>التعهد</th><th>الحال</th><th>المواضع</th></tr></thead>
<tbody>${commitments.map(
    (c) => html`<tr><td>${c.party ?? '—'}</td><td>${c.text}</td><td><span class="status s-${c.status}">${COMMITMENT_STATUS[c.status]}</span></td><td>${mentionsByOutlet(ctx, c.mentions)}</td></tr>`,
  )}</tbody></table></div>`;
}
