/**
 * The statements of a document that can contradict another outlet's: its sentences and headline of a readable
 * length, and what its quotes say. Each keeps its source span (for the Mention) and the cleaned text the stance
 * model reads.
 */
import { contentTerms } from '../../language/terms.js';
import type { Doc, Span } from '../../model/document.js';
import type { QuoteLayerItem } from '../../outputs/dossier.js';

export interface Claim extends Span {
  doc: Doc;
  /** Cleaned text of the statement (body text; markup never reaches the model). */
  text: string;
  /** Distinct content terms: the currency of candidate pairing (shared by claims of one text: read only). */
  terms: ReadonlySet<string>;
}

/** Statements shorter than this say too little to contradict anything; longer ones are many claims in one. */
const MIN_TERMS = 3;
const MAX_TERMS = 30;
/** A document's first claims are its lede and headline, where the facts outlets dispute are stated. */
const MAX_CLAIMS_PER_DOC = 80;

/**
 * Content terms by text: outlets that copy one wire repeat its sentences, so a story's claims repeat texts many
 * times over. The sets are shared by the claims of one text and never modified. Bounded; emptied when full.
 */
const TERMS = new Map<string, Set<string>>();
const TERMS_SIZE = 50_000;

function termsOf(text: string): Set<string> {
  let terms = TERMS.get(text);
  if (!terms) {
    terms = new Set(contentTerms(text));
    if (TERMS.size >= TERMS_SIZE) TERMS.clear();
    TERMS.set(text, terms);
  }
  return terms;
}

function claimOf(doc: Doc, span: Span, text: string): Claim | null {
  const terms = termsOf(text);
  if (terms.size < MIN_TERMS || terms.size > MAX_TERMS) return null;
  return { doc, start: span.start, end: span.end, text, terms };
}

export function claimsOf(doc: Doc): Claim[] {
  const out: Claim[] = [];
  const seen = new Set<string>();
  const push = (c: Claim | null) => {
    if (!c || out.length >= MAX_CLAIMS_PER_DOC) return;
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  if (doc.title?.span) push(claimOf(doc, doc.title.span, doc.title.value));
  for (const s of doc.sentences) push(claimOf(doc, s, doc.body.text.slice(s.bodyStart, s.bodyEnd)));
  for (const q of (doc.layers.quotes as QuoteLayerItem[] | undefined) ?? []) {
    // what was said, as the source gives it, with any markup of an HTML source dropped
    const text = doc.source.text.slice(q.start, q.end).replace(/<[^>]*>/g, ' ');
    push(claimOf(doc, q, text));
  }
  return out;
}
