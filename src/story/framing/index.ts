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

export function coverageOf(
  docIds: readonly string[],
  events: readonly StoryEvent[] | undefined,
  reported: ReadonlyMap<string, readonly number[]> = eventsByDoc(events),
): OutletCoverage | null {
  if (!events) return null;
  const mine = new Uint8Array(events.length);
  for (const d of docIds) for (const e of reported.get(d) ?? []) mine[e] = 1;
  const reports: string[] = [];
  const omits: string[] = [];
  events.forEach((e, k) => (mine[k] ? reports : omits).push(e.id));
  return { reports, omits };
}

/**
 * The events each document reports (indices into `events`), read once per story: each outlet's coverage then
 * reads its own documents' lists instead of every event's every mention (outlets × mentions in a story of many
 * outlets).
 */
function eventsByDoc(events: readonly StoryEvent[] | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  events?.forEach((e, k) => {
    for (const m of e.mentions) {
      const list = out.get(m.doc);
      if (!list) out.set(m.doc, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
  });
  return out;
}

export function outletFraming(docs: readonly Doc[], events?: readonly StoryEvent[]): OutletFraming[] {
  const groups = new Map<string, Doc[]>();
  for (const d of docs) {
    const key = d.outlet?.value ? `outlet:${d.outlet.value}` : `doc:${d.id}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const reported = eventsByDoc(events);
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
      coverage: coverageOf(documents, events, reported),
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
