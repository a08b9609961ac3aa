/**
 * The tagger's gazetteer: lists of names and trigger words written for Marsad (gazetteer/*.json), matched against a
 * sentence's tokens after normalising them and trying their clitic readings (وبغداد، بالقاهرة، للأمم …).
 * A match of several tokens marks its first token `:B` and the rest `:I`.
 */
import { cliticAnalyses, type CliticAnalysis } from '../language/clitics.js';
import { normalize } from '../language/normalize.js';
import { PairTable } from './pair-table.js';
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
/**
 * First word of a phrase → the most words of a phrase it begins: the matcher builds a phrase key only where one
 * can match, instead of joining every window of up to MAX_LEN tokens at every token.
 */
const LONGEST = new Map<string, number>();
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
    LONGEST.set(words[0]!, Math.max(LONGEST.get(words[0]!) ?? 0, words.length));
  }
}

/**
 * The forms under which a normalised token may stand in a list: itself, each clitic-stripped stem, and the stem
 * with its article when the article was among the clitics (بالقاهره → القاهره).
 */
export function matchKeys(norm: string): string[] {
  return matchKeysOf(norm, cliticAnalyses(norm));
}

/** {@link matchKeys} from the word's clitic readings (cliticAnalyses of `norm`), when the caller has them. */
export function matchKeysOf(norm: string, analyses: readonly CliticAnalysis[]): string[] {
  const keys = [norm];
  for (const a of analyses) {
    if (!keys.includes(a.stem)) keys.push(a.stem);
    if (a.prefixes.includes('ال')) {
      const withArticle = 'ال' + a.stem;
      if (!keys.includes(withArticle)) keys.push(withArticle);
    }
  }
  return keys;
}

/** The hit strings of each list (`list:B`, `list:I`), made once and shared by every sentence. */
const HIT_STRINGS = new Map<string, { b: string; i: string }>();
const hitStrings = (list: string) => {
  let h = HIT_STRINGS.get(list);
  if (h === undefined) HIT_STRINGS.set(list, (h = { b: `${list}:B`, i: `${list}:I` }));
  return h;
};

/** The most tokens a match starting with key `k` may cover (a key holding a space is not narrowed). */
const reach = (k: string): number => (k.includes(' ') ? MAX_LEN : (LONGEST.get(k) ?? 0));

/** {@link reach}, for the fast path's form table: a token whose keys all reach 0 starts no match. */
export const reachOf = reach;

/**
 * For each token, the list hits that cover it, as `list:B` (the match starts here) or `list:I`. The longest match
 * of each list at each start wins; the first token may carry clitics, the others are compared as normalised.
 * `hidden` (training only, see {@link hiddenShare}) leaves out the phrases it returns true for.
 */
export function gazetteerHits(
  norms: readonly string[],
  keys: readonly (readonly string[])[],
  hidden?: (phrase: string) => boolean,
): string[][] {
  const out: string[][] = norms.map(() => []);
  for (let i = 0; i < norms.length; i++) {
    const starts = keys[i]!;
    let longest = 0;
    for (const k of starts) longest = Math.max(longest, reach(k));
    if (longest === 0) continue;
    const done = new Set<string>();
    for (let len = Math.min(longest, norms.length - i); len >= 1; len--) {
      const tail = len > 1 ? ' ' + norms.slice(i + 1, i + len).join(' ') : '';
      for (const k of starts) {
        // a key whose phrases are all shorter cannot match here (and the same visiting order keeps the same hits)
        if (reach(k) < len) continue;
        const lists = PHRASES.get(k + tail);
        if (!lists || hidden?.(k + tail)) continue;
        for (const list of lists) {
          if (done.has(list)) continue;
          done.add(list);
          const hit = hitStrings(list);
          out[i]!.push(hit.b);
          for (let j = i + 1; j < i + len; j++) out[j]!.push(hit.i);
        }
      }
    }
  }
  for (const hits of out) hits.sort();
  return out.map((hits) => [...new Set(hits)]);
}

/** FNV-1a hash of a phrase key: the same phrase falls in the same share everywhere. */
function phraseHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Share `share` of `shares` of the gazetteer's phrases, for training: a part of the training sentences featurised
 * without one share sees some of its names as a new text sees the names the lists lack, so that the model keeps
 * learning what the context says of a name besides trusting the lists (which otherwise explain most training
 * names and leave the context features undertrained).
 */
export function hiddenShare(share: number, shares: number): (phrase: string) => boolean {
  return (phrase) => phraseHash(phrase) % shares === share;
}

/** MurmurHash3's finaliser: spreads every input bit over the 32 output bits. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Gazetteer dropout, for training: the phrases hidden in training sentence `sentence`, each phrase independently
 * with probability `p` (drawn from the phrase, the sentence number and `seed`, so the same arguments hide the same
 * phrases). Unlike {@link hiddenShare}, every phrase is seen with and without its list hit across the training
 * data, so the model learns both to trust a hit and what the context says of a name the lists lack.
 */
export function droppedInSentence(p: number, seed: number, sentence: number): (phrase: string) => boolean {
  if (!(p > 0)) return () => false;
  const salt = mix32((seed >>> 0) ^ mix32(sentence + 0x9e3779b9));
  return (phrase) => mix32(phraseHash(phrase) ^ salt) / 4294967296 < p;
}

// ---- the same hits as numbers, for the inference path ------------------------------------------------------------

/** The lists' names as hits carry them (`given`, `given?` …), in a fixed order: list number n is HIT_LISTS[n]. */
export const HIT_LISTS: readonly string[] = Object.keys(LISTS).flatMap((l) => [l, l + '?']);
const LIST_NUMBER = new Map(HIT_LISTS.map((l, n) => [l, n]));
/** Hit numbers: list number × 2, + 1 for `:I`; they fit in two 32-bit words of a mask. */
export const HIT_COUNT = HIT_LISTS.length * 2;
/** Hit number → its string (`given:B` …), as {@link gazetteerHits} gives it. */
export const HIT_NAMES: readonly string[] = HIT_LISTS.flatMap((l) => [`${l}:B`, `${l}:I`]);
if (HIT_COUNT > 64) throw new Error('gazetteer hits no longer fit in two words of a mask');
/**
 * The phrases as a word trie over numbers, so that matching a sentence builds no string: each word of a phrase has
 * a number (WORD_NUMBER), node n's child by word w is CHILD.data[CHILD.find(n, w)] (the root is node 0), and NODE_LISTS[n] are
 * the numbers of the lists holding the phrase that ends at node n (empty when none does).
 */
const WORD_NUMBER = new Map<string, number>();
const NODE_LISTS: Int32Array[] = [];
const CHILD = (() => {
  let edges = 0;
  for (const key of PHRASES.keys()) edges += key.split(' ').length;
  return new PairTable(edges, 1);
})();
const NO_LISTS = new Int32Array(0);
{
  NODE_LISTS.push(NO_LISTS);
  for (const [key, lists] of PHRASES) {
    let node = 0;
    for (const word of key.split(' ')) {
      let w = WORD_NUMBER.get(word);
      if (w === undefined) WORD_NUMBER.set(word, (w = WORD_NUMBER.size));
      const at = CHILD.add(node, w);
      if (CHILD.data[at] === -1) {
        CHILD.data[at] = NODE_LISTS.length;
        NODE_LISTS.push(NO_LISTS);
      }
      node = CHILD.data[at]!;
    }
    NODE_LISTS[node] = Int32Array.from(lists, (l) => LIST_NUMBER.get(l)!);
  }
}

/** The node reached from `node` through the words of `path`, or -1. */
function follow(node: number, path: readonly number[]): number {
  for (let k = 0; k < path.length && node >= 0; k++) {
    const at = CHILD.find(node, path[k]!);
    node = at < 0 ? -1 : CHILD.data[at]!;
  }
  return node;
}

/**
 * The words of a normalised token (or key) as trie word numbers, as it stands in a phrase (phrases join their
 * words with one space); null when no phrase holds it so (a word no phrase has, an empty word).
 */
export function gazetteerPath(text: string): readonly number[] | null {
  if (!text.includes(' ')) {
    const w = WORD_NUMBER.get(text);
    return w === undefined ? null : singlePath(w);
  }
  const path: number[] = [];
  for (const word of text.split(' ')) {
    const w = WORD_NUMBER.get(word);
    if (w === undefined) return null;
    path.push(w);
  }
  return path;
}

/** One shared path per word number. */
const SINGLE: (readonly number[])[] = [];
const singlePath = (w: number): readonly number[] => (SINGLE[w] ??= Object.freeze([w]));

const NO_NODES = new Int32Array(0);

/**
 * The trie nodes a token's match keys (matchKeys) lead to: where a phrase starting with the token goes on. Empty
 * when no phrase starts with any of them.
 */
export function gazetteerStarts(keys: readonly string[]): Int32Array {
  let out: number[] | null = null;
  for (const k of keys) {
    const path = gazetteerPath(k);
    if (!path) continue;
    const node = follow(0, path);
    if (node > 0 && !(out ??= []).includes(node)) out.push(node);
  }
  return out ? Int32Array.from(out) : NO_NODES;
}

/** Sets the bits of the lists of phrase node `node` over tokens [i, end): `:B` at i, `:I` after. */
function mark(node: number, i: number, end: number, masks: Uint32Array): void {
  const lists = NODE_LISTS[node]!;
  for (let n = 0; n < lists.length; n++) {
    const b = lists[n]! * 2;
    const inside = b + 1;
    masks[2 * i + (b >> 5)]! |= 1 << (b & 31);
    for (let j = i + 1; j < end; j++) masks[2 * j + (inside >> 5)]! |= 1 << (inside & 31);
  }
}

/**
 * The hits of {@link gazetteerHits} (without `hidden`) as masks, from each token's trie starts
 * ({@link gazetteerStarts} of its keys) and its path as a following word ({@link gazetteerPath} of its normalised
 * form), read from `starts(i)` and `path(i)`: token i holds hit h when bit h & 31 of masks[2 * i + (h >> 5)] is
 * set. `masks` must hold 2 × T zeros.
 *
 * Every match is marked, not only each list's longest at each start: a shorter match of a list sets its `:B` on
 * the same token and its `:I` on tokens the longest one covers too, so the masks are the same.
 */
export function gazetteerTrieMasks(
  T: number,
  starts: (i: number) => Int32Array,
  path: (i: number) => readonly number[] | null,
  masks: Uint32Array,
): void {
  for (let i = 0; i < T; i++) {
    const from = starts(i);
    for (let s = 0; s < from.length; s++) {
      let node = from[s]!;
      mark(node, i, i + 1, masks);
      for (let j = i + 1; j < T; j++) {
        const p = path(j);
        if (p === null || (node = follow(node, p)) < 0) break;
        mark(node, i, j + 1, masks);
      }
    }
  }
}

/**
 * {@link gazetteerTrieMasks} from the tokens' normalised forms and match keys. `reachAt[i]` is the most any of
 * token i's keys may reach (0: it starts no match).
 */
export function gazetteerHitMasks(
  norms: readonly string[],
  keys: readonly (readonly string[])[],
  reachAt: ArrayLike<number>,
  masks: Uint32Array,
): void {
  const starts = keys.map((k, i) => (reachAt[i]! > 0 ? gazetteerStarts(k) : NO_NODES));
  const paths = norms.map(gazetteerPath);
  gazetteerTrieMasks(norms.length, (i) => starts[i]!, (i) => paths[i]!, masks);
}
