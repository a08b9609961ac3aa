/**
 * The wording of an article reduced to what survives a light edit: its content words (no function words, no
 * punctuation) as loose keys, and their word n-grams (shingles). A loose key folds what rewrites change without
 * changing the wording: clitics (وقال/قال، بالعراق/العراق), inflection (القوات/قوة), the long vowels and hamza
 * seats that spellings disagree on (أمريكي/أميركي، رومانوسكي/رومانوفسكي keeps one letter apart, so a name the
 * entity stage resolved stands as its entity id instead).
 */
import type { Doc, Span } from '../../model/document.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { STOPWORDS } from '../../language/stopwords.js';
import { entityMentionsOf } from '../entity-index.js';
import { othersWords, quotationSpans } from '../framing/voice.js';

export interface ContentWord extends Span {
  /** The loose key the shingles are made of. */
  key: string;
  /** The normalised written form, to tell a verbatim copy from a rewrite. */
  exact: string;
  /** Whether the words are someone else's, quoted as said (a direct quote, or between quotation marks). */
  quoted: boolean;
}

/** Words per shingle. */
export const SHINGLE = 3;

const SUFFIXES = ['يات', 'ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي', 'ا'];

/** The loose key of a normalised, clitic-split word. */
export function looseKey(stem: string): string {
  let w = stem;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) w = w.slice(1);
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  // long vowels and hamza inside the word: the letters spellings of one word disagree on
  const skeleton = w[0] + w.slice(1).replace(/[اويء]/g, '');
  return skeleton.length >= 2 ? skeleton : w;
}

/** Entity id of each resolved name's span in a document. */
export function entitySpans(doc: Doc, entities: readonly ResolvedEntity[]): Array<Span & { id: string }> {
  const out: Array<Span & { id: string }> = [];
  for (const m of entityMentionsOf(entities, doc.id)) out.push({ start: m.start, end: m.end, id: m.entity.id });
  return out.sort((a, b) => a.start - b.start);
}

/** The content words of an article, in order; the tokens of one resolved name become one word, its entity. */
export function contentWords(doc: Doc, entities: readonly ResolvedEntity[] = []): ContentWord[] {
  const others = othersWords(doc, quotationSpans(doc), true);
  const names = entitySpans(doc, entities);
  const out: ContentWord[] = [];
  let n = 0;
  doc.tokens.forEach((t, k) => {
    if (t.kind === 'punct' || t.kind === 'symbol') return;
    while (n < names.length && names[n]!.end <= t.start) n++;
    const name = names[n];
    if (name && name.start <= t.start && t.end <= name.end) {
      const last = out[out.length - 1];
      if (last && last.key === `@${name.id}` && last.end >= name.start) {
        last.end = t.end;
        last.exact += ' ' + t.norm;
      } else out.push({ start: t.start, end: t.end, key: `@${name.id}`, exact: t.norm, quoted: others[k]! });
      return;
    }
    if (STOPWORDS.has(t.norm) || STOPWORDS.has(t.stem)) return;
    const key = t.kind === 'word' ? looseKey(t.stem) : t.norm;
    if (t.kind === 'word' && t.stem.length < 2) return;
    out.push({ start: t.start, end: t.end, key, exact: t.norm, quoted: others[k]! });
  });
  return out;
}

export interface Shingles {
  words: ContentWord[];
  /** Shingle key of each position (position i covers words i … i + SHINGLE − 1). */
  keys: string[];
  /** Weight of each position: quoted words count less. */
  weights: number[];
  /** Positions of each distinct shingle. */
  at: Map<string, number[]>;
  /** Weight of each distinct shingle (the largest of its positions'). */
  best: Map<string, number>;
}

/** What a quoted word counts for against one in the outlet's own words. */
export const QUOTED_WEIGHT = 0.3;

export function shingles(words: ContentWord[]): Shingles {
  const keys: string[] = [];
  const weights: number[] = [];
  const at = new Map<string, number[]>();
  const best = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const part = words.slice(i, i + SHINGLE);
    const key = part.map((w) => w.key).join(' ');
    const quoted = part.filter((w) => w.quoted).length;
    const weight = quoted * 2 > SHINGLE ? QUOTED_WEIGHT : 1;
    keys.push(key);
    weights.push(weight);
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
    best.set(key, Math.max(best.get(key) ?? 0, weight));
  }
  return { words, keys, weights, at, best };
}
