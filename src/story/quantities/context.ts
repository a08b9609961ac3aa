/**
 * What surrounds a figure or a pledge, in a form two outlets' wordings can be compared on: light keys of the
 * content words (clitics and common suffixes off, the أميركي/أمريكي spelling folded) and the resolved entities
 * named there. Shared by the quantity and commitment analyses.
 */
import type { Doc, Token } from '../../model/document.js';
import type { EntityMention } from '../../stages/entities/mentions.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { splitClitics } from '../../language/clitics.js';
import { STOPWORDS } from '../../language/stopwords.js';
import { MONTHS } from '../../language/months.js';
import { isFutureWord } from '../../stages/time/refiners/tense.js';
import { entityMentionsOf } from '../entity-index.js';
import { RecentDocs } from '../recent-docs.js';

/**
 * A word's light key depends on its normal form alone, and the quantity and commitment analyses ask for it for
 * every word of every article (and again for the story's common keys): kept by form (bounded, emptied when full).
 */
const LIGHT_KEYS = new Map<string, string | null>();
const LIGHT_KEYS_SIZE = 100_000;

/**
 * A comparison key for a normalised word: proclitics, the future prefix and the commonest suffixes off, at most
 * five letters; a month name is its month.
 */
export function lightKey(norm: string): string | null {
  let k = LIGHT_KEYS.get(norm);
  if (k === undefined) {
    if (LIGHT_KEYS.size >= LIGHT_KEYS_SIZE) LIGHT_KEYS.clear();
    k = lightKeyOf(norm);
    LIGHT_KEYS.set(norm, k);
  }
  return k;
}

function lightKeyOf(norm: string): string | null {
  let w = norm;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 4) w = w.slice(1);
  if (STOPWORDS.has(w) || STOPWORDS.has(norm)) return null;
  w = splitClitics(w).stem;
  // a month by any of its names (آذار / مارس، أيار / مايو): outlets of the Levant and of Egypt write one date
  const month = MONTHS.get(w) ?? MONTHS.get(norm);
  if (month !== undefined) return `M:${month}`;
  // the future prefix off a verb (ستصرف / تصرف): one outlet reports what will be done, another what is done
  // (not to an auxiliary: سيتم keeps its key, يتم is a function word)
  if (w.charCodeAt(0) === 0x633 && isFutureWord(w) && !STOPWORDS.has(w.slice(1))) w = w.slice(1);
  if ((w[0] === 'ب' || w[0] === 'ل') && w.length > 5) w = w.slice(1);
  for (const suffix of ['هما', 'يين', 'يون', 'ات', 'ون', 'ين', 'يه', 'ان', 'ها', 'هم', 'ه', 'ي']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  w = w.replace(/^اميرك/, 'امريك');
  if (w.length < 3 || STOPWORDS.has(w)) return null;
  const key = w.slice(0, 5);
  return TOLL_KEYS.get(key) ?? key;
}

/**
 * The words of a toll, which outlets write with different words of one root or of none (أصيب / إصابة / جرحى،
 * قتل / مقتل / قتلى، اعتقل / معتقلين): one key per outcome, so that «إصابة 12 شخصاً» and «أصيب 15 شخصاً» are
 * seen to count the same thing (merge.ts sameSubject). Keyed by light key (five letters at most).
 */
const INJURED = 'C:injured';
const KILLED = 'C:killed';
const DETAINED = 'C:detained';
const TOLL_KEYS: ReadonlyMap<string, string> = new Map([
  ...['اصيب', 'اصيبو', 'اصاب', 'مصاب', 'جريح', 'جرحي', 'جرح', 'يصاب'].map((k) => [k, INJURED] as const),
  ...['قتل', 'قتلو', 'مقتل', 'قتيل', 'قتلي', 'مصرع', 'استش', 'شهيد', 'شهدا'].map((k) => [k, KILLED] as const),
  ...['اعتق', 'معتق', 'اوقف', 'موقوف', 'محتجز'].map((k) => [k, DETAINED] as const),
]);

/** The toll key of a casualty family: a count of the dead is itself about killing, whatever words surround it. */
export function outcomeKey(family: string): string | null {
  return family === 'killed' ? KILLED : family === 'wounded' ? INJURED : family === 'detainees' ? DETAINED : null;
}

/** Whether a key is the outcome of a toll (killed, injured, detained). */
export const isTollKey = (k: string): boolean => k === INJURED || k === KILLED || k === DETAINED;

export function keysOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const k = lightKey(t.norm);
    if (k) out.add(k);
  }
  return out;
}

/**
 * What the quantity and commitment analyses (and the story's common keys) read of a document's tokens, worked
 * out once per document rather than once per analysis and per figure: each token's light key (null for a
 * non-word or a function word), the key set of the whole document, and each token's sentence bounds. Kept per
 * document while its tokens and sentences are the same arrays (re-dating replaces layers, not tokens).
 */
interface TokenFacts {
  tokens: readonly Token[];
  sentences: Doc['sentences'];
  keys: Array<string | null>;
  all: Set<string> | null;
  bounds: SentenceBounds | null;
}

const tokenFacts = new RecentDocs<TokenFacts>();

function factsOf(doc: Doc): TokenFacts {
  let f = tokenFacts.get(doc);
  if (!f || f.tokens !== doc.tokens || f.sentences !== doc.sentences) {
    const keys: Array<string | null> = new Array(doc.tokens.length);
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      keys[i] = t.kind === 'word' ? lightKey(t.norm) : null;
    }
    f = { tokens: doc.tokens, sentences: doc.sentences, keys, all: null, bounds: null };
    tokenFacts.set(doc, f);
  }
  return f;
}

/** The light keys of the document's tokens `[from, to)`, added to `out` (a new set when not given), in order. */
export function keysIn(doc: Doc, from: number, to: number, out: Set<string> = new Set()): Set<string> {
  const keys = factsOf(doc).keys;
  for (let i = from; i < to; i++) {
    const k = keys[i];
    if (k) out.add(k);
  }
  return out;
}

/** The light keys of the whole document (shared: do not change it). */
export function docKeys(doc: Doc): ReadonlySet<string> {
  const f = factsOf(doc);
  return (f.all ??= keysIn(doc, 0, doc.tokens.length));
}

export function overlapCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** A named entity at a place in a document, with its run-wide id when the corpus stage resolved it. */
export interface PlacedEntity {
  start: number;
  end: number;
  type: string;
  /** Run-wide entity id, or a document-local key. */
  id: string;
  name: string;
}

/** The document's entity mentions, each tied to its resolved entity (by overlapping offsets) where there is one. */
const placedCache = new RecentDocs<{ entities: readonly ResolvedEntity[]; layer: unknown; placed: readonly PlacedEntity[] }>();

/**
 * {@link placedEntities}, worked out once per document and entity list (the quantity and commitment analyses
 * both read it): shared, do not change it.
 */
export function placedEntitiesOnce(doc: Doc, entities: readonly ResolvedEntity[]): readonly PlacedEntity[] {
  const had = placedCache.get(doc);
  if (had && had.entities === entities && had.layer === doc.layers.entities) return had.placed;
  const placed = placedEntities(doc, entities);
  placedCache.set(doc, { entities, layer: doc.layers.entities, placed });
  return placed;
}

export function placedEntities(doc: Doc, entities: readonly ResolvedEntity[]): PlacedEntity[] {
  const resolved = entityMentionsOf(entities, doc.id);
  const layer = (doc.layers.entities as EntityMention[] | undefined) ?? [];
  return layer
    .map((m) => {
      const hit = resolved.find((r) => r.start < m.end && m.start < r.end);
      return {
        start: m.start,
        end: m.end,
        type: m.type,
        id: hit ? hit.entity.id : `${doc.id}:${m.key}`,
        name: hit?.entity.name || m.name || m.text,
      };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * For every token, the token range `[from[i], to[i])` of the sentence that holds it, as two integer arrays: every
 * figure and pledge scan reads it for every token, and an object per token kept for the whole run is what the
 * garbage collector pays for in every later collection.
 */
export interface SentenceBounds {
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** {@link sentenceBounds}, worked out once per document (shared: do not change it). */
export function sentenceBoundsOnce(doc: Doc): SentenceBounds {
  const f = factsOf(doc);
  return (f.bounds ??= sentenceBounds(doc));
}

export function sentenceBounds(doc: Doc): SentenceBounds {
  const n = doc.tokens.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  let s = 0;
  let i = 0;
  while (i < n) {
    const t = doc.tokens[i]!;
    while (s < doc.sentences.length && doc.sentences[s]!.end <= t.start) s++;
    const sent = doc.sentences[s];
    if (!sent || sent.start > t.start) {
      from[i] = i;
      to[i] = i + 1;
      i++;
      continue;
    }
    let j = i;
    while (j < n && doc.tokens[j]!.end <= sent.end) j++;
    if (j === i) j = i + 1;
    from.fill(i, i, j);
    to.fill(j, i, j);
    i = j;
  }
  return { from, to };
}

/**
 * Keys found in most of a story's documents (the story's own topic words: التحالف، العراق in a story about the
 * coalition in Iraq): sharing them says nothing about whether two statements speak of the same thing.
 */
export function storyCommonKeys(docs: readonly Doc[]): Set<string> {
  const out = new Set<string>();
  if (docs.length < 3) return out;
  const df = new Map<string, number>();
  for (const d of docs) for (const k of docKeys(d)) df.set(k, (df.get(k) ?? 0) + 1);
  for (const [k, n] of df) if (n >= Math.ceil(docs.length * 0.6)) out.add(k);
  return out;
}
