import { alignAt, alignDecoded } from './references.js';
import type { Page } from './page.js';
import { NO_SOURCE_SPACE, type Unit } from './units.js';

/**
 * Finds where each text node's characters stand in the html. Parsed nodes carry their location; nodes Readability
 * rebuilt (its retries re-parse the body, `javascript:` links become new text nodes) do not, and are looked for in
 * the html after the text located last, since extraction walks the page in document order.
 */
export class Locator {
  /** Source offset after the last located text: where a node without a location is looked for. */
  private cursor: number;
  /** Where the body begins: text of the article is never looked for before it. */
  private readonly bodyStart: number;
  /** Texts that could not be placed, for one message per page. */
  readonly unlocated: string[] = [];

  constructor(private readonly page: Page) {
    const body = page.doc.body ? page.dom.nodeLocation(page.doc.body) : null;
    // Searching from the body keeps a paragraph from matching its copy in `<meta name="description">`.
    this.bodyStart = body?.startOffset ?? 0;
    this.cursor = this.bodyStart;
  }

  /** The units of a text node, each mapped to the source; null when the node cannot be placed. */
  text(node: Text): Unit[] | null {
    const data = node.data;
    const loc = this.page.dom.nodeLocation(node);
    if (loc) {
      const units = alignDecoded(this.page.html.slice(loc.startOffset, loc.endOffset), loc.startOffset, data, this.page.refs, 'text');
      if (units) return this.advance(units);
    }
    return this.search(data);
  }

  /** The units of attribute `name` of `el`, mapped to its value in the start tag; null when it cannot be placed. */
  attribute(el: Element, name: string): Unit[] | null {
    const value = el.getAttribute(name);
    const loc = this.page.dom.nodeLocation(el) as ElementLocation | null | undefined;
    if (value === null || !loc) return null;
    const html = this.page.html;
    const attr = loc.attrs?.[name];
    // Without per-attribute locations, look for the attribute inside the start tag.
    const [from, to] = attr ? [attr.startOffset, attr.endOffset] : [loc.startOffset, loc.startTag?.endOffset ?? loc.endOffset];
    const tag = html.slice(from, to);
    const m = new RegExp(`(?:^|[\\s/"'])${escapeRegExp(name)}\\s*=\\s*("([^"]*)|'([^']*)|([^\\s>]*))`, 'i').exec(tag);
    if (!m) return null;
    const quoted = m[2] ?? m[3];
    const raw = quoted ?? m[4] ?? '';
    const start = from + m.index + m[0].length - raw.length;
    return alignDecoded(raw, start, value, this.page.refs, 'attribute');
  }

  /** The space a `<br>` makes, mapped to the tag so the break is part of the text's source. */
  lineBreak(br: Element): Unit {
    const loc = this.page.dom.nodeLocation(br);
    return loc ? { ch: ' ', from: loc.startOffset, to: loc.endOffset, ref: true } : NO_SOURCE_SPACE;
  }

  private advance(units: Unit[]): Unit[] {
    const last = units[units.length - 1];
    if (last && last.to > this.cursor) this.cursor = last.to;
    return units;
  }

  /**
   * Places text that has no (trustworthy) location: verbatim in the html after the cursor; failing that, spelled
   * with character references within {@link SEARCH_WINDOW} characters after it; failing that, verbatim before it if
   * it occurs only once, so it cannot be the wrong occurrence.
   */
  private search(data: string): Unit[] | null {
    if (data.trim() === '') return data ? [NO_SOURCE_SPACE] : [];
    const html = this.page.html;
    const at = html.indexOf(data, this.cursor);
    if (at >= 0) return this.advance(verbatim(data, at));
    const end = Math.min(html.length, this.cursor + SEARCH_WINDOW);
    for (let p = this.cursor; p < end; p++) {
      const c = html[p];
      if (c !== data[0] && c !== '&' && c !== '\r') continue;
      const units = alignAt(html, p, data, this.page.refs);
      if (units) return this.advance(units);
    }
    // only within the body: a headline's words also stand in `<title>`, where a match would map the body's text
    // before its own start (a word whose first letters are in the body and last ones in the head)
    const first = html.indexOf(data, this.bodyStart);
    if (first >= 0 && html.indexOf(data, first + 1) < 0) return this.advance(verbatim(data, first));
    this.unlocated.push(data);
    return null;
  }
}

/** How far past the last located text a rebuilt node's text, spelled with references, is looked for. */
const SEARCH_WINDOW = 20_000;

function verbatim(data: string, at: number): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < data.length; i++) units.push({ ch: data[i]!, from: at + i, to: at + i + 1, ref: false });
  return units;
}

interface Range {
  startOffset: number;
  endOffset: number;
}

/** What parse5 records for an element; jsdom's typings only promise the common part. */
interface ElementLocation extends Range {
  attrs?: Record<string, Range>;
  startTag?: Range;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
