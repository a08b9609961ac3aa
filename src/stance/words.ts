/**
 * The word comparisons of the stance features over interned stems. Whether two words are the same word
 * (`sameWord` of ./text.ts) and how close their spellings are depend on their stems alone (the matching key and
 * its core are functions of the stem), so each distinct stem is analysed once: an integer id, the ids of its key
 * and core, and its character bigrams as a sorted list of codes with a 32-bit mask of them. Comparing two words is
 * then a few integer tests and, when those fail, a merge of two short sorted lists: no strings built, no maps
 * consulted per pair. The answers are exactly those of the string functions (the tests in words.test.ts hold them
 * to that).
 */
import { coreKey, lightKey } from './text.js';

/** The three answers a pair of words can give the features. */
export const SAME = 2;
/** Not the same word, but close in spelling (Dice of bigrams ≥ 0.4): a substitution. */
export const NEAR = 1;
export const APART = 0;

/** Dice similarity of two words' bigrams at which they count as the same word, and as a near spelling. */
const SAME_DICE = 0.75;
const NEAR_DICE = 0.4;

/**
 * Tables by stem id. They only grow; past {@link MAX_STEMS} they are dropped and a new generation begins (ids of
 * the old one are then recomputed by whoever holds them: see {@link stemGeneration}).
 */
const MAX_STEMS = 1 << 20;
let ids = new Map<string, number>();
let keyIds = new Map<string, number>();
let stems: string[] = [];
let keys: string[] = [];
let keyOf: number[] = [];
/** Id of the core among the keys' ids, or -1 when the core is shorter than three letters (never matched). */
let coreOf: number[] = [];
let maskOf: number[] = [];
/** Bigram codes of stem k: codes[start[k] .. start[k + 1]), sorted. */
let codes: number[] = [];
let start: number[] = [0];
let generation = 0;

/** Changes whenever the tables are dropped: ids taken before are void. */
export function stemGeneration(): number {
  return generation;
}

function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyIds.size;
    keyIds.set(key, id);
  }
  return id;
}

/** The id of a stem, analysed on first sight. */
export function stemId(stem: string): number {
  let id = ids.get(stem);
  if (id !== undefined) return id;
  if (stems.length >= MAX_STEMS) {
    ids = new Map();
    keyIds = new Map();
    stems = [];
    keys = [];
    keyOf = [];
    coreOf = [];
    maskOf = [];
    codes = [];
    start = [0];
    generation++;
  }
  id = stems.length;
  ids.set(stem, id);
  stems.push(stem);
  const key = lightKey(stem);
  const core = coreKey(key);
  keys.push(key);
  keyOf.push(keyId(key));
  coreOf.push(core.length >= 3 ? keyId(`\u0000${core}`) : -1);
  const mine: number[] = [];
  let mask = 0;
  for (let i = 0; i + 2 <= stem.length; i++) {
    const code = stem.charCodeAt(i) * 65536 + stem.charCodeAt(i + 1);
    mine.push(code);
    mask |= 1 << (((code * 31) ^ (code >>> 7)) & 31);
  }
  mine.sort((a, b) => a - b);
  for (const c of mine) codes.push(c);
  start.push(codes.length);
  maskOf.push(mask);
  return id;
}

/**
 * Dice similarity of the two stems' bigram multisets (`wordSimilarity` of ./text.ts for stems that differ),
 * reported as {@link SAME}, {@link NEAR} or {@link APART} by the thresholds the features read.
 */
function diceClass(a: number, b: number): number {
  if ((maskOf[a]! & maskOf[b]!) === 0) return APART;
  let i = start[a]!;
  const ie = start[a + 1]!;
  let j = start[b]!;
  const je = start[b + 1]!;
  const total = ie - i + (je - j);
  const dice = (2 * sortedShared(codes, i, ie, codes, j, je)) / total;
  return dice >= SAME_DICE ? SAME : dice >= NEAR_DICE ? NEAR : APART;
}

/**
 * {@link SAME} when the words are the same word for overlap (same stem, key or core, one key inside the other, or
 * close spelling), else {@link NEAR} or {@link APART} by their spelling's similarity.
 */
export function compareStems(a: number, b: number): number {
  if (a === b || keyOf[a] === keyOf[b]) return SAME;
  const ca = coreOf[a]!;
  if (ca >= 0 && ca === coreOf[b]) return SAME;
  const ka = keys[a]!;
  const kb = keys[b]!;
  const short = ka.length <= kb.length ? ka : kb;
  const long = short === ka ? kb : ka;
  if (short.length >= 3 && long.length - short.length <= 2 && long.includes(short)) return SAME;
  return diceClass(a, b);
}

/** How many values two ascending runs of distinct values, `a[i, ie)` and `b[j, je)`, have in common. */
export function sortedShared(a: ArrayLike<number>, i: number, ie: number, b: ArrayLike<number>, j: number, je: number): number {
  let shared = 0;
  while (i < ie && j < je) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
