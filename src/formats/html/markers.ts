import type { OffsetText } from '../../model/offset-text.js';
import { elementView, type HtmlBlock } from './blocks.js';
import type { Locator } from './locate.js';
import { isText, type Page } from './page.js';

/**
 * Section headings the extractor must not lose on its own. Readability (and the fallback's furniture filter)
 * drops a heading whose class says "related" while keeping the plain paragraphs after it, so the teasers it
 * introduced would read as the story's last paragraphs, with nothing left to say where the story ended. Such a
 * heading is found before extraction and put back when its element went and text after it, in the same parent,
 * stayed: the clean stage then sees the cue and cuts what follows, as it does when the heading was kept.
 */
export interface Marker {
  view: OffsetText;
  /** The heading's source range. */
  start: number;
  end: number;
  /** Where its parent element ends in the source: the heading's following siblings lie in `[end, parentEnd)`. */
  parentEnd: number;
}

/** A heading's text is a few words; longer text is never looked at. */
const MAX_MARKER_CHARS = 60;

/** Elements whose whole text satisfies `isMarker`, the outermost of each nest, in document order. Page not yet rewritten. */
export function findMarkers(page: Page, locator: Locator, isMarker: (text: string) => boolean): Marker[] {
  const body = page.doc.body;
  if (!body) return [];
  const matches = (node: Node): boolean => {
    const text = node.textContent ?? '';
    return text.length <= MAX_MARKER_CHARS * 4 && text.trim().length <= MAX_MARKER_CHARS && isMarker(text.trim());
  };
  const found = new Set<Element>();
  const nodes = page.doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = nodes.nextNode(); n; n = nodes.nextNode()) {
    if (!isText(n) || !n.data.trim() || n.data.length > MAX_MARKER_CHARS * 4 || !matches(n)) continue;
    let el = n.parentElement;
    if (!el || el === body) continue;
    // `<p><strong>اقرأ أيضا</strong></p>`: the paragraph is the heading
    while (el.parentElement && el.parentElement !== body && matches(el.parentElement)) el = el.parentElement;
    found.add(el);
  }
  const markers: Marker[] = [];
  for (const el of found) {
    const view = elementView(el, locator, page.html);
    const parent = el.parentElement ? page.dom.nodeLocation(el.parentElement) : null;
    if (!view || !parent) continue;
    const [start, end] = view.toSource(0, view.length);
    if (start < 0) continue;
    markers.push({ view, start, end, parentEnd: parent.endOffset });
  }
  return markers.sort((a, b) => a.start - b.start);
}

/**
 * `blocks` with every marker the extraction dropped put back in reading order, as a heading: one whose source no
 * block covers, with story text kept before it and text kept after it among its siblings. A marker that went with
 * everything after it (a whole related box removed) stays out.
 */
export function restoreMarkers(blocks: HtmlBlock[], markers: readonly Marker[]): HtmlBlock[] {
  if (!markers.length || !blocks.length) return blocks;
  const out = [...blocks];
  for (const m of markers) {
    const ranges = out.map((b) => b.view.toSource(0, b.view.length));
    if (ranges.some(([s, e]) => s < m.end && e > m.start)) continue;
    const storyBefore = out.some((b, k) => b.role === 'text' && ranges[k]![1] <= m.start);
    const after = ranges.findIndex(([s]) => s >= m.end);
    if (!storyBefore || after < 0 || ranges[after]![0] >= m.parentEnd) continue;
    out.splice(after, 0, { view: m.view, role: 'heading' });
  }
  return out;
}
