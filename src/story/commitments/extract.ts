/**
 * The undertakings one document reports: a commit, decide or agree cue, a scheduled or announced future act, or a
 * timetable, with the clause it governs (the mention), the party (the entity that undertook it, named after the
 * verb, before it, or the speaker of the quote it sits in) and whether it is hedged.
 */
import type { Doc, Token } from '../../model/document.js';
import type { QuoteLayerItem, ResolvedEntity } from '../../outputs/dossier.js';
import { normalize } from '../../language/normalize.js';
import { keysOf, placedEntities, sentenceBounds, type PlacedEntity } from '../quantities/context.js';
import {
  AGREE_WORDS,
  CLAUSE_BREAKS,
  COMMIT_WORDS,
  DECIDE_WORDS,
  FUTURE_PASSIVE,
  HEDGES,
  LOCATIVE,
  NEGATIONS,
  SIDES,
  TIMETABLE_HEADS,
  TIMETABLE_QUALIFIERS,
  VOLITIONAL_STEMS,
} from './cues.js';

export type CueKind = 'commit' | 'decide' | 'agree' | 'scheduled' | 'future' | 'timetable';

export interface CommitmentMention {
  doc: Doc;
  kind: CueKind;
  cue: string;
  party: string | null;
  /** Entity ids of the party, where it is named. */
  partyIds: string[];
  text: string;
  /** Source span of the clause. */
  start: number;
  end: number;
  /** A condition or a "perhaps" hangs on it. */
  hedged: boolean;
  /** Light keys of the undertaking's words. */
  keys: Set<string>;
}

/** A word without a bare و/ف before it (the tokeniser keeps وتعتزم whole). */
function bare(t: Token): string {
  const n = t.norm;
  // ومن (المقرر)، ولم، ولن are short, but their و is a conjunction all the same
  return (n[0] === 'و' || n[0] === 'ف') && (n.length > 3 || SHORT_AFTER_CONJUNCTION.has(n.slice(1))) ? n.slice(1) : n;
}
const SHORT_AFTER_CONJUNCTION = new Set(['من', 'لم', 'لن', 'لا', 'ما']);
const forms = (t: Token) => [t.norm, bare(t), t.stem];
const has = (s: ReadonlySet<string>, t: Token | undefined) => !!t && forms(t).some((f) => s.has(f));

const PERSON_PREFIX = /^[يتنا]/;
function isFutureVolitional(t: Token): boolean {
  let w = bare(t);
  if (!w.startsWith('س') || w.length < 4) return false;
  w = w.slice(1);
  if (!PERSON_PREFIX.test(w)) return false;
  w = w.slice(1);
  return VOLITIONAL_STEMS.some((s) => w === s || (w.startsWith(s) && /^(ان|ون|وا|ن|ا)$/.test(w.slice(s.length))));
}

/** Which cue starts at token i, and how many tokens it takes. */
function cueAt(tokens: readonly Token[], i: number, to: number): { kind: CueKind; length: number } | null {
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  const next = tokens[i + 1];
  if (has(COMMIT_WORDS, t)) return { kind: 'commit', length: 1 };
  if (has(DECIDE_WORDS, t)) return { kind: 'decide', length: 1 };
  if (has(AGREE_WORDS, t)) {
    // an agreement commits to something only "على" it (اتفقا على، اتفق مع … على)
    for (let k = i + 1; k < Math.min(to, i + 9); k++) if (tokens[k]!.norm === 'علي') return { kind: 'agree', length: 1 };
    return null;
  }
  if (bare(t) === 'من' && next && next.norm === normalize('المقرر')) return { kind: 'scheduled', length: 2 };
  if (has(FUTURE_PASSIVE, t)) return { kind: 'future', length: 1 };
  if (bare(t) === 'سوف' && next && PERSON_PREFIX.test(next.norm) && isFutureVolitional({ ...next, norm: 'س' + next.norm })) {
    return { kind: 'future', length: 2 };
  }
  if (isFutureVolitional(t)) return { kind: 'future', length: 1 };
  if (has(TIMETABLE_HEADS, t) && next && has(TIMETABLE_QUALIFIERS, next)) return { kind: 'timetable', length: 2 };
  return null;
}

const STOP_PUNCT = '.;؛!?؟:';
const SOFT_PUNCT = '،,»”")';

/** Where the clause governed by a cue ends (token index, exclusive). */
function clauseEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && k - from < 30) {
    const t = tokens[k]!;
    if ((t.kind === 'punct' || t.kind === 'symbol') && STOP_PUNCT.includes(t.text)) break;
    if ((t.kind === 'punct' || t.kind === 'symbol') && SOFT_PUNCT.includes(t.text) && k - from >= 5) break;
    if (t.kind === 'word' && k - from >= 3 && has(CLAUSE_BREAKS, t)) break;
    k++;
  }
  return k;
}

/** Consecutive entities (joined by و) starting at token k: the party named right after a verb or noun cue. */
function namedAt(tokens: readonly Token[], k: number, to: number, placed: readonly PlacedEntity[]): { names: PlacedEntity[]; next: number } {
  const names: PlacedEntity[] = [];
  let j = k;
  while (j < to) {
    const t = tokens[j]!;
    const e = placed.find((p) => p.start >= t.start && p.start < t.end);
    if (!e) break;
    if (!names.some((n) => n.id === e.id)) names.push(e);
    while (j < to && tokens[j]!.start < e.end) j++;
  }
  return { names, next: j };
}

export function commitmentMentions(doc: Doc, entities: readonly ResolvedEntity[]): CommitmentMention[] {
  const tokens = doc.tokens;
  const placed = placedEntities(doc, entities);
  const quotes = (doc.layers.quotes as QuoteLayerItem[] | undefined) ?? [];
  const bounds = sentenceBounds(doc);
  const out: CommitmentMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { from, to } = bounds[i]!;
    const cue = cueAt(tokens, i, to);
    if (!cue) continue;
    const prev = tokens[i - 1];
    // لم تلتزم، عدم التزام: not a commitment; التي التزمت بها: its object came before
    if (i > from && (has(NEGATIONS, prev) || ['التي', 'الذي', 'الذين'].includes(prev!.norm))) continue;
    if (cue.kind === 'commit' && tokens[i + 1] && has(NEGATIONS, tokens[i + 1])) continue;
    let body = i + cue.length;
    let party: PlacedEntity[] = [];
    let partyText: string | null = null;
    // the party after the cue: قرر الجانبان، تعتزم الولايات المتحدة والعراق، التزام الولايات المتحدة
    const after = namedAt(tokens, body, to, placed);
    if (after.names.length) {
      party = after.names;
      body = after.next;
    } else if (body < to && has(SIDES, tokens[body])) {
      partyText = tokens[body]!.text;
      body++;
    }
    if (cue.kind === 'scheduled' && body < to && tokens[body]!.norm === 'ان') {
      body++;
      // من المقرر أن تبدأ الولايات المتحدة والعراق …: the party follows the verb
      const subject = party.length ? null : namedAt(tokens, body + 1, to, placed);
      if (subject?.names.length) party = subject.names;
    }
    const end = clauseEnd(tokens, body, to);
    if (end - body < 2) continue;
    let start = tokens[i]!.start;
    // or before it: العراق يجدد التزامه (skipping places after a preposition: في واشنطن)
    if (!party.length && !partyText) {
      const lo = Math.max(from, i - 10);
      const before = placed.filter((p) => p.end <= tokens[i]!.start && p.start >= tokens[lo]!.start);
      for (let b = before.length - 1; b >= 0; b--) {
        const e = before[b]!;
        const at = tokens.findIndex((t) => t.end > e.start);
        const pre = tokens[at - 1];
        const prep = tokens[at] && tokens[at]!.prefixes.length && tokens[at]!.start < e.start;
        if ((pre && at - 1 >= from && has(LOCATIVE, pre)) || prep) continue;
        party = [e];
        // بغداد وواشنطن اتفقتا: the names joined by و before it are the party too
        const first = before[b - 1];
        if (first && tokens[at]!.norm.startsWith('و') && tokens.findIndex((t) => t.end > first.start) === at - 1) party = [first, e];
        if (i - at <= 4) start = tokens[at - (party.length - 1)]!.start;
        break;
      }
    }
    // or the speaker of the quote it lies in
    if (!party.length && !partyText) {
      const q = quotes.find((x) => x.start <= tokens[i]!.start && tokens[i]!.end <= x.end);
      if (q?.speaker.text) {
        partyText = q.speaker.text;
        const e = q.speaker.start !== undefined ? placed.find((p) => p.start < q.speaker.end! && q.speaker.start! < p.end) : undefined;
        if (e) party = [e];
      }
    }
    const window = tokens.slice(Math.max(from, i - 4), end);
    const hedged = window.some((t) => has(HEDGES, t));
    const textStart = tokens[body]!.start;
    const textEnd = tokens[end - 1]!.end;
    out.push({
      doc,
      kind: cue.kind,
      cue: tokens.slice(i, i + cue.length).map((t) => t.text).join(' '),
      party: party.length ? party.map((p) => p.name).join(' و') : partyText,
      partyIds: party.map((p) => p.id),
      text: doc.source.text.slice(textStart, textEnd),
      start,
      end: textEnd,
      hedged,
      keys: keysOf(tokens.slice(body, end)),
    });
    i = end - 1;
  }
  return out;
}
