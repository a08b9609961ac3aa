/**
 * The loaded words of one article in its own voice: lexicon entries (see lexicon.ts) in text that is neither
 * reported speech nor between quotation marks, and scare quotes (a single term put between marks by the writer,
 * not by a speaker). Words inside a name (a party called المقاومة الإسلامية…) are the name, not the writer's
 * judgement, and do not count.
 */
import type { Doc, Span, Token } from '../../model/document.js';
import type { EntityMention } from '../../stages/entities/mentions.js';
import { firstIndex } from '../../model/search.js';
import { normalize } from '../../language/normalize.js';
import { CUE_FORMS } from '../../language/reporting.js';
import { findLexicon, type MarkerCategory } from './lexicon.js';
import { inAny, mergeSpans, othersWords, quotationSpansOnce, reportedSpans, type QuotedSpan } from './voice.js';

export interface Marker extends Span {
  category: MarkerCategory;
  /** The lexicon entry (its first form), or the quoted term for scare quotes. */
  term: string;
  /** The written words the entry matched (without what a scare term extends over). */
  matched: string;
  weight: number;
}

export interface DocFraming {
  markers: Marker[];
  /** Words of the article in its own voice: what the tone is normalised by. */
  ownWords: number;
}

/** Weight of a term the writer puts in scare quotes. */
const SCARE_QUOTE_WEIGHT = -0.5;
/** Words a scare quote holds at most; longer quoted stretches are someone's words. */
const SCARE_QUOTE_WORDS = 3;
/**
 * An article with more short quoted terms than this quotes names and terms by house style (“الخارجية”،
 * “واشنطن”): there a short quote is a scare quote only when the term itself is loaded.
 */
const HOUSE_STYLE_QUOTES = 3;

/**
 * Verbs that attribute a judgement to someone (لما عدّته الفصائل مماطلة، ما وصفه بالعدوان): a loaded word right
 * after one is the judge's word, not the writer's, even where no quote was found.
 */
const JUDGEMENT_CUES: ReadonlySet<string> = new Set(
  `عده عدها عدته عدتها عدوه عدوها عدتاه عداه اعتبره اعتبرها اعتبرته اعتبرتها اعتبروه اعتبروها اعتبرتاه وصفه وصفها
  وصفته وصفتها وصفوه وصفوها وصفتاه سماه سمته سموه اسماه يعده تعده يعدونه يعتبره تعتبره يعتبرها تعتبرها يعتبرونه
  يصفه تصفه يصفها تصفها يصفونه يسميه تسميه يسمونه يراه تراه يرونه`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);
/** Words back from a loaded word within which a judgement cue makes it someone else's. */
const JUDGEMENT_REACH = 4;
/** Words back within which a reporting verb (أشار إلى، أعرب عن) the quote stage left without a quote governs it. */
const REPORTING_REACH = 6;

/** A word as written and without a joined conjunction (وصفه is a verb, ووصفه the same verb after و). */
const readings = (norm: string) => (/^[وف]../.test(norm) ? [norm, norm.slice(1)] : [norm]);

/** Whether a loaded word at `from` of a run is attributed to someone by the words just before it. */
function attributed(run: readonly Token[], from: number, category: MarkerCategory): boolean {
  if (category === 'sceptical-attribution') return false;
  for (let k = from - 1; k >= 0 && from - k <= REPORTING_REACH; k--) {
    for (const w of readings(run[k]!.norm)) {
      if (from - k <= JUDGEMENT_REACH && JUDGEMENT_CUES.has(w)) return true;
      if (category === 'scare-term') continue;
      const cue = CUE_FORMS.get(w);
      if (cue && cue.kind === 'verb' && !cue.strict) return true;
    }
  }
  return false;
}

const isWord = (t: Token) => t.kind === 'word' || t.kind === 'latin' || t.kind === 'number';

export function docFraming(doc: Doc): DocFraming {
  const quotations = quotationSpansOnce(doc);
  const others = othersWords(doc, quotations);
  const names = mergeSpans(
    ((doc.layers.entities as EntityMention[] | undefined) ?? []).filter((e) => e.type !== 'LOC').map((e) => ({ start: e.start, end: e.end })),
  );
  const markers: Marker[] = [];
  let ownWords = 0;
  // runs of own-voice words not broken by punctuation: an entry of several words never spans a comma or a quote
  let run: Token[] = [];
  const flush = () => {
    if (run.length) markers.push(...runMarkers(doc, run, names));
    run = [];
  };
  doc.tokens.forEach((t, k) => {
    if (!isWord(t) || others[k]) return flush();
    ownWords++;
    run.push(t);
  });
  flush();
  markers.push(...scareQuotes(doc, quotations, names, markers));
  markers.sort((a, b) => a.start - b.start);
  return { markers, ownWords };
}

function runMarkers(doc: Doc, run: readonly Token[], names: readonly Span[]): Marker[] {
  const out: Marker[] = [];
  for (const hit of findLexicon(run.map((t) => t.norm))) {
    const e = hit.entry;
    if (e.category === 'neutral' || e.weight === 0) continue;
    const first = run[hit.from]!;
    const last = run[hit.to - 1]!;
    if (run.slice(hit.from, hit.to).some((t) => inAny(names, t))) continue;
    if (attributed(run, hit.from, e.category)) continue;
    let end = last.end;
    if (e.category === 'scare-term') {
      // ما يسمى بـ… scorns the name that follows: the marker shows it (a definite noun and its adjective)
      const next = run[hit.to];
      if (next) {
        end = next.end;
        const adj = run[hit.to + 1];
        if (adj && /^(?:[وفبلك]?ال|لل)/.test(next.norm) && adj.norm.startsWith('ال')) end = adj.end;
      }
    }
    out.push({
      start: first.start,
      end,
      category: e.category,
      term: e.term,
      matched: doc.source.text.slice(first.start, last.end),
      weight: e.weight,
    });
  }
  return out;
}

/** Single terms the writer puts between quotation marks (not a speaker's words, not a name). */
function scareQuotes(doc: Doc, quotations: readonly QuotedSpan[], names: readonly Span[], found: readonly Marker[]): Marker[] {
  const reported = mergeSpans(reportedSpans(doc));
  const allNames = mergeSpans([
    ...names,
    ...((doc.layers.entities as EntityMention[] | undefined) ?? []).map((e) => ({ start: e.start, end: e.end })),
  ]);
  const short = quotations
    .map((q) => ({ q, words: doc.tokens.filter((t) => isWord(t) && t.start >= q.inner.start && t.end <= q.inner.end) }))
    .filter(({ words }) => words.length > 0 && words.length <= SCARE_QUOTE_WORDS);
  const houseStyle = short.length > HOUSE_STYLE_QUOTES;
  const out: Marker[] = [];
  for (const { q, words } of short) {
    if (inAny(reported, q)) continue;
    if (words.some((t) => t.kind !== 'word' || inAny(allNames, t) || overlapsAny(allNames, t))) continue;
    // a colon before the marks introduces someone's words (قال: «كفى»)
    const before = doc.source.text.slice(Math.max(0, q.start - 3), q.start).trim();
    if (before.endsWith(':')) continue;
    // ما يسمى «…» is already one marker
    if (found.some((m) => m.category === 'scare-term' && m.end <= q.start && q.start - m.end <= 3)) continue;
    // وهو ما اعتبرته الكويت «خرقاً صريحاً»، وصفها نواب بأنها «تفريط …»: the words of whoever so called it
    if (characterisedBefore(doc, q.start)) continue;
    const loaded = findLexicon(words.map((t) => t.norm)).filter((h) => h.entry.weight !== 0);
    if (houseStyle && !loaded.length) continue;
    const term = doc.source.text.slice(q.inner.start, q.inner.end);
    out.push({ start: q.start, end: q.end, category: 'scare-quotes', term, matched: term, weight: SCARE_QUOTE_WEIGHT });
  }
  return out;
}

/** Verbs of calling something so (normalised, a conjunction and the object pronoun allowed): اعتبرته، وصفها، نعتوه. */
const CHARACTERISING = /^[وف]?(?:اعتبر|وصف|نعت|يعتبر|تعتبر|يصف|تصف|ينعت|تنعت)/;
/** Words between such a verb and the quoted term at most (its subject: الكويت، نواب معارضون بأنها). */
const CHARACTERISED_REACH = 4;

/** Whether a verb of calling something so stands among the few words before `at`, in the same sentence. */
function characterisedBefore(doc: Doc, at: number): boolean {
  const tokens = doc.tokens;
  let k = firstIndex(tokens.length, (x) => tokens[x]!.start >= at) - 1;
  for (let words = 0; k >= 0 && words <= CHARACTERISED_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /[.!?؟]/.test(t.text)) return false;
    if (!isWord(t)) continue;
    words++;
    if (CHARACTERISING.test(t.norm) && t.norm.length >= 4) return true;
  }
  return false;
}

function overlapsAny(spans: readonly Span[], t: Span): boolean {
  return spans.some((s) => s.start < t.end && t.start < s.end);
}
