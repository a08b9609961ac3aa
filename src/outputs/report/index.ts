/**
 * `report.html`: one self-contained right-to-left page per run, drawn from the dossier JSON (so it shows
 * exactly what the dossier says). Per story: the brief, the timeline, entities, quotes by speaker, who covered
 * which event, numbers the outlets disagree on, each outlet's framing, reused wire copy, then the articles.
 * Every claim is a link that opens its source beside the report with `[start, end)` marked.
 *
 * It works offline from a file:// URL: Chart.js and the font are inlined, the sources are embedded once as
 * JSON, and a Content-Security-Policy allows the page's own inline script and style (by hash) and nothing else,
 * so no request can leave it and no markup from an article can run.
 */
import { createHash } from 'node:crypto';
import type { Dossier, DossierStory } from '../dossier.js';
import { loadAssets, type Assets } from './assets.js';
import { CLIENT_JS } from './client.js';
import { makeContext, type ReportContext } from './context.js';
import { fragment, html, jsonForScript, raw, type Html } from './html.js';
import { readBrief, readCommitments, readEvents, readOutlets, readQuantities, readQuotes, readReuse } from './read.js';
import { articleHtml, articlesSection } from './sections/articles.js';
import { briefSection } from './sections/brief.js';
import { commitmentsSection } from './sections/commitments.js';
import { contradictionsSection } from './sections/contradictions.js';
import { coverageSection } from './sections/coverage.js';
import { section } from './sections/empty.js';
import { entitiesSection, storyEntities } from './sections/entities.js';
import { framingSection } from './sections/framing.js';
import { quantitiesSection } from './sections/quantities.js';
import { quotesSection, storyQuotes } from './sections/quotes.js';
import { reuseSection } from './sections/reuse.js';
import { timelineData, timelineSection, type TimelineData } from './sections/timeline.js';
import { FONT_STACK, STYLE } from './style.js';

export { escapeHtml } from './html.js';

export interface ReportOptions {
  /** Decoded source text of each document by document id: what the dossier's offsets point into. */
  sourceTexts?: ReadonlyMap<string, string>;
  /** The inlined assets (tests pass their own); read from the installed packages by default. */
  assets?: Assets;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function storyHtml(ctx: ReportContext, s: DossierStory, timelines: Record<string, TimelineData>): Html {
  const anchor = fragment('story', s.id);
  const events = readEvents(s.events);
  const quantities = readQuantities(s.quantities);
  const commitments = readCommitments(s.commitments);
  const framing = readOutlets(s.outlets);
  const reuse = readReuse(s.reuse);
  const brief = readBrief(s.summary);
  const entities = storyEntities(ctx, s.documents);
  const quotes = storyQuotes(readQuotes(ctx.dossier.quotes), s.documents);
  const timeline = timelineData(ctx, anchor, events, s.documents);
  if (timeline) timelines[anchor] = timeline;
  const contradictions = contradictionsSection(ctx, s.contradictions);
  const parts: Array<[string, string, number | null, Html]> = [
    ['brief', 'الموجز', null, briefSection(ctx, brief)],
    ['timeline', 'الخط الزمني للأحداث', events.length, timelineSection(ctx, anchor, events, s.documents)],
    ['entities', 'الكيانات', entities.length, entitiesSection(ctx, entities)],
    ['quotes', 'الأقوال حسب المتحدث', quotes.length, quotesSection(ctx, quotes)],
    ['coverage', 'تغطية المنابر للأحداث', null, coverageSection(ctx, anchor, s.documents, events, framing)],
    ['quantities', 'الأرقام', quantities.length, quantitiesSection(ctx, quantities)],
    ['commitments', 'التعهدات', commitments.length, commitmentsSection(ctx, commitments)],
    ...(contradictions ? [['contradictions', 'تناقضات بين المنابر', s.contradictions.length, contradictions] as [string, string, number, Html]] : []),
    ['framing', 'معالجة كل منبر', framing.length, framingSection(ctx, framing)],
    ['reuse', 'إعادة استخدام الصياغة', reuse.length, reuseSection(ctx, reuse)],
    ['articles', 'المقالات', s.documents.length, articlesSection(ctx, s.documents)],
  ];
  return html`<section class="story" id="${anchor}" aria-labelledby="${anchor}-h">
<h2 id="${anchor}-h">${s.title ?? s.id} <small class="count">(${plural(s.documents.length, 'مقال', 'مقالات')})</small></h2>
<nav class="toc" aria-label="أقسام القصة">${parts.map(([k, t]) => html`<a href="#${anchor}-${k}">${t}</a>`)}</nav>
${parts.map(([k, t, n, body]) => section(anchor, k, t, n, body))}
</section>`;
}

function messagesHtml(dossier: Dossier): Html {
  const item = (m: Dossier['messages'][number]) =>
    html`<li><code class="ltr">${m.code}</code> <span class="ltr">${m.origin ?? ''}</span>: <span class="ltr">${m.reason}</span></li>`;
  const serious = dossier.messages.filter((m) => m.severity === 'error' || m.severity === 'warning');
  const info = dossier.messages.filter((m) => m.severity !== 'error' && m.severity !== 'warning');
  if (!dossier.messages.length) return html``;
  return html`<section class="story messages" id="messages"><h2>ملاحظات على المدخلات</h2>
${serious.length ? html`<ul>${serious.map(item)}</ul>` : html`<p class="empty">لا أخطاء ولا تحذيرات.</p>`}
${info.length ? html`<details><summary>${info.length} ملاحظة للعلم</summary><ul>${info.map(item)}</ul></details>` : ''}
</section>`;
}

/** The data the page's script reads: each source text once, and where each document lies in which. */
function pageData(dossier: Dossier, sourceTexts: ReadonlyMap<string, string>, timelines: Record<string, TimelineData>) {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const docs: Record<string, { t: number | null; span: [number, number]; title: string | null; outlet: string | null }> = {};
  for (const d of dossier.documents) {
    const text = sourceTexts.get(d.id);
    let t: number | null = null;
    if (text !== undefined) {
      t = index.get(text) ?? texts.push(text) - 1;
      index.set(text, t);
    }
    docs[d.id] = { t, span: d.span, title: d.title, outlet: d.outlet };
  }
  return { font: FONT_STACK, texts, docs, timelines };
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

export function renderReport(dossier: Dossier, options: ReportOptions = {}): string {
  const sourceTexts = options.sourceTexts ?? new Map<string, string>();
  const assets = options.assets ?? loadAssets();
  const ctx = makeContext(dossier, sourceTexts);
  const timelines: Record<string, TimelineData> = {};
  const stories = dossier.stories.map((s) => storyHtml(ctx, s, timelines));
  const inStory = new Set(dossier.stories.flatMap((s) => s.documents));
  const loose = dossier.documents.filter((d) => !inStory.has(d.id));
  const style = `${assets.fontCss}\n${STYLE}`;
  const scripts = [assets.chartJs, CLIENT_JS].filter((s): s is string => !!s);
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${sha256(style)}`,
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const stats = `${plural(dossier.documents.length, 'مقال', 'مقالات')} في ${plural(dossier.stories.length, 'قصة', 'قصص')}`;
  const page = html`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>مرصد — ملف المصادر</title>
<style>${raw(style)}</style>
</head>
<body>
<header class="top"><h1>مرصد — ملف المصادر</h1><span class="stats">${stats}</span>
<nav aria-label="القصص">${dossier.stories.map((s, i) => html`<a href="#${fragment('story', s.id)}" title="${s.title ?? s.id}">القصة ${i + 1}</a>`)}${dossier.messages.length ? html`<a href="#messages">الملاحظات</a>` : ''}</nav></header>
<main>
${dossier.stories.length ? stories : html`<p class="empty">لا قصص في هذا الملف.</p>`}
${loose.length ? html`<section class="story" id="loose"><h2>مقالات خارج القصص</h2>${loose.map((d) => articleHtml(ctx, d))}</section>` : ''}
${messagesHtml(dossier)}
</main>
<aside id="viewer" hidden tabindex="-1" aria-label="النص المصدر" aria-live="polite">
<header><h2 id="viewer-title"></h2><div id="viewer-meta" class="ltr-meta"></div><button id="viewer-close" type="button" aria-label="إغلاق">×</button></header>
<pre id="viewer-text"></pre>
</aside>
<script type="application/json" id="marsad-data">${raw(jsonForScript(pageData(dossier, sourceTexts, timelines)))}</script>
${scripts.map((s) => html`<script>${raw(s)}</script>`)}
</body>
</html>
`;
  return page.value;
}
