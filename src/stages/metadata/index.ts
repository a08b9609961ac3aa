/**
 * Stage `metadata`: the article's headline, outlet and publication date, each with the evidence behind it.
 * A date in the page's furniture above the headline (today's date in a site header) is not the publication date;
 * an explicit stamp (تم النشر: …) or a bare date set under the headline is. An update stamp is neither.
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
    if (header) {
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
  const candidates = doc.furniture
    .filter((f) => f.kind === 'published' || (f.kind === 'date' && f.start > titleStart))
    .sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind === 'published' ? -1 : 1));
  for (const f of candidates) {
    const found = findFullDate(f.text);
    if (!found) continue;
    const sourceSlice = doc.source.text.slice(f.start, f.end) === f.text;
    const span = sourceSlice ? { start: f.start + found.start, end: f.start + found.end } : { start: f.start, end: f.end };
    return { value: found.value, span, by: f.kind === 'published' ? 'stamp' : 'date-under-headline' };
  }
  return null;
}
