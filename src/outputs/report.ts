/**
 * `report.html`: one self-contained right-to-left page per run. For now: each story with its cleaned articles,
 * their metadata and the evidence behind it, what cleaning removed, and the problems met. Every piece of article
 * text goes through `escapeHtml`: a page that quotes a script shows it, never runs it.
 */
import type { Dossier, DossierDocument } from './dossier.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
:root { color-scheme: light; --ink:#1d232b; --muted:#5d6873; --line:#d9dee3; --accent:#0b6e69; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.75 "Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif; color: var(--ink); background: #f6f7f8; }
header.top { background: var(--accent); color: #fff; padding: 1rem 2rem; }
header.top h1 { margin: 0; font-size: 1.5rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
section.story { margin-top: 2rem; }
article { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.5rem; margin: 1rem 0; }
article h3 { margin: .2rem 0 .4rem; font-size: 1.25rem; }
.meta { color: var(--muted); font-size: .9rem; display: flex; gap: 1.2rem; flex-wrap: wrap; }
.meta b { color: var(--ink); font-weight: 600; }
p.caption { color: var(--muted); font-style: italic; }
p.heading { font-weight: 700; }
details { margin-top: .6rem; color: var(--muted); font-size: .9rem; }
details li span.kind { display: inline-block; min-width: 6rem; font-family: monospace; direction: ltr; }
.messages li { font-size: .9rem; }
.ltr { direction: ltr; unicode-bidi: embed; }
`;

function paragraphs(doc: DossierDocument): string {
  // the headline is shown as the article's heading; the body's blocks are its paragraphs
  return doc.body
    .split('\n')
    .filter((p, i) => !(i === 0 && p === doc.title))
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

function articleHtml(doc: DossierDocument): string {
  const ev = (k: 'title' | 'outlet' | 'published') => (doc.evidence[k] ? ` <small>(${escapeHtml(doc.evidence[k]!.by)})</small>` : '');
  const removed = doc.furniture
    .map((f) => `<li><span class="kind">${escapeHtml(f.kind)}</span> ${escapeHtml(f.text)}</li>`)
    .join('\n');
  return `<article id="${escapeHtml(doc.id)}">
<h3>${escapeHtml(doc.title ?? '(بلا عنوان)')}</h3>
<div class="meta"><span>المنبر: <b>${escapeHtml(doc.outlet ?? 'غير معروف')}</b>${ev('outlet')}</span>
<span>تاريخ النشر: <b class="ltr">${escapeHtml(doc.published ?? 'غير مذكور')}</b>${ev('published')}</span>
<span class="ltr">${escapeHtml(doc.id)}</span></div>
${paragraphs(doc)}
${removed ? `<details><summary>ما أزيل من الصفحة (${doc.furniture.length})</summary><ul>${removed}</ul></details>` : ''}
</article>`;
}

export function renderReport(dossier: Dossier): string {
  const byId = new Map(dossier.documents.map((d) => [d.id, d]));
  const stories = dossier.stories
    .map(
      (s) => `<section class="story" id="${escapeHtml(s.id)}">
<h2>${escapeHtml(s.title ?? s.id)} <small>(${s.documents.length} ${s.documents.length === 1 ? 'مقال' : 'مقالات'})</small></h2>
${s.documents.map((id) => byId.get(id)).filter((d): d is DossierDocument => !!d).map(articleHtml).join('\n')}
</section>`,
    )
    .join('\n');
  const messages = dossier.messages.length
    ? `<section class="messages"><h2>ملاحظات على المدخلات</h2><ul>${dossier.messages
        .map((m) => `<li><code class="ltr">${escapeHtml(m.code)}</code> <span class="ltr">${escapeHtml(m.origin ?? '')}</span>: <span class="ltr">${escapeHtml(m.reason)}</span></li>`)
        .join('\n')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>مرصد — ملف المصادر</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><h1>مرصد — ملف المصادر</h1><div>${dossier.documents.length} مقالات في ${dossier.stories.length} قصص</div></header>
<main>
${stories}
${messages}
</main>
</body>
</html>
`;
}
