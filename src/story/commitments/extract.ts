/**
 * The undertakings one document reports: a commit, decide or agree cue, a scheduled or announced future act, or a
 * timetable, with the clause it governs (the mention), the party (the entity that undertook it, named after the
 * verb, before it, or the speaker of the quote it sits in) and whether it is hedged.
 */
import type { Doc, Token } from '../../model/document.js';
import type { QuoteLayerItem, ResolvedEntity } from '../../outputs/dossier.js';
import { normalize } from '../../language/normalize.js';
import { COMPLEMENTISERS } from '../../language/reporting.js';
import { gazetteer } from '../../knowledge/gazetteer/index.js';
import { firstIndex } from '../../model/search.js';
import { keysIn, placedEntitiesOnce, sentenceBoundsOnce, type PlacedEntity } from '../quantities/context.js';
import { CUE, formBits, stemCueBits } from './word-classes.js';

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
  /** Light keys of the undertaking's words (less the story's common words, once the analysis has taken them off). */
  keys: Set<string>;
  /** Every light key of its words, the story's common ones too: how near two reports' wordings are. */
  wording?: ReadonlySet<string>;
}

const PERSON_PREFIX = /^[يتنا]/;

/** Whether a form is a future volitional verb (by form, worked out once: it is asked of every word). */
function futureVolitional(norm: string): boolean {
  return formBits(norm).future;
}

const SCHEDULED = normalize('المقرر');
const OPENING_CUES = CUE.commit | CUE.decide | CUE.agree | CUE.futurePassive | CUE.timetableHead;

/**
 * Which cue starts at token i, and how many tokens it takes; `bits`: each token's cue bits. Asked only of a
 * token that {@link mayOpen} (the tests below all need what it tests).
 */
function cueAt(tokens: readonly Token[], bits: Uint16Array, i: number, to: number): { kind: CueKind; length: number } | null {
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  const b = bits[i]!;
  const bare = formBits(t.norm).bare;
  const next = tokens[i + 1];
  if (b & CUE.commit) return COMMIT;
  if (b & CUE.decide) return DECIDE;
  if (b & CUE.agree) {
    // an agreement commits to something only "على" it (اتفقا على، اتفق مع … على)
    for (let k = i + 1; k < Math.min(to, i + 9); k++) if (tokens[k]!.norm === 'علي') return AGREE;
    return null;
  }
  if (bare === 'من' && next && next.norm === SCHEDULED) return { kind: 'scheduled', length: 2 };
  if (b & CUE.futurePassive) return FUTURE_ONE;
  if (bare === 'سوف' && next && PERSON_PREFIX.test(next.norm) && futureVolitional('س' + next.norm)) {
    return { kind: 'future', length: 2 };
  }
  if (futureVolitional(t.norm)) return FUTURE_ONE;
  if (formBits(t.norm).pledge && next && next.kind === 'word' && next.norm.startsWith('ب') && !/^(?:بين|بعد|بشكل)$/.test(next.norm)) return FUTURE_ONE;
  if (b & CUE.timetableHead && next && bits[i + 1]! & CUE.timetableQualifier) return { kind: 'timetable', length: 2 };
  return null;
}
const COMMIT = { kind: 'commit', length: 1 } as const;
const DECIDE = { kind: 'decide', length: 1 } as const;
const AGREE = { kind: 'agree', length: 1 } as const;
const FUTURE_ONE = { kind: 'future', length: 1 } as const;

const STOP_PUNCT = '.;؛!?؟:';
const SOFT_PUNCT = '،,»”")';

/** Where the clause governed by a cue ends (token index, exclusive). */
function clauseEnd(tokens: readonly Token[], bits: Uint16Array, from: number, to: number): number {
  let k = from;
  while (k < to && k - from < 30) {
    const t = tokens[k]!;
    if ((t.kind === 'punct' || t.kind === 'symbol') && STOP_PUNCT.includes(t.text)) break;
    if ((t.kind === 'punct' || t.kind === 'symbol') && SOFT_PUNCT.includes(t.text) && k - from >= 5) break;
    if (t.kind === 'word' && k - from >= 3 && bits[k]! & CUE.clauseBreak) break;
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
    // the first entity starting inside the token (they are in order of start)
    const e = placed[firstIndex(placed.length, (x) => placed[x]!.start >= t.start)];
    if (!e || e.start >= t.end) break;
    if (!names.some((n) => n.id === e.id)) names.push(e);
    while (j < to && tokens[j]!.start < e.end) j++;
  }
  return { names, next: j };
}

const RELATIVES: ReadonlySet<string> = new Set(['التي', 'الذي', 'الذين']);
/** Punctuation that ends the clause a party may stand in before its cue. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['،', ',', '؛', ';', ':', '.']);
const clauseBreak = (t: Token) => t.kind === 'punct' && CLAUSE_BREAKS.has(t.text);
/** Tokens before a cue its clause (its party, its subject) is looked for in. */
const CLAUSE_REACH = 10;

export function commitmentMentions(doc: Doc, entities: readonly ResolvedEntity[]): CommitmentMention[] {
  const tokens = doc.tokens;
  const placed = placedEntitiesOnce(doc, entities);
  const quotes = (doc.layers.quotes as QuoteLayerItem[] | undefined) ?? [];
  const bounds = sentenceBoundsOnce(doc);
  const bits = new Uint16Array(tokens.length);
  const opens = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) mayOpen(tokens[k]!, k, bits, opens);
  const out: CommitmentMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // most words are no cue at all
    if (!opens[i]) continue;
    const from = bounds.from[i]!;
    const to = bounds.to[i]!;
    const cue = cueAt(tokens, bits, i, to);
    if (!cue) continue;
    const prev = tokens[i - 1];
    // لم تلتزم، عدم التزام: not a commitment; التي التزمت بها: its object came before
    if (i > from && (bits[i - 1]! & CUE.negation || RELATIVES.has(prev!.norm))) continue;
    if (cue.kind === 'commit' && tokens[i + 1] && bits[i + 1]! & CUE.negation) continue;
    let body = i + cue.length;
    let party: PlacedEntity[] = [];
    let partyText: string | null = null;
    // the party after the cue: قرر الجانبان، تعتزم الولايات المتحدة والعراق، التزام الولايات المتحدة
    const after = namedAt(tokens, body, to, placed);
    if (after.names.length) {
      party = after.names;
      body = after.next;
    } else if (body < to && bits[body]! & CUE.sides) {
      partyText = tokens[body]!.text;
      body++;
    }
    if (cue.kind === 'scheduled' && body < to && tokens[body]!.norm === 'ان') {
      body++;
      // من المقرر أن تبدأ الولايات المتحدة والعراق …: the party follows the verb
      const subject = party.length ? null : namedAt(tokens, body + 1, to, placed);
      if (subject?.names.length) party = subject.names;
    }
    // the words undertaken start at a word: …، اليوم الاثنين، على استئناف … loses its comma
    while (body < to && tokens[body]!.kind === 'punct') body++;
    const end = clauseEnd(tokens, bits, body, to);
    if (end - body < 2) continue;
    let start = tokens[i]!.start;
    // or the two sides right before it (أن الجانبين أكدا التزامهما), or earlier in its sentence when the cue is a
    // dual verb that refers back to them (أن الجانبين أكدا …، واتفقا على …)
    if (!party.length && !partyText) {
      const dual = /^و?[^\s]{3,}ا$/.test(tokens[i]!.norm) && cue.length === 1;
      for (let k = i - 1; k >= (dual ? from : Math.max(from, i - 3)) && (dual || tokens[k]!.kind !== 'punct'); k--) {
        if (bits[k]! & CUE.sides) {
          partyText = tokens[k]!.text;
          break;
        }
      }
    }
    // or, after بلاده in a minister's words, the minister's country, as another outlet names it (قال وزير الخارجية
    // الكويتي إن بلاده ستساهم …)
    if (!party.length && !partyText && i > from && OWN_COUNTRY.has(tokens[i - 1]!.norm)) {
      const q = quotes.find((x) => x.start <= tokens[i]!.start && tokens[i]!.end <= x.end);
      const country = q ? countryOfRole(q['speakerRole'], entities) : null;
      if (country && typeof country !== 'string') party = [country];
      else if (country) partyText = country;
    }
    // or before it, in its clause: العراق يجدد التزامه (skipping places after a preposition: في واشنطن); a name
    // behind a comma belongs to another clause (… بقرار مجلس الأمن، واتفقا على …)
    if (!party.length && !partyText) {
      let lo = i;
      while (lo - 1 >= Math.max(from, i - CLAUSE_REACH) && !clauseBreak(tokens[lo - 1]!)) lo--;
      const before = lo < i ? placed.filter((p) => p.end <= tokens[i]!.start && p.start >= tokens[lo]!.start) : [];
      for (let b = before.length - 1; b >= 0; b--) {
        const e = before[b]!;
        const at = tokenAfter(tokens, e.start);
        const pre = tokens[at - 1];
        const prep = tokens[at] && tokens[at]!.prefixes.length && tokens[at]!.start < e.start;
        if ((pre && at - 1 >= from && bits[at - 1]! & CUE.locative) || prep) continue;
        party = [e];
        // بغداد وواشنطن اتفقتا: the names joined by و before it are the party too
        const first = before[b - 1];
        if (first && tokens[at]!.norm.startsWith('و') && tokenAfter(tokens, first.start) === at - 1) party = [first, e];
        if (i - at <= 4) start = tokens[at - (party.length - 1)]!.start;
        break;
      }
    }
    // or a plural the verb takes as its subject, named by what they are (تعهد المشاركون …، المانحون يتعهدون …)
    if (!party.length && !partyText) {
      const subject = pluralSubject(tokens, i + cue.length, to) ?? (i - 1 >= from ? pluralSubject(tokens, i - 1, i) : null);
      if (subject) partyText = subject;
    }
    // or the speaker of the quote it lies in; not the source a report is attributed to (وفق وكالة …، بحسب …),
    // which tells of the undertaking and undertakes nothing
    if (!party.length && !partyText) {
      const q = quotes.find((x) => x.start <= tokens[i]!.start && tokens[i]!.end <= x.end && x['form'] !== 'attribution');
      if (q?.speaker.text) {
        partyText = q.speaker.text;
        const e = q.speaker.start !== undefined ? placed.find((p) => p.start < q.speaker.end! && q.speaker.start! < p.end) : undefined;
        if (e) party = [e];
      }
    }
    let hedged = false;
    for (let k = Math.max(from, i - 4); k < end && !hedged; k++) hedged = (bits[k]! & CUE.hedge) !== 0;
    // a passive whose object stands before it (نحو 1200 أسير سيُفرج عنهم): the words undertaken begin with it
    // and so does a future act's subject that is no party (أن الجولة المقبلة ستعقد بعد عيد الفطر): without it the
    // words would read «بعد عيد الفطر»
    let from0 = body;
    const resumptive = RESUMPTIVE.test(tokens[body]!.norm);
    if (resumptive || cue.kind === 'future') {
      let lo = i;
      while (lo - 1 >= Math.max(from, i - CLAUSE_REACH) && !clauseBreak(tokens[lo - 1]!) && !complementiser(tokens[lo - 1]!)) lo--;
      // (a definite noun: not a conjunction, a pronoun on أن or a masdar phrase the verb hangs on: حيث سيتم، وأنه ستتم)
      const subject =
        !resumptive && i - lo <= SUBJECT_WORDS && tokens[lo]!.kind === 'word' && /^و?ال/.test(tokens[lo]!.norm) && !placed.some((p) => p.start >= tokens[lo]!.start && p.end <= tokens[i]!.start);
      if (lo < i && (resumptive || subject)) {
        from0 = lo;
        start = Math.min(start, tokens[from0]!.start);
      }
    }
    // …and end at a word: the clause's closing comma is no part of them
    let last = end;
    while (last - 1 > body && tokens[last - 1]!.kind === 'punct') last--;
    const textStart = tokens[from0]!.start;
    const textEnd = tokens[last - 1]!.end;
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
      keys: keysIn(doc, body, end),
    });
    i = end - 1;
  }
  return out;
}

/** A preposition carrying the pronoun of a noun before the verb (سيُفرج عنهم، سيُصرف لها). */
const RESUMPTIVE = /^(?:عن|ل|علي|ب|من|في)(?:ه|ها|هم|هما|هن)$/;
/** Words a future act's subject before its verb may have (الجولة المقبلة، المرحلة الأولى من الانسحاب). */
const SUBJECT_WORDS = 4;
/** A complementiser that opens the clause of a reported undertaking (أن نحو 1200 أسير سيُفرج عنهم، وأنه). */
const complementiser = (t: Token) => COMPLEMENTISERS.has(t.norm) || (t.norm.startsWith('و') && COMPLEMENTISERS.has(t.norm.slice(1)));

/** "His country", "her government": the speaker's own state as the party (قال الوزير إن بلاده ستساهم). */
const OWN_COUNTRY: ReadonlySet<string> = new Set(['بلاده', 'بلادها', 'بلادنا', 'حكومته', 'حكومتها', 'حكومتنا'].map(normalize));

/**
 * The country a role names by its nisba (وزير الخارجية الكويتي → الكويت): the run's entity of it, or its name
 * when no article of the run names it.
 */
function countryOfRole(role: unknown, entities: readonly ResolvedEntity[]): PlacedEntity | string | null {
  if (typeof role !== 'string') return null;
  const gaz = gazetteer();
  for (const w of normalize(role).split(/\s+/)) {
    const id = gaz.nisba.get(w);
    const entry = id ? gaz.entries.get(id) : undefined;
    if (!entry || entry.type !== 'LOC') continue;
    const e = entities.find((x) => x.type === 'LOC' && x.name === entry.name);
    return e ? { start: -1, end: -1, type: 'LOC', id: e.id, name: e.name } : entry.name;
  }
  return null;
}

/**
 * A definite plural in ون at token k (and a definite adjective of it: المانحون الدوليون), as written, when the
 * phrase ends before `to`: the people a verb beside it has as its subject when no entity names them.
 */
function pluralSubject(tokens: readonly Token[], k: number, to: number): string | null {
  const t = tokens[k];
  if (!t || k >= to || t.kind !== 'word' || !/^و?ال\p{L}{3,}ون$/u.test(t.norm)) return null;
  const next = tokens[k + 1];
  const adjective = next && k + 1 < to && next.kind === 'word' && /^ال\p{L}{2,}(?:يون|ون)$/u.test(next.norm);
  return adjective ? `${t.text.replace(/^و(?=ال)/, '')} ${next.text}` : t.text.replace(/^و(?=ال)/, '');
}

/**
 * Token k's cue bits (its form's, its bare form's and its stem's), and whether a cue may start at it: it is in
 * one of the opening lists, or its form is من, سوف or a future volitional verb. One look-up of the form serves
 * both, rather than one per test.
 */
function mayOpen(t: Token, k: number, bits: Uint16Array, opens: Uint8Array): void {
  const f = formBits(t.norm);
  const b = f.cue | stemCueBits(t.stem);
  bits[k] = b;
  opens[k] = t.kind === 'word' && (b & OPENING_CUES || f.opens) ? 1 : 0;
}

/** Index of the first token ending after `offset` (tokens are in order), -1 when none, as a scan would give. */
function tokenAfter(tokens: readonly Token[], offset: number): number {
  const k = firstIndex(tokens.length, (x) => tokens[x]!.end > offset);
  return k < tokens.length ? k : -1;
}
