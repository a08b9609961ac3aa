/**
 * Stage `metadata`: the article's headline, outlet and publication date, each with the evidence behind it.
 * A date in the page's furniture above the headline (today's date in a site header, with the menus and search box
 * under it) is not the publication date; an explicit stamp (تم النشر: …), a bare date set under the headline, or,
 * when neither is there, a bare date on the line right above the headline with nothing between them (the dateline
 * of pages that print it over the headline) is. An update stamp is neither.
 * When the text does not tell, `published` stays null: inference belongs to the events stage.
 */
import type { Doc, Evidence } from '../../model/document.js';
import { message } from '../../model/message.js';
import type { DocStage } from '../../pipeline/stage.js';
import { findFullDate } from '../../language/stamps.js';
import { findOutlet } from './outlet.js';

export const metadata: DocStage = {
  name: 'metadata',
  needs: ['body', 'blocks', 'furniture'],
  adds: ['title', 'outlet', 'published'],
  run(doc) {
    const messages = [];
    const title = findTitle(doc);
    const published = findPublished(doc);
    const header = doc.furniture.find((f) => f.kind === 'date' && title?.span && f.end <= title.span.start);
    if (header && !(published?.by === 'date-over-headline' && published.span && published.span.start >= header.start && published.span.end <= header.end)) {
      messages.push(
        message('metadata/page-date', `the date "${header.text}" above the headline belongs to the page, not the article`, {
          severity: 'info',
          span: { start: header.start, end: header.end },
          by: 'metadata',
        }),
      );
    }
    return { set: { title, outlet: findOutlet(doc), published }, messages };
  },
};

function findTitle(doc: Readonly<Doc>): Evidence<string> | null {
  const declared = doc.source.declared.title;
  const block = doc.blocks.find((b) => b.role === 'title');
  if (block) {
    const [start, end] = doc.body.toSource(block.start, block.end);
    return { value: doc.body.text.slice(block.start, block.end), span: { start, end }, by: 'headline' };
  }
  return declared ? { value: declared, span: null, by: 'declared' } : null;
}

function findPublished(doc: Readonly<Doc>): Evidence<string> | null {
  const declared = doc.source.declared.published;
  if (declared) {
    const value = /^\d{4}-\d{2}-\d{2}/.exec(declared)?.[0] ?? findFullDate(declared)?.value;
    if (value) return { value, span: null, by: 'declared' };
  }
  const titleBlock = doc.blocks.find((b) => b.role === 'title');
  const titleStart = titleBlock ? doc.body.toSource(titleBlock.start, titleBlock.end)[0] : doc.span.start;
  const lastBlock = doc.blocks[doc.blocks.length - 1];
  const bodyEnd = lastBlock ? doc.body.toSource(lastBlock.start, lastBlock.end)[1] : doc.span.end;
  const candidates = doc.furniture
    .filter((f) => f.kind === 'published' || (f.kind === 'date' && f.start > titleStart))
    .sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind === 'published' ? -1 : 1));
  for (const f of candidates) {
    const found = findFullDate(f.text);
    if (!found) continue;
    const sourceSlice = doc.source.text.slice(f.start, f.end) === f.text;
    const span = sourceSlice ? { start: f.start + found.start, end: f.start + found.end } : { start: f.start, end: f.end };
    const by = f.kind === 'published' ? 'stamp' : f.start >= bodyEnd ? 'date-under-article' : 'date-under-headline';
    return { value: found.value, span, by };
  }
  const over = titleBlock ? dateRightAbove(doc, titleStart) : undefined;
  const found = over && findFullDate(over.text);
  if (over && found && doc.source.text.slice(over.start, over.end) === over.text) {
    return { value: found.value, span: { start: over.start + found.start, end: over.start + found.end }, by: 'date-over-headline' };
  }
  return null;
}

/**
 * The bare date line just above the headline: only white space between them, no menu, search box or other line.
 * A site header's "today" sits at the top of the page with the navigation under it, so it is never this line.
 */
function dateRightAbove(doc: Readonly<Doc>, titleStart: number) {
  const above = doc.furniture.filter((f) => f.end <= titleStart);
  const last = above.reduce<(typeof above)[number] | undefined>((a, f) => (!a || f.end > a.end ? f : a), undefined);
  if (!last || last.kind !== 'date') return undefined;
  return /^\s*$/.test(doc.source.text.slice(last.end, titleStart)) ? last : undefined;
}
