/**
 * Source stage `clean`: a page (scraped text or HTML) becomes one document per article on it, each with its
 * cleaned body (an offset-mapped view of the source), its blocks and the furniture that was removed.
 */
import type { Block, Doc, Furniture, Source } from '../../model/document.js';
import { message, type Message } from '../../model/message.js';
import { OffsetText } from '../../model/offset-text.js';
import type { SourceStage } from '../../pipeline/stage.js';
import { extractHtml } from '../../formats/html/index.js';
import { isRelatedCue } from './cues.js';
import { linesOfText, makeLine, type Line } from './lines.js';
import { planPage, type ArticlePlan, type PlannedFurniture } from './structure.js';

export const clean: SourceStage = {
  name: 'clean',
  adds: ['body', 'blocks', 'furniture'],
  run(source) {
    const messages: Message[] = [];
    let declared: Source['declared'] | undefined;
    let lines: Line[];
    let left: Furniture[] = [];
    if (source.format === 'html') {
      const page = htmlLines(source);
      lines = page.lines;
      declared = page.declared;
      left = page.leftOut;
      messages.push(...page.messages);
    } else lines = linesOfText(source.text);
    if (!lines.length) {
      messages.push(message('input/no-text', 'the input holds no text to analyse', { severity: 'error', origin: source.origin, by: 'clean' }));
      return { docs: [], messages, declared };
    }
    const { articles, furniture } = planPage(lines);
    const docs = articles.map((plan, k) => toDoc(source, plan, k === 0 ? source.id : `${source.id}#${k + 1}`));
    for (const d of docs.slice(1)) d.firstOnPage = docs[0];
    // furniture between articles (teasers, related blocks) belongs to the article it follows
    for (const f of furniture) {
      const owner = [...docs].reverse().find((d) => d.span.start <= f.line.view.sourceAt(0)) ?? docs[0];
      owner?.furniture.push(toFurniture(f));
    }
    // what the html extraction left out inside an article is that article's furniture, in page order
    for (const f of left) docs.find((d) => d.span.start <= f.start && f.end <= d.span.end)?.furniture.push(f);
    if (left.length) for (const d of docs) d.furniture.sort((a, b) => a.start - b.start);
    if (!docs.length) {
      messages.push(message('clean/no-article', 'no article text was found on this page', { origin: source.origin, by: 'clean' }));
    }
    return { docs, messages, declared };
  },
};

/** HTML pages: the extracted blocks become lines; the page's title is the first one, marked as such. */
function htmlLines(source: Readonly<Source>): { lines: Line[]; leftOut: Furniture[]; messages: Message[]; declared: Source['declared'] } {
  // a related block's heading must reach planPage even when the extractor drops it: it is where the story ends
  const extracted = extractHtml(source.text, { isMarker: isRelatedCue });
  const messages = extracted.messages.map((m) => ({ ...m, origin: source.origin }));
  const lines: Line[] = [];
  const title = extracted.title;
  const titleInBlocks = title && extracted.blocks.some((b) => b.view.text.trim() === title.text.trim());
  if (title && !titleInBlocks) lines.push(makeLine(0, OffsetText.slice(source.text, title.span.start, title.span.end), 'title'));
  for (const b of extracted.blocks) {
    const hint = title && b.view.text.trim() === title.text.trim() ? 'title' : b.role;
    lines.push(makeLine(lines.length, b.view, hint));
  }
  // what the page's metadata says is declared by the page, trusted like a JSONL field
  const { outlet, published, url } = extracted.meta;
  const declared: Source['declared'] = {};
  if (outlet) declared.outlet = outlet;
  if (published) declared.published = published;
  if (url) declared.url = url;
  const leftOut = extracted.leftOut.map((l) => ({ ...l, kind: 'extraction' }));
  return { lines, leftOut, messages, declared };
}

function toDoc(source: Readonly<Source>, plan: ArticlePlan, id: string): Doc {
  const builder = OffsetText.builder();
  const blocks: Block[] = [];
  for (const b of plan.blocks) {
    if (builder.length) builder.insert('\n');
    const start = builder.length;
    builder.addView(b.line.view, b.from, b.to);
    blocks.push({ start, end: builder.length, role: b.role });
  }
  const body = builder.build();
  const first = plan.blocks.map((b) => b.line.view.toSource(b.from, b.to)[0]);
  const ends = plan.blocks.map((b) => b.line.view.toSource(b.from, b.to)[1]);
  const span = { start: Math.min(...first), end: Math.max(...ends) };
  return {
    id,
    source: source as Source,
    span,
    body,
    blocks,
    furniture: plan.furniture.map(toFurniture),
    title: null,
    outlet: null,
    published: null,
    sentences: [],
    tokens: [],
    messages: [],
    layers: {},
  };
}

function toFurniture(f: PlannedFurniture): Furniture {
  const [start, end] = f.line.view.toSource(f.from, f.to);
  return { start, end, kind: f.kind, text: f.line.view.text.slice(f.from, f.to) };
}
