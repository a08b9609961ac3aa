/**
 * Anchors for articles that carry no date at all. An article that gives neither a publication date nor a full
 * date in its text can still be dated by its story: the article of the same story that shares most of its wording
 * and has an anchor (stated, or the one its own text offers) was most likely written about the same days. This
 * is a stand-in for the events stage's inference from shared events, and is marked as borrowed, not stated.
 *
 * Pure and not registered as a stage: it returns, for each undated document, the evidence to re-run the time
 * stage with (`findTimes(doc, evidence)`), so the corpus step that owns publication dates decides where it runs.
 */
import type { Doc, Evidence } from '../../model/document.js';
import { cosine, termCounts } from '../../language/terms.js';
import type { TimeAnchorLayer } from './types.js';

/** Below this similarity two articles of a story are not taken to be about the same days. */
const MIN_SIMILARITY = 0.2;

export function borrowAnchors(docs: readonly Doc[], stories: ReadonlyArray<{ documents: readonly string[] }>): Map<string, Evidence<string>> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const out = new Map<string, Evidence<string>>();
  for (const story of stories) {
    const members = story.documents.map((id) => byId.get(id)).filter((d): d is Doc => !!d);
    const dated = members.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(anchorOf(d) ?? ''));
    if (!dated.length) continue;
    const terms = new Map(members.map((d) => [d.id, termCounts(d.body.text)]));
    for (const doc of members) {
      if (anchorOf(doc)) continue;
      let best: { donor: Doc; score: number } | null = null;
      for (const donor of dated) {
        const score = cosine(terms.get(doc.id)!, terms.get(donor.id)!);
        if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { donor, score };
      }
      if (best) out.set(doc.id, { value: anchorOf(best.donor)!, span: null, by: `inferred:story-neighbour:${best.donor.id}` });
    }
  }
  return out;
}

function anchorOf(doc: Doc): string | null {
  return (doc.layers.timeAnchor as TimeAnchorLayer | undefined)?.value ?? null;
}
