/**
 * Story analysis `framing` (fills `outlets`): how each outlet frames the story in its own voice. Documents are
 * grouped by outlet (a document without one stands alone); each group's loaded words (see markers.ts) give its
 * tone, normalised by how many words the outlet wrote itself, so that a long article is not more hostile for
 * being long and an outlet is not blamed for the words of the people it quotes.
 *
 * Beside the contract's fields each outlet carries `loaded` (each marker with its category, the lexicon term
 * and the words it matched), `ownWords`, `categories` (markers per category) and `coverage`: which of the story's
 * events (from the `events` analysis, when it ran) the outlet reports and which it leaves out.
 */
import type { Doc } from '../../model/document.js';
import { mention, type Mention } from '../../outputs/dossier.js';
import { storyAnalysis, type OutletFraming, type StoryEvent } from '../analysis.js';
import { docFraming, type Marker } from './markers.js';

/**
 * Tone is tanh of the net marker weight per this many own-voice words, the word count padded with PRIOR_WORDS of
 * neutral text: one strong marker (−0.8) in a thousand words gives about −0.07, in a hundred −0.3 rather than
 * −0.66, because one word in a short piece is thin evidence of an outlet's stance.
 */
const PER_WORDS = 100;
const PRIOR_WORDS = 150;

export interface OutletCoverage {
  /** Ids of the story's events that the outlet's documents report. */
  reports: string[];
  /** Ids of the story's events that other outlets report and this one does not. */
  omits: string[];
}

export interface LoadedWord {
  mention: Mention;
  category: Marker['category'];
  term: string;
  matched: string;
  weight: number;
}

export function toneOf(weight: number, ownWords: number): number {
  if (ownWords <= 0) return 0;
  return Math.round(Math.tanh((weight * PER_WORDS) / (ownWords + PRIOR_WORDS)) * 1000) / 1000;
}

export function coverageOf(docIds: readonly string[], events: readonly StoryEvent[] | undefined): OutletCoverage | null {
  if (!events) return null;
  const mine = new Set(docIds);
  const reports: string[] = [];
  const omits: string[] = [];
  for (const e of events) (e.mentions.some((m) => mine.has(m.doc)) ? reports : omits).push(e.id);
  return { reports, omits };
}

export function outletFraming(docs: readonly Doc[], events?: readonly StoryEvent[]): OutletFraming[] {
  const groups = new Map<string, Doc[]>();
  for (const d of docs) {
    const key = d.outlet?.value ? `outlet:${d.outlet.value}` : `doc:${d.id}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((group) => {
    let weight = 0;
    let ownWords = 0;
    const loaded: LoadedWord[] = [];
    const categories: Record<string, number> = {};
    for (const d of group) {
      const f = docFraming(d);
      ownWords += f.ownWords;
      for (const m of f.markers) {
        weight += m.weight;
        categories[m.category] = (categories[m.category] ?? 0) + 1;
        loaded.push({ mention: mention(d, m), category: m.category, term: m.term, matched: m.matched, weight: m.weight });
      }
    }
    const outlet = group[0]!.outlet?.value ?? null;
    const documents = group.map((d) => d.id);
    return {
      name: outlet ?? group[0]!.id,
      outlet,
      documents,
      tone: toneOf(weight, ownWords),
      markers: loaded.map((l) => l.mention),
      loaded,
      ownWords,
      categories,
      coverage: coverageOf(documents, events),
    };
  });
}

export const framing = storyAnalysis({
  name: 'framing',
  adds: 'outlets',
  needs: [],
  after: ['events'],
  run: (input) => outletFraming(input.docs, input.results.events),
});
