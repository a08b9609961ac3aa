/**
 * Whose words are these? An article mixes its own voice with the words of others: what the quote stage found
 * (direct and reported speech, `doc.layers.quotes`) and anything between quotation marks. Framing counts only
 * the outlet's own voice; reuse weighs quoted words lower (two outlets quoting one statement is not wire copy).
 *
 * Quotation marks are paired within a line: « always opens and » closes; the other double marks (“ ” " „) are
 * paired in turn, because outlets use ” as an opening mark as often as “ (و”بغداد”).
 */
import type { Doc, Span } from '../../model/document.js';
import type { QuoteLayerItem } from '../../outputs/dossier.js';
import { RecentDocs } from '../recent-docs.js';

export interface QuotedSpan extends Span {
  /** What lies between the marks, in source offsets. */
  inner: Span;
}

const OPEN = '«';
const CLOSE = '»';
const TOGGLE = '“”"„‟〝〞＂';
const MARKS: ReadonlySet<number> = new Set([...(OPEN + CLOSE + TOGGLE)].map((c) => c.charCodeAt(0)));

const quotationCache = new RecentDocs<{ body: Doc['body']; spans: readonly QuotedSpan[] }>();

/**
 * {@link quotationSpans}, found once per document body (framing and reuse both read them): shared, do not
 * change them.
 */
export function quotationSpansOnce(doc: Doc): readonly QuotedSpan[] {
  const had = quotationCache.get(doc);
  if (had && had.body === doc.body) return had.spans;
  const spans = quotationSpans(doc);
  quotationCache.set(doc, { body: doc.body, spans });
  return spans;
}

/** Spans between quotation marks in the article's body, in source offsets (marks included). */
export function quotationSpans(doc: Doc): QuotedSpan[] {
  const text = doc.body.text;
  const out: QuotedSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let open = -1;
    for (let i = lineStart; i < lineEnd; i++) {
      // most characters are no quotation mark: one test of the code before the string tests
      if (!MARKS.has(text.charCodeAt(i))) continue;
      const ch = text[i]!;
      if (open < 0 && (ch === OPEN || TOGGLE.includes(ch))) open = i;
      else if (open >= 0 && (ch === CLOSE || (TOGGLE.includes(ch) && text[open] !== OPEN))) {
        if (i > open + 1) {
          const [start, end] = doc.body.toSource(open, i + 1);
          const [innerStart, innerEnd] = doc.body.toSource(open + 1, i);
          out.push({ start, end, inner: { start: innerStart, end: innerEnd } });
        }
        open = -1;
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * What the quote stage attributes to someone else (the words said, not the speaker or the verb); with
 * `directOnly`, only the words quoted as said, not reported speech (which the writer words).
 */
export function reportedSpans(doc: Doc, directOnly = false): Span[] {
  return ((doc.layers.quotes as QuoteLayerItem[] | undefined) ?? [])
    .filter((q) => !directOnly || q.direct)
    .map((q) => ({ start: q.start, end: q.end }));
}

/**
 * For each token of the document, whether it lies in the words of others: inside a reported quote or between
 * quotation marks. With `verbatimOnly`, only words quoted as said count: reported speech is worded by the writer,
 * so two outlets paraphrasing one statement word it differently, while they copy a direct quote alike.
 */
export function othersWords(doc: Doc, quotations: readonly QuotedSpan[] = quotationSpans(doc), verbatimOnly = false): boolean[] {
  const spans = mergeSpans([...reportedSpans(doc, verbatimOnly), ...quotations]);
  return doc.tokens.map((t) => inAny(spans, t));
}

/** The union of spans as disjoint spans in order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether `t` lies inside one of `spans` (disjoint and in order, as {@link mergeSpans} returns them). */
export function inAny(spans: readonly Span[], t: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= t.start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return !!s && s.end >= t.end;
}
