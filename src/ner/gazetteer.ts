/**
 * The tagger's gazetteer: lists of names and trigger words written for Marsad (gazetteer/*.json), matched against a
 * sentence's tokens after normalising them and trying their clitic readings (وبغداد، بالقاهرة، للأمم …).
 * A match of several tokens marks its first token `:B` and the rest `:I`.
 */
import { cliticAnalyses } from '../language/clitics.js';
import { normalize } from '../language/normalize.js';
import persons from './gazetteer/persons.json' with { type: 'json' };
import locations from './gazetteer/locations.json' with { type: 'json' };
import organizations from './gazetteer/organizations.json' with { type: 'json' };
import misc from './gazetteer/misc.json' with { type: 'json' };
import triggers from './gazetteer/triggers.json' with { type: 'json' };
import ambiguous from './gazetteer/ambiguous.json' with { type: 'json' };

/** Short codes of the lists, used in feature names. */
export const LISTS = {
  given: persons.given,
  family: persons.family,
  country: locations.countries,
  city: locations.cities,
  region: locations.regions,
  org: organizations.organizations,
  misc: misc.misc,
  tPERS: triggers.person,
  tLOC: triggers.location,
  tORG: triggers.organization,
  tMISC: triggers.misc_head,
} as const;

export type ListName = keyof typeof LISTS;

/** Entries that are often plain words: they count for the list `name?` instead of `name`. */
const { _about: _, ...AMBIGUOUS_LISTS } = ambiguous;
const AMBIGUOUS: Record<string, readonly string[]> = AMBIGUOUS_LISTS;
const phraseKey = (entry: string) => normalize(entry).split(/\s+/).filter(Boolean).join(' ');

/** Normalised phrase (tokens joined by one space) → the lists holding it. */
const PHRASES = new Map<string, string[]>();
let MAX_LEN = 1;
for (const [list, entries] of Object.entries(LISTS) as Array<[ListName, readonly string[]]>) {
  const weak = new Set((AMBIGUOUS[list] ?? []).map(phraseKey));
  for (const entry of entries) {
    const key = phraseKey(entry);
    if (!key) continue;
    const words = key.split(' ');
    const name = weak.has(key) ? list + '?' : list;
    const lists = PHRASES.get(key) ?? [];
    if (!lists.includes(name)) lists.push(name);
    PHRASES.set(key, lists);
    MAX_LEN = Math.max(MAX_LEN, words.length);
  }
}

/**
 * The forms under which a normalised token may stand in a list: itself, each clitic-stripped stem, and the stem
 * with its article when the article was among the clitics (بالقاهره → القاهره).
 */
export function matchKeys(norm: string): string[] {
  const keys = [norm];
  for (const a of cliticAnalyses(norm)) {
    if (!keys.includes(a.stem)) keys.push(a.stem);
    if (a.prefixes.includes('ال')) {
      const withArticle = 'ال' + a.stem;
      if (!keys.includes(withArticle)) keys.push(withArticle);
    }
  }
  return keys;
}

/**
 * For each token, the list hits that cover it, as `list:B` (the match starts here) or `list:I`. The longest match
 * of each list at each start wins; the first token may carry clitics, the others are compared as normalised.
 */
export function gazetteerHits(norms: readonly string[], keys: readonly (readonly string[])[]): string[][] {
  const out: string[][] = norms.map(() => []);
  for (let i = 0; i < norms.length; i++) {
    const done = new Set<string>();
    for (let len = Math.min(MAX_LEN, norms.length - i); len >= 1; len--) {
      const tail = len > 1 ? ' ' + norms.slice(i + 1, i + len).join(' ') : '';
      for (const k of keys[i]!) {
        const lists = PHRASES.get(k + tail);
        if (!lists) continue;
        for (const list of lists) {
          if (done.has(list)) continue;
          done.add(list);
          out[i]!.push(`${list}:B`);
          for (let j = i + 1; j < i + len; j++) out[j]!.push(`${list}:I`);
        }
      }
    }
  }
  for (const hits of out) hits.sort();
  return out.map((hits) => [...new Set(hits)]);
}
