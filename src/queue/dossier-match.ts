/**
 * For the queue's tests: what must be equal between a dossier assembled from the workers' results and the
 * dossier `analyze()` makes of the same articles in one process. Story ids differ by design (the queue's are
 * the stories' stable keys, `S3`; the core numbers stories by size, `story-1`), so stories are matched by their
 * documents, and each id that embeds a story's (an event's `story-1-event-2`) is compared without it.
 */
import type { Dossier, DossierStory } from '../outputs/dossier.js';

const docsKey = (s: { documents: string[] }) => [...s.documents].sort().join(' ');

/** The story's results with the story's own id taken out of the ids built from it. */
export function storyWithoutId(s: DossierStory): Omit<DossierStory, 'id'> {
  const { id, ...rest } = s;
  return JSON.parse(JSON.stringify(rest).split(`"${id}-`).join('"STORY-')) as Omit<DossierStory, 'id'>;
}

/** Pairs each story of `want` with the story of `got` holding the same documents (undefined where none does). */
export function pairStories(got: Dossier, want: Dossier): Array<[DossierStory | undefined, DossierStory]> {
  const byDocs = new Map(got.stories.map((s) => [docsKey(s), s]));
  return want.stories.map((s) => [byDocs.get(docsKey(s)), s]);
}

/** An event as a reader compares two reports of it: its type, date, and the documents reporting it. */
export function eventOutline(e: unknown): { type: string; date: string | null; docs: string[] } {
  const x = e as { type: string; date: { value: string | null }; mentions: Array<{ doc: string }> };
  return { type: x.type, date: x.date.value, docs: [...new Set(x.mentions.map((m) => m.doc))].sort() };
}

/** The dossier without what differs by design: the stories' ids and order, and the generator's version. */
export function comparable(d: Dossier): unknown {
  const stories = d.stories.map(storyWithoutId).sort((a, b) => docsKey(a).localeCompare(docsKey(b)));
  return JSON.parse(JSON.stringify({ ...d, generator: null, stories }));
}

/** The paths (`.stories.2.quantities.6.subject`) at which two JSON values differ, each with both values. */
export function differences(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) differences(x[k], y[k], `${path}.${k}`, out);
    return out;
  }
  out.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  return out;
}

/**
 * Differences a story job's own entity resolution may make, and nothing else may. A story job resolves entities
 * over its story's documents alone, so a name that only an article of another story introduces (by a title, say)
 * is no entity of its story when it stands bare in its articles; what a story result reads of entity identity
 * may then differ from the one-process analysis: the reuse pairs (shingles stand a resolved name as its entity)
 * and a quantity's subject (named by its entities). Entity ids and names themselves are mapped onto the
 * collection's (dossier.ts), so these paths alone may differ.
 */
export const STORY_LOCAL_ENTITIES = /^\.stories\.\d+\.(quantities\.\d+\.subject|reuse\.\d+\.)/;
