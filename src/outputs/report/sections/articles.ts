/**
 * The story's articles as cleaning left them: headline, outlet, date (with how each was found, and a note when
 * the date was inferred rather than printed), the cleaned paragraphs, what cleaning removed, and a link that
 * opens the article's full source text.
 */
import type { DossierDocument } from '../../dossier.js';
import type { ReportContext } from '../context.js';
import { fragment, html, type Html } from '../html.js';

type Key = 'title' | 'outlet' | 'published';

const HOW: Record<string, string> = {
  headline: 'من العنوان',
  'self-reference': 'ذكر المنبر نفسه',
  stamp: 'من ختم التاريخ',
  'date-under-headline': 'من التاريخ تحت العنوان',
  'date-over-headline': 'من التاريخ فوق العنوان مباشرة',
  'date-under-article': 'من التاريخ في ذيل المقال',
  declared: 'مما صرّح به المدخل',
  dateline: 'من سطر المصدر قبل الفقرة الأولى',
  'name-line': 'من سطر الاسم قرب العنوان',
  'teaser-byline': 'من توقيع روابط الموقع',
  masthead: 'من ترويسة الصفحة',
  copyright: 'من سطر حقوق النشر',
};

function how(ctx: ReportContext, doc: DossierDocument, k: Key): Html {
  const ev = doc.evidence[k];
  if (!ev) return html``;
  const label = HOW[ev.by] ?? ev.by;
  return html` <small class="how">(${ev.mention ? ctx.link(ev.mention, label, 'evidence') : label})</small>`;
}

function dateLine(ctx: ReportContext, doc: DossierDocument): Html {
  const by = doc.evidence.published?.by ?? '';
  if (!doc.published) return html`<span>تاريخ النشر: <b>غير مذكور</b></span>`;
  if (by.startsWith('inferred')) {
    return html`<span class="inferred">تاريخ النشر: <b class="ltr">${doc.published}</b> <small>(مستنتج لا مذكور: <span class="ltr">${by}</span>)</small>${doc.evidence.published?.mention ? html` ${ctx.link(doc.evidence.published.mention, 'السند', 'evidence')}` : ''}</span>`;
  }
  return html`<span>تاريخ النشر: <b class="ltr">${doc.published}</b>${how(ctx, doc, 'published')}</span>`;
}

function paragraphs(doc: DossierDocument): Html {
  // the headline is the article's heading; the body's other blocks are its paragraphs
  const lines = doc.body.split('\n').filter((p, i) => p.trim() && !(i === 0 && p === doc.title));
  return html`${lines.map((p) => html`<p>${p}</p>`)}`;
}

export function articleHtml(ctx: ReportContext, doc: DossierDocument): Html {
  const whole = { doc: doc.id, start: doc.span[0], end: doc.span[1], text: ctx.sourceOf(doc.id)?.slice(doc.span[0], doc.span[1]) ?? '' };
  return html`<article class="doc" id="${fragment('doc', doc.id)}">
<h4>${doc.title ?? '(بلا عنوان)'}${how(ctx, doc, 'title')}</h4>
<div class="meta"><span>المنبر: <b>${doc.outlet ?? 'غير معروف'}</b>${how(ctx, doc, 'outlet')}</span>
${dateLine(ctx, doc)}
<span class="ltr id">${doc.id}</span>${doc.encoding ? html` <span class="ltr">${doc.encoding}</span>` : ''}</div>
<div class="body">${paragraphs(doc)}</div>
<div class="doc-actions">${ctx.link(whole, 'عرض النص المصدر كاملاً', 'button')} <small class="ltr src-path">${doc.source}</small></div>
${doc.furniture.length
    ? html`<details class="furniture"><summary>ما أزالته التنقية من الصفحة (${doc.furniture.length})</summary><ul>${doc.furniture.map(
        (f) => html`<li><span class="kind ltr">${f.kind}</span> ${ctx.link(f)}</li>`,
      )}</ul></details>`
    : ''}
</article>`;
}

export function articlesSection(ctx: ReportContext, docIds: readonly string[]): Html {
  const docs = docIds.map((id) => ctx.docs.get(id)).filter((d): d is DossierDocument => !!d);
  if (!docs.length) return html`<p class="empty">لا مقالات في هذه القصة.</p>`;
  return html`${docs.map((d) => articleHtml(ctx, d))}`;
}
