/**
 * Stage `segment`: sentences within each block of the body, and tokens with their light clitic segmentation,
 * which every later stage (time, entities, quotes, events) shares instead of re-tokenising.
 */
import type { Doc, Sentence, Token } from '../../model/document.js';
import type { DocStage } from '../../pipeline/stage.js';
import { splitClitics } from '../../language/clitics.js';
import { normalize, vanishes } from '../../language/normalize.js';
import { splitSentences } from '../../language/sentences.js';
import { KIND_WORD, KINDS, scanTokens } from '../../language/tokenize.js';
import { SpanCache } from './span-cache.js';

export const segment: DocStage = {
  name: 'segment',
  needs: ['body', 'blocks'],
  adds: ['sentences', 'tokens'],
  run(doc) {
    return { set: { sentences: sentencesOf(doc), tokens: tokensOf(doc) } };
  },
};

function sentencesOf(doc: Readonly<Doc>): Sentence[] {
  const out: Sentence[] = [];
  const text = doc.body.text;
  const body = doc.body;
  for (const block of doc.blocks) {
    for (const [s, e] of splitSentences(text, block.start, block.end)) {
      out.push({ start: body.sourceStart(s, e), end: body.sourceEnd(s, e), bodyStart: s, bodyEnd: e });
    }
  }
  return out;
}

function tokensOf(doc: Readonly<Doc>): Token[] {
  const text = doc.body.text;
  const body = doc.body;
  const out: Token[] = [];
  // one pass: each token is made as the scanner finds it, its forms read from the caches by its range
  scanTokens(text, 0, text.length, (s, e, kind) => {
    const w = kind === KIND_WORD ? wordOf(text, s, e) : otherOf(text, s, e);
    out.push({
      start: body.sourceStart(s, e),
      end: body.sourceEnd(s, e),
      bodyStart: s,
      bodyEnd: e,
      text: w.surface,
      kind: KINDS[kind]!,
      norm: w.norm,
      prefixes: w.prefixes,
      stem: w.stem,
      stemStart: s + w.stemOffset,
    });
  });
  return out;
}

interface WordForms {
  /** The written form, one string shared by every token of it (a run holds every document's tokens). */
  surface: string;
  norm: string;
  prefixes: string[];
  stem: string;
  /** Units of the surface that the proclitics take. */
  stemOffset: number;
}

/**
 * The normalised form and clitic split of a written word, by surface: news repeats its words, and the forms of a
 * word never change. Tokens of one word share its `prefixes` array, which no stage modifies.
 */
const WORDS = new SpanCache<WordForms>();

/** The forms of the word written at `text[start, end)`. */
function wordOf(text: string, start: number, end: number): WordForms {
  let w = WORDS.get(text, start, end);
  if (!w) {
    const surface = text.slice(start, end);
    const norm = normalize(surface);
    const split = splitClitics(norm);
    w = { surface, norm, prefixes: split.prefixes, stem: split.stem, stemOffset: surfaceLength(surface, split.prefixLength) };
    WORDS.set(surface, w);
  }
  return w;
}

/** Numbers, punctuation and Latin words: normalised, nothing split off. */
const OTHERS = new SpanCache<WordForms>(17);
const NO_PREFIXES: string[] = [];

function otherOf(text: string, start: number, end: number): WordForms {
  let w = OTHERS.get(text, start, end);
  if (!w) {
    const surface = text.slice(start, end);
    const norm = normalize(surface);
    w = { surface, norm, prefixes: NO_PREFIXES, stem: norm, stemOffset: 0 };
    OTHERS.set(surface, w);
  }
  return w;
}

/** How many units of the surface form hold the first `n` units of its normalised form (marks are skipped). */
function surfaceLength(surface: string, n: number): number {
  let seen = 0;
  let i = 0;
  while (i < surface.length && seen < n) {
    if (!vanishes(surface.charCodeAt(i))) seen++;
    i++;
  }
  // marks and tatweel written on the last proclitic stay with it
  while (i < surface.length && vanishes(surface.charCodeAt(i))) i++;
  return i;
}
