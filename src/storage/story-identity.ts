/**
 * Stories keep their keys across re-analyses. The core numbers stories by position (`story-1` is the largest),
 * so adding one article can renumber them all; the store instead matches each new story to the stored story
 * it shares most documents with (largest overlap first, one to one) and keeps that key, so a link to a story
 * still points at it once the story has grown. Stories that match none get fresh keys.
 */
import type { StoryRecord } from './store.js';

export interface StoryDraft {
  dossierId: string;
  title: string | null;
  documents: string[];
}

export interface KeyedStories {
  stories: StoryRecord[];
  /** The next free story number after those handed out. */
  nextNumber: number;
}

export function keyStories(previous: readonly StoryRecord[], next: readonly StoryDraft[], revision: number, nextNumber: number): KeyedStories {
  const pairs: Array<{ i: number; j: number; shared: number }> = [];
  next.forEach((s, i) => {
    const docs = new Set(s.documents);
    previous.forEach((p, j) => {
      const shared = p.documents.filter((d) => docs.has(d)).length;
      if (shared) pairs.push({ i, j, shared });
    });
  });
  // largest overlap first; ties go to the older story, then the earlier new one, so the result is deterministic
  pairs.sort((a, b) => b.shared - a.shared || previous[a.j]!.createdRevision - previous[b.j]!.createdRevision || a.j - b.j || a.i - b.i);
  const matched = new Map<number, StoryRecord>();
  const taken = new Set<number>();
  for (const { i, j } of pairs) {
    if (matched.has(i) || taken.has(j)) continue;
    matched.set(i, previous[j]!);
    taken.add(j);
  }
  let n = nextNumber;
  const stories = next.map((s, i): StoryRecord => {
    const old = matched.get(i);
    if (!old) return { key: `S${n++}`, dossierId: s.dossierId, title: s.title, documents: s.documents, createdRevision: revision, updatedRevision: revision };
    const same = old.title === s.title && old.documents.length === s.documents.length && old.documents.every((d, k) => d === s.documents[k]);
    return { key: old.key, dossierId: s.dossierId, title: s.title, documents: s.documents, createdRevision: old.createdRevision, updatedRevision: same ? old.updatedRevision : revision };
  });
  return { stories, nextNumber: n };
}
