/**
 * Finds the articles on a page and the part each line plays in them, from context:
 * - position: the header cluster (lines before the first paragraph) holds the headline, its captions, stamps,
 *   datelines and bylines; the article ends where a related-articles block, a footer or another article begins;
 * - repetition: a headline or caption printed twice is kept once; a headline repeated around its captions marks
 *   the start of an article (the page-header pattern);
 * - shape: an article is a run of two or more paragraphs, a teaser a headline with one summary line;
 * - topic: a new article inside the body (no related block before it) must also change the subject.
 */
import type { BlockRole } from '../../model/document.js';
import { cosine, termCounts } from '../../language/terms.js';
import { normalize } from '../../language/normalize.js';
import { agencyOf, DATELINE_PLACES } from '../../knowledge/index.js';
import { repeatKey, trailParts, type Line, type LineKind } from './lines.js';

export type FurnitureKind = Exclude<LineKind, 'prose' | 'heading' | 'caption'> | 'duplicate' | 'label' | 'teaser' | 'trailing';

export interface PlannedBlock {
  line: Line;
  role: BlockRole;
  /** Units of the line's text that belong to the block (a dateline prefix may be cut off the first paragraph). */
  from: number;
  to: number;
}

export interface PlannedFurniture {
  line: Line;
  kind: FurnitureKind;
  from: number;
  to: number;
}

export interface ArticlePlan {
  blocks: PlannedBlock[];
  furniture: PlannedFurniture[];
  /** The index of the headline among `blocks`, or -1. */
  title: number;
  /** First and last line (inclusive) that belong to the article, furniture around the headline included. */
  first: number;
  last: number;
}

/** Lines that stand in an article's header, under its headline and before its first paragraph. */
const ARTICLE_HEADER: ReadonlySet<LineKind> = new Set(['published', 'date', 'byline', 'dateline']);
/** A new article inside a body must share less than this with the text before it. */
const TOPIC_SHIFT = 0.2;
const ENDS_BODY: ReadonlySet<LineKind> = new Set(['related', 'footer']);

export function planPage(lines: Line[]): { articles: ArticlePlan[]; furniture: PlannedFurniture[] } {
  navigationCues(lines);
  const articles: ArticlePlan[] = [];
  const loose: PlannedFurniture[] = [];
  let from = 0;
  let main = true;
  while (from < lines.length) {
    const start = main ? from : nextArticleStart(lines, from);
    if (start < 0) {
      for (let i = from; i < lines.length; i++) loose.push(furniture(lines[i]!, outsideKind(lines[i]!)));
      break;
    }
    for (let i = from; i < start; i++) loose.push(furniture(lines[i]!, outsideKind(lines[i]!)));
    const { plan, end } = planArticle(lines, start);
    if (plan.blocks.length) articles.push(plan);
    from = end;
    main = false;
  }
  return { articles, furniture: loose };
}

/**
 * A related cue above the page's first paragraph with a single headline and then the article's stamp or date
 * between them (آخر الأخبار, then the headline, its date and its credit, then the story) is a menu item of the
 * site's header, not the block that ends an article: it is read as `ui`. A related block at the top of a page
 * lists several headlines before the story's.
 */
function navigationCues(lines: Line[]): void {
  const firstProse = lines.findIndex((l) => l.kind === 'prose');
  if (firstProse < 0) return;
  for (let i = 0; i < firstProse; i++) {
    if (lines[i]!.kind !== 'related') continue;
    const between = lines.slice(i + 1, firstProse);
    // the headline, then its stamp or date (a credit line may follow them): one heading before the header's stamp;
    // or the stamp first, then the one headline (a place credit such as بيروت - المنبر aside)
    const stamp = between.findIndex((l) => ARTICLE_HEADER.has(l.kind) || l.kind === 'updated');
    const headline = (l: Line) => l.kind === 'heading' && !placeCredit(l.text);
    const headings = (stamp > 0 ? between.slice(0, stamp) : between).filter(headline).length;
    const rest = between.every((l) => l.kind === 'heading' || ARTICLE_HEADER.has(l.kind) || l.kind === 'updated' || l.kind === 'ui');
    if (stamp >= 0 && headings === 1 && rest) lines[i]!.kind = 'ui';
  }
}

/** Lines outside every article: furniture of their own kind, or the headlines and summaries of teasers. */
function outsideKind(line: Line): FurnitureKind {
  return ['prose', 'heading', 'caption', 'dateline'].includes(line.kind) ? 'teaser' : (line.kind as FurnitureKind);
}

/**
 * Where, at or after `from`, a full article begins: the header before a run of two paragraphs. Outside an article,
 * lines are read the same whichever format they came from: a short question in an HTML `<p>` is a teaser's
 * headline, as it is on a line of text.
 */
function nextArticleStart(lines: Line[], from: number): number {
  for (let i = from; i + 1 < lines.length; i++) {
    if (!isParagraph(lines[i]!) || !isParagraph(lines[i + 1]!)) continue;
    let h = i;
    while (h > from && !isParagraph(lines[h - 1]!) && !ENDS_BODY.has(lines[h - 1]!.kind)) h--;
    // two paragraphs with no headline before them are the tail of a teaser list, not an article
    if (!lines.slice(h, i).some((l) => l.kind === 'heading' || l.headlineShaped)) continue;
    if (isTeaserEntry(lines, i)) continue;
    // right after a related cue, the headings before the paragraphs are that block's links, then the next
    // article's headline: the article starts at its last heading, and the links before it stay the block's
    if (h > 0 && lines[h - 1]!.kind === 'related') {
      let last = -1;
      for (let k = h; k < i; k++) if (lines[k]!.kind === 'heading' || lines[k]!.headlineShaped) last = k;
      if (last > h) return last;
    }
    return h;
  }
  return -1;
}

/** Lines that close an entry of a teaser list: its writer and place, «المنبر» (القاهرة), or its date. */
/** Kinds of line after the last paragraph that keep their kind: the article's date stamps. */
const FOOT_STAMPS: ReadonlySet<LineKind> = new Set(['published', 'updated', 'date']);
const TEASER_CLOSERS: ReadonlySet<LineKind> = new Set(['byline', 'date', 'published', 'updated']);
/** A teaser's summary is a line or two; a paragraph longer than this is an article's. */
const TEASER_LINE_WORDS = 30;

function isParagraph(line: Line): boolean {
  return line.kind === 'prose' && !line.headlineShaped;
}

/**
 * Whether the paragraphs from `i` are an entry of a teaser list rather than an article's body: at most two short
 * lines (a headline punctuated as a sentence, a summary) closed by a credit or a date. An article's credit and
 * date stand in its header, before its first paragraph.
 */
function isTeaserEntry(lines: Line[], i: number): boolean {
  let q = i;
  while (q < lines.length && isParagraph(lines[q]!)) q++;
  const closer = lines[q];
  return q - i <= 2 && closer !== undefined && TEASER_CLOSERS.has(closer.kind) && lines.slice(i, q).every((l) => l.words <= TEASER_LINE_WORDS);
}

function planArticle(lines: Line[], start: number): { plan: ArticlePlan; end: number } {
  let firstProse = start;
  while (firstProse < lines.length && lines[firstProse]!.kind !== 'prose' && !ENDS_BODY.has(lines[firstProse]!.kind)) firstProse++;
  if (firstProse >= lines.length || lines[firstProse]!.kind !== 'prose') {
    // no paragraph at all: a page of headings (a short item). Keep its headings as the text.
    return { plan: headingsOnly(lines, start, firstProse), end: Math.max(firstProse, start + 1) };
  }
  let end = firstProse;
  // an inline "read also" box (a cue and a few links) inside the body is furniture; the story goes on after it
  const boxes = new Set<number>();
  for (;;) {
    while (end < lines.length && !ENDS_BODY.has(lines[end]!.kind) && !(end > firstProse + 1 && startsNewTopic(lines, firstProse, end))) end++;
    const after = lines[end]?.kind === 'related' ? inlineBoxEnd(lines, firstProse, end) : -1;
    if (after < 0) break;
    for (let i = end; i < after; i++) boxes.add(i);
    end = after;
  }

  const plan: ArticlePlan = { blocks: [], furniture: [], title: -1, first: start, last: end - 1 };
  const seen = new Set<string>();
  const titleLine = chooseTitle(lines, start, firstProse);
  if (titleLine >= 0) {
    plan.title = 0;
    plan.blocks.push(block(lines[titleLine]!, 'title'));
    seen.add(repeatKey(lines[titleLine]!));
  }
  // the header cluster
  for (let i = start; i < firstProse; i++) {
    if (i === titleLine) continue;
    const line = lines[i]!;
    const key = repeatKey(line);
    if (seen.has(key)) {
      plan.furniture.push(furniture(line, 'duplicate'));
      continue;
    }
    seen.add(key);
    if (line.kind === 'caption') plan.blocks.push(block(line, 'caption'));
    // a trail of short parts above the article (القسم | القسم الفرعي) is the site's navigation, not a subheading;
    // and a line above the headline is the page's (its masthead, a kicker), as a subheading stands below it
    else if (line.kind === 'heading' && line.words >= 3 && !trailParts(line.text) && !placeCredit(line.text) && (titleLine < 0 || i > titleLine)) plan.blocks.push(block(line, 'heading'));
    else if (line.kind === 'heading') plan.furniture.push(furniture(line, 'label'));
    else plan.furniture.push(furniture(line, line.kind as FurnitureKind));
  }
  // the body, up to its last paragraph: headings and captions after it are the page's, not the article's
  let lastText = end - 1;
  while (lastText > firstProse && !['prose', 'caption'].includes(lines[lastText]!.kind)) lastText--;
  for (let i = firstProse; i < end; i++) {
    const line = lines[i]!;
    if (i > lastText) {
      // a stamp at the foot of the article (نشر في: …، التاريخ: …) is its own, as one under the headline is
      plan.furniture.push(furniture(line, FOOT_STAMPS.has(line.kind) ? (line.kind as FurnitureKind) : 'trailing'));
      continue;
    }
    if (boxes.has(i)) {
      plan.furniture.push(furniture(line, line.kind === 'related' ? 'related' : 'teaser'));
      continue;
    }
    const key = repeatKey(line);
    if (seen.has(key) && line.fold) {
      plan.furniture.push(furniture(line, 'duplicate'));
      continue;
    }
    seen.add(key);
    switch (line.kind) {
      case 'prose':
        if (i === firstProse) plan.blocks.push(...firstParagraph(line, plan));
        else plan.blocks.push(block(line, 'text'));
        break;
      case 'heading':
        plan.blocks.push(block(line, 'heading'));
        break;
      case 'caption':
        plan.blocks.push(block(line, 'caption'));
        break;
      case 'dateline':
        // credit-shaped inside the body ("أدناه نص البيان:") is the article's own text
        plan.blocks.push(block(line, 'text'));
        break;
      default:
        plan.furniture.push(furniture(line, line.kind as FurnitureKind));
    }
  }
  return { plan, end };
}

/**
 * The headline among the header lines: the heading printed twice (sites print it above and below the photo),
 * else the longest heading of three words or more, else the first heading. HTML's own title hint wins.
 */
function chooseTitle(lines: Line[], from: number, to: number): number {
  const headings: number[] = [];
  for (let i = from; i < to; i++) if (lines[i]!.kind === 'heading') headings.push(i);
  const hinted = headings.find((i) => lines[i]!.hint === 'title');
  if (hinted !== undefined) return hinted;
  const repeated = headings.find((i) => headings.some((j) => j !== i && lines[j]!.fold === lines[i]!.fold));
  if (repeated !== undefined) return repeated;
  let best = -1;
  for (const i of headings) if (lines[i]!.words >= 3 && (best < 0 || lines[i]!.words > lines[best]!.words)) best = i;
  return best >= 0 ? best : headings[0] ?? -1;
}

/**
 * A wire dateline run into the first paragraph, the agency in brackets and a dash after it: بغداد (رويترز) - قال …،
 * عمّان - (أ ف ب) - …; the place is a word or three, the bracket a known agency (knowledge/agencies.json) or,
 * after a known place, a short name: the outlet's own (أربيل (كوردستان24)- …).
 */
const WIRE_DATELINE = /^([^:.،,«»"“”()\d\n]{2,30}?\s*[-–—]?\s*\(([^()\n]{1,25})\)\s*[-–—])\s*/;

/**
 * A place and a name on either side of a dash, in the header (دمشق - الشام اليوم، بغداد اليوم - بغداد): a credit,
 * never a subheading.
 */
function placeCredit(text: string): boolean {
  // a dash with a space on either side; one inside a word (كوالالمبور-سيتي) is part of it
  const parts = text.split(/\s+[-–—]\s*|[-–—]\s+/).map((p) => p.trim());
  if (parts.length !== 2 || /[.!?؟،,:]$/.test(text.trim())) return false;
  const short = (p: string) => p.length > 0 && p.split(/\s+/).length <= 3;
  const place = (p: string) => DATELINE_PLACES.has(normalize(p));
  return (place(parts[0]!) && short(parts[1]!)) || (place(parts[1]!) && short(parts[0]!));
}

/**
 * A dateline run into the first paragraph ("القاهرة - المنبر: بدأ …", "بغداد (رويترز) - قال …", "بغداد- بعد …") is cut
 * off as furniture.
 */
function firstParagraph(line: Line, plan: ArticlePlan): PlannedBlock[] {
  const m = /^([^:.،,«»"“”]{2,40}?[-–—/][^:.،,«»"“”]{1,30}?)\s*:\s*/.exec(line.text);
  if (m && m[1]!.split(/\s+/).length <= 5) {
    plan.furniture.push({ line, kind: 'dateline', from: 0, to: m[0].indexOf(':') + 1 });
    return [{ line, role: 'text', from: m[0].length, to: line.text.length }];
  }
  const w = WIRE_DATELINE.exec(line.text);
  const place = w?.[1]!.slice(0, w[1]!.indexOf('(')).replace(/[-–—]/g, ' ').trim().split(/\s+/) ?? [];
  // the bracket holds an agency, or, after a place the lists know, the outlet's own name (أربيل (كوردستان24)-)
  const credited = !!w && (agencyOf(w[2]!) !== null || (DATELINE_PLACES.has(normalize(place.join(' '))) && w[2]!.trim().split(/\s+/).length <= 3));
  if (w && place.length >= 1 && place.length <= 3 && credited && w[0].length < line.text.length) {
    plan.furniture.push({ line, kind: 'dateline', from: 0, to: w[1]!.length });
    return [{ line, role: 'text', from: w[0].length, to: line.text.length }];
  }
  // a place the lists know and a dash, no credit after it (بغداد- بعد أشهر من المفاوضات …)
  const p = PLACE_DATELINE.exec(line.text);
  if (p && DATELINE_PLACES.has(normalize(p[1]!.trim())) && p[0].length < line.text.length) {
    plan.furniture.push({ line, kind: 'dateline', from: 0, to: p[0].trimEnd().length });
    return [{ line, role: 'text', from: p[0].length, to: line.text.length }];
  }
  return [block(line, 'text')];
}

/** A place of a word or three and a dash opening the first paragraph. */
const PLACE_DATELINE = /^([^:.،,«»"“”()\d\n\-–—]{2,30}?)\s*[-–—]\s*(?=\p{L})/u;

/**
 * Whether line `i` opens another article inside a body: a headline with the page-header pattern (repeated within
 * a few lines, or followed by a caption) or with a header of its own (a stamp, a date, a byline or a credit before
 * its first paragraph), followed by two paragraphs, on a different subject from what precedes.
 */
function startsNewTopic(lines: Line[], bodyStart: number, i: number): boolean {
  const line = lines[i]!;
  if (line.kind !== 'heading') return false;
  const window = lines.slice(i + 1, i + 9);
  let p = i + 1;
  while (p < lines.length && lines[p]!.kind !== 'prose') p++;
  // an article's own header between the headline and its first paragraph: its stamp, date, byline or credit
  const ownHeader = lines.slice(i + 1, p).some((l) => ARTICLE_HEADER.has(l.kind));
  const header = window.some((l) => l.fold === line.fold) || window[0]?.kind === 'caption' || ownHeader;
  if (!header) return false;
  if (p + 1 >= lines.length || lines[p + 1]!.kind !== 'prose') return false;
  let q = p;
  while (q < lines.length && lines[q]!.kind === 'prose') q++;
  const before = termCounts(lines.slice(bodyStart, i).map((l) => l.text).join('\n'));
  const after = termCounts(lines.slice(i, q).map((l) => l.text).join('\n'));
  return cosine(before, after) < TOPIC_SHIFT;
}

/** Links an inline "read also" box may list, and the words of one link. */
const BOX_LINKS = 4;
const LINK_WORDS = 25;

/**
 * Where the body goes on after the related cue at `cue`, when the cue opens an inline box inside the story rather
 * than the related block that ends it; -1 when it ends it. An inline box is the cue and one to four links (short
 * headline lines, no summaries), after which the story's own paragraphs resume: at least two of them in a row, or
 * one that runs to the end of the page, on the subject of the body before the cue. A related block at the foot of
 * a page is followed by nothing, by teasers (each a headline and a one-line summary) or by another article.
 */
function inlineBoxEnd(lines: Line[], bodyStart: number, cue: number): number {
  let p = cue + 1;
  while (p < lines.length && p - cue - 1 < BOX_LINKS && isLink(lines[p]!)) p++;
  if (p === cue + 1 && !lines[cue]!.inlineLink) return -1;
  let q = p;
  while (q < lines.length && isParagraph(lines[q]!)) q++;
  if (q === p || (q - p < 2 && q < lines.length)) return -1;
  if (isTeaserEntry(lines, p)) return -1;
  const before = termCounts(lines.slice(bodyStart, cue).map((l) => l.text).join('\n'));
  const after = termCounts(lines.slice(p, q).map((l) => l.text).join('\n'));
  return cosine(before, after) >= TOPIC_SHIFT ? p : -1;
}

/** A line an inline box lists: a headline, never a paragraph of prose or the page's furniture. */
function isLink(line: Line): boolean {
  return (line.kind === 'heading' || (line.kind === 'prose' && line.headlineShaped === true)) && line.words <= LINK_WORDS;
}

function headingsOnly(lines: Line[], start: number, end: number): ArticlePlan {
  const plan: ArticlePlan = { blocks: [], furniture: [], title: -1, first: start, last: Math.max(start, end - 1) };
  const seen = new Set<string>();
  for (let i = start; i < Math.max(end, start + 1) && i < lines.length; i++) {
    const line = lines[i]!;
    const key = repeatKey(line);
    if (seen.has(key)) plan.furniture.push(furniture(line, 'duplicate'));
    else if (line.kind === 'heading' || line.kind === 'caption' || line.kind === 'dateline') {
      seen.add(key);
      if (plan.title < 0 && line.kind === 'heading') plan.title = plan.blocks.length;
      plan.blocks.push(block(line, plan.blocks.length === plan.title ? 'title' : line.kind === 'caption' ? 'caption' : 'text'));
    } else plan.furniture.push(furniture(line, line.kind as FurnitureKind));
  }
  return plan;
}

function block(line: Line, role: BlockRole): PlannedBlock {
  return { line, role, from: 0, to: line.text.length };
}

function furniture(line: Line, kind: FurnitureKind): PlannedFurniture {
  return { line, kind, from: 0, to: line.text.length };
}
