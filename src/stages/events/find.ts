/**
 * Event mentions of one document: triggers of the lexicon found clause by clause, each with its clause, the
 * entities of the clause as actors (a place after في/إلى as the location), the date the clause gives, and the
 * modes (negated, planned, hypothetical) the words around the trigger put it in.
 */
import type { Doc, Token } from '../../model/document.js';
import { firstTokenFrom } from '../../model/search.js';
import type { EntityMention } from '../entities/mentions.js';
import type { TimeExpr } from '../time/types.js';
import { termOf } from '../../language/terms.js';
import { normalize } from '../../language/normalize.js';
import { WEEKDAYS } from '../../language/months.js';
import { clauseRanges } from './clauses.js';
import { FUTURE_WORDS, HYPOTHETICAL_WORDS, MODE_WORDS, NEGATION, lookupTrigger, strippedForms, type TriggerHit } from './lexicon.js';
import type { DateRelation, EventMentionItem, EventModeFlag, EventParticipant, MentionDate } from './types.js';

/** Words after the trigger searched for a `with` companion, and before it for a `before` one. */
const WITH_WINDOW = 4;
const BEFORE_WINDOW = 2;
/** Words either side of a trigger in which a `notNear` word vetoes it (الزلزال الذي ضرب، ضربها الزلزال). */
const NOT_NEAR_WINDOW = 3;
/** Words after a trigger at which a `notAfter` phrase may begin. */
const NOT_AFTER_WINDOW = 5;
const LOCATION_PREPOSITIONS = new Set(['في', 'الي', 'داخل', 'قرب', 'نحو', 'من'].map(normalize));
/** Words naming a kind of place, between a preposition and the place's name; normalised, without ال. */
const PLACE_NOUNS = new Set(['مدينة', 'عاصمة', 'العاصمة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'منطقة', 'إقليم', 'مخيم', 'ميناء', 'قاعدة', 'مطار'].map((w) => normalize(w).replace(/^ال/, '')));

interface Trigger {
  index: number;
  hit: TriggerHit;
}

export function findEventMentions(doc: Readonly<Doc>): EventMentionItem[] {
  const tokens = doc.tokens;
  const times = ((doc.layers.times as TimeExpr[] | undefined) ?? []).filter((t) => t.kind !== 'duration' && t.kind !== 'set');
  const entities = (doc.layers.entities as EntityMention[] | undefined) ?? [];
  const titleBlocks = doc.blocks.filter((b) => b.role === 'title');
  const out: EventMentionItem[] = [];
  let ti = 0;
  for (const sentence of doc.sentences) {
    while (ti < tokens.length && tokens[ti]!.bodyEnd <= sentence.bodyStart) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.bodyStart < sentence.bodyEnd) tj++;
    const title = titleBlocks.some((b) => b.start <= sentence.bodyStart && sentence.bodyStart < b.end);
    for (const [a, b] of clauseRanges(tokens, ti, tj)) out.push(...clauseMentions(doc, tokens, a, b, times, entities, title));
    ti = tj;
  }
  return out;
}

/**
 * The clause's content terms cut to five letters, each once, in text order: `contentTerms` of the clause's text,
 * read from its tokens (the segment stage tokenised that very text; a clause begins and ends on a token).
 */
function clauseWords(tokens: readonly Token[], a: number, b: number): string[] {
  const out = new Set<string>();
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'latin') continue;
    const term = termOf(t.text);
    if (term !== null) out.add(term.slice(0, 5));
  }
  return [...out];
}

function clauseMentions(
  doc: Readonly<Doc>,
  tokens: readonly Token[],
  a: number,
  b: number,
  times: readonly TimeExpr[],
  entities: readonly EntityMention[],
  title: boolean,
): EventMentionItem[] {
  const bodyStart = tokens[a]!.bodyStart;
  const bodyEnd = tokens[b - 1]!.bodyEnd;
  // the clause's times, found once the clause has a trigger (most clauses have none)
  let found: TimeExpr[] | null = null;
  const clauseTimes = () => (found ??= times.filter((t) => t.bodyStart < bodyEnd && bodyStart < t.bodyEnd));
  const triggers: Trigger[] = [];
  for (let i = a; i < b; i++) {
    const tk = tokens[i]!;
    if (tk.kind !== 'word') continue;
    const hit = firstSatisfied(tokens, i, a, b, lookupTrigger(tk.norm));
    // a word of a time expression is no act: فجر الأربعاء is dawn, not فجّر (blew up)
    if (!hit || clauseTimes().some((x) => x.bodyStart <= tk.bodyStart && tk.bodyEnd <= x.bodyEnd)) continue;
    triggers.push({ index: i, hit });
  }
  if (!triggers.length) return [];
  // one mention per type and mode in a clause (جولة جديدة من الحوار is one happening); a light trigger joins the
  // clause's typed trigger, or stands alone as a bare announcement
  const typed = triggers.filter((t) => !t.hit.entry.light);
  const heads: Trigger[] = [];
  let last: Trigger | null = null;
  for (const t of typed.length ? typed : triggers.slice(0, 1)) {
    // triggers of one type a few words apart are one happening (عقدت جولتان، جولة جديدة من الحوار); the
    // word that needs no companion (the noun after a support verb) says the mode
    const near = last && last.hit.entry.type === t.hit.entry.type && wordsBetween(tokens, last.index, t.index) <= WITH_WINDOW;
    if (near && last) {
      if (last.hit.entry.with && !t.hit.entry.with) heads[heads.length - 1] = { index: last.index, hit: { ...last.hit, entry: { ...last.hit.entry, mode: t.hit.entry.mode } } };
    } else heads.push(t);
    last = t;
  }
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const owned = new Map<Trigger, TimeExpr[]>();
  for (const t of clauseTimes()) {
    const best = ownerOf(tokens, heads, t);
    if (best) owned.set(best, [...(owned.get(best) ?? []), t]);
  }
  const { actors, location } = participants(tokens, entities, bodyStart, bodyEnd);
  const words = clauseWords(tokens, a, b);
  return heads.map((h) => {
    const tk = tokens[h.index]!;
    const modes = modesOf(tokens, a, b, h);
    // a trigger with no time of its own shares the time of a trigger of its type in the clause (اجتمع … يوم
    // الخميس … واستكملا بحث: one meeting)
    const kin = heads.filter((o) => o !== h && o.hit.entry.type === h.hit.entry.type).flatMap((o) => owned.get(o) ?? []);
    const mine = (owned.get(h) ?? kin)
      .filter((t) => !(modes.includes('future') && datesTheSaying(tokens, t, h.index)))
      .slice().sort((x, y) => Math.abs(x.bodyStart - tk.bodyStart) - Math.abs(y.bodyStart - tk.bodyStart));
    return {
      start,
      end,
      bodyStart,
      bodyEnd,
      text: doc.source.text.slice(start, end),
      type: h.hit.entry.type,
      mode: refineMode(tokens, a, b, h),
      trigger: { start: tk.start, end: tk.end, text: doc.source.text.slice(tk.start, tk.end), pos: h.hit.pos },
      actors,
      location,
      date: dateOf(doc, mine[0] ?? null, h, modes, title),
      modes,
      words,
      title,
      light: h.hit.entry.light,
    };
  });
}

const COMPLEMENTIZERS = new Set(['ان', 'بان', 'وان'].map(normalize));

/**
 * A time before "أن/إن" and a planned act after it dates the saying, not the act: "أعلنت الوزارة أمس أن الوزير
 * سيزور بغداد" tells of a visit to come, not of one yesterday.
 */
function datesTheSaying(tokens: readonly Token[], t: TimeExpr, trigger: number): boolean {
  const tk = tokens[trigger]!;
  if (t.bodyEnd > tk.bodyStart) return false;
  for (let k = trigger - 1; k >= 0 && tokens[k]!.bodyStart >= t.bodyEnd; k--) if (tokens[k]!.kind === 'word' && COMPLEMENTIZERS.has(tokens[k]!.norm)) return true;
  return false;
}

/** Words a time expression may stand after the trigger it dates. */
const TIME_AFTER_WINDOW = 12;

/**
 * The trigger a time expression dates. Arabic puts the time after what it dates (اجتمع … أمس، اتفاقية … لعام
 * 2008، وحوار … في الصيف الماضي), so the nearest trigger before the time owns it; only a time put before every
 * trigger of the clause (a fronted "وفي ديسمبر 2023، أكد …"), or one far from any trigger before it, goes to the
 * trigger after it.
 */
function ownerOf(tokens: readonly Token[], heads: readonly Trigger[], t: TimeExpr): Trigger | null {
  let before: Trigger | null = null;
  let after: Trigger | null = null;
  for (const h of heads) {
    const tk = tokens[h.index]!;
    if (tk.bodyStart < t.bodyStart) {
      if (!before || tokens[before.index]!.bodyStart < tk.bodyStart) before = h;
    } else if (!after) after = h;
  }
  if (before) {
    const gap = wordsBetweenOffsets(tokens, tokens[before.index]!.bodyEnd, t.bodyStart);
    // a time set off by commas (بحث الوزير مع نظيره … في البنتاغون، مساء الاثنين، الجدول …) dates the verb the
    // participants of which it closes, however long their names
    const reach = betweenCommas(tokens, t) ? TIME_SET_OFF_WINDOW : TIME_AFTER_WINDOW;
    if (gap <= reach || !after) return before;
  }
  return after;
}

/** Words a time set off by commas may stand after the trigger it dates. */
const TIME_SET_OFF_WINDOW = 24;

/** Whether the time expression stands between two commas: an adverbial of its own, not the next phrase's. */
function betweenCommas(tokens: readonly Token[], t: TimeExpr): boolean {
  const k = firstTokenFrom(tokens, t.bodyStart);
  let e = k;
  while (e < tokens.length && tokens[e]!.bodyStart < t.bodyEnd) e++;
  const comma = (x: Token | undefined) => !!x && x.kind === 'punct' && (x.text === '،' || x.text === ',');
  return comma(tokens[k - 1]) && comma(tokens[e]);
}

/** Words lying within body offsets `[from, to)`; tokens are in text order, so the search stops at `to`. */
function wordsBetweenOffsets(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = firstTokenFrom(tokens, from); k < tokens.length && tokens[k]!.bodyStart < to; k++) {
    const tk = tokens[k]!;
    if (tk.kind === 'word' && tk.bodyEnd <= to) n++;
  }
  return n;
}

function wordsBetween(tokens: readonly Token[], i: number, j: number): number {
  let n = 0;
  for (let k = i + 1; k < j; k++) if (tokens[k]!.kind === 'word') n++;
  return n;
}

/** The first of a word's trigger readings whose companions are there; most words have none to try. */
function firstSatisfied(tokens: readonly Token[], i: number, a: number, b: number, hits: readonly TriggerHit[]): TriggerHit | undefined {
  for (let h = 0; h < hits.length; h++) if (satisfied(tokens, i, a, b, hits[h]!)) return hits[h];
  return undefined;
}

/** Whether the companions a trigger needs (شن needs هجوم، وقع needs اتفاق) stand beside it in its clause. */
function satisfied(tokens: readonly Token[], i: number, a: number, b: number, h: TriggerHit): boolean {
  // counted in words, over punctuation and quotation marks (تسلمت “وزارة الخارجية” العراقية، رسالة)
  const near = (step: 1 | -1, limit: number, want: string[]) => {
    for (let k = i + step, words = 0; k >= a && k < b && words < limit; k += step) {
      if (tokens[k]!.kind !== 'word' && tokens[k]!.kind !== 'latin') continue;
      words++;
      if (strippedForms(tokens[k]!.norm).some((f) => want.some((w) => f.startsWith(w)))) return true;
    }
    return false;
  };
  if (h.entry.with && !near(1, WITH_WINDOW, h.entry.with)) return false;
  if (h.entry.before && !near(-1, BEFORE_WINDOW, h.entry.before)) return false;
  if (h.entry.without && h.entry.without.some((phrase) => followedBy(tokens, i, b, phrase))) return false;
  if (h.entry.notNear && (near(1, NOT_NEAR_WINDOW, h.entry.notNear) || near(-1, NOT_NEAR_WINDOW, h.entry.notNear))) return false;
  if (h.entry.notAfter) {
    // the phrase may begin at any of the next words (حذرت منظمة الصحة العالمية من انتشار …)
    for (let k = i, words = 0; k < b && words < NOT_AFTER_WINDOW; k++) {
      if (k > i && tokens[k]!.kind !== 'word') continue;
      if (h.entry.notAfter.some((phrase) => followedBy(tokens, k, b, phrase))) return false;
      if (k > i) words++;
    }
  }
  return true;
}

/** Whether the words right after token `i` (in its clause, before `b`) begin with the phrase's stem prefixes. */
function followedBy(tokens: readonly Token[], i: number, b: number, phrase: readonly string[]): boolean {
  let k = i + 1;
  for (const part of phrase) {
    while (k < b && tokens[k]!.kind !== 'word') k++;
    if (k >= b || !strippedForms(tokens[k]!.norm).some((f) => f.startsWith(part))) return false;
    k++;
  }
  return true;
}

/** An attack's manner from its clause: drones, air strikes, missiles, shelling. */
function refineMode(tokens: readonly Token[], a: number, b: number, t: Trigger): string | null {
  if (t.hit.entry.type !== 'ASSAULT' || t.hit.entry.mode === 'seize') return t.hit.entry.mode;
  for (const [mode, ws] of MODE_WORDS) {
    for (let k = a; k < b; k++) if (anyIn(strippedForms(tokens[k]!.norm), ws)) return mode;
  }
  return t.hit.entry.mode;
}

function anyIn(forms: readonly string[], set: ReadonlySet<string>): boolean {
  for (let f = 0; f < forms.length; f++) if (set.has(forms[f]!)) return true;
  return false;
}

function modesOf(tokens: readonly Token[], a: number, b: number, t: Trigger): EventModeFlag[] {
  const modes = new Set<EventModeFlag>();
  if (t.hit.future) modes.add('future');
  const bare = (k: number) => {
    const n = tokens[k]!.norm;
    return (n[0] === 'و' || n[0] === 'ف') && n.length > 2 && !FUTURE_WORDS.has(n) ? n.slice(1) : n;
  };
  for (let k = t.index - 1, words = 0; k >= a; k--) {
    if (tokens[k]!.kind !== 'word') continue;
    words++;
    const w = bare(k);
    const n = tokens[k]!.norm;
    if (words <= 3 && NEGATION.before.has(w)) modes.add('negated');
    if (words === 1 && NEGATION.adjacent.has(n)) modes.add('negated');
    if (NEGATION.clause.has(w)) modes.add('negated');
    if (words <= 6 && (FUTURE_WORDS.has(w) || FUTURE_WORDS.has(n) || futureVerb(w))) modes.add('future');
    if (HYPOTHETICAL_WORDS.has(w) || HYPOTHETICAL_WORDS.has(n)) modes.add('hypothetical');
    if (w === 'لن') modes.add('future');
  }
  for (let k = t.index + 1, words = 0; k < b && words < 3; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    words++;
    if (NEGATION.after.has(bare(k))) modes.add('negated');
  }
  return [...modes].sort();
}

/** A verb with the future prefix سـ before the trigger (ستبدأ المحادثات، سيعقد اجتماع). */
function futureVerb(w: string): boolean {
  return /^س[يتن]/.test(w) && lookupTrigger(w).some((h) => h.future);
}

function participants(tokens: readonly Token[], entities: readonly EntityMention[], bodyStart: number, bodyEnd: number) {
  const actors: EventParticipant[] = [];
  let location: EventParticipant | null = null;
  for (const e of entities) {
    if (e.bodyStart < bodyStart || e.bodyEnd > bodyEnd) continue;
    const p: EventParticipant = { start: e.start, end: e.end, text: e.text, key: e.key, type: e.type };
    if (e.type === 'LOC' && !location && afterPlacePreposition(tokens, e)) location = p;
    else if (!actors.some((x) => x.key === p.key)) actors.push(p);
  }
  return { actors, location };
}

/** A place named after في، إلى، بـ (في واشنطن، إلى بغداد، بالعاصمة). */
function afterPlacePreposition(tokens: readonly Token[], e: EntityMention): boolean {
  // the token holding the entity's start: tokens are in text order and do not overlap, so it is the last one
  // starting at or before it, when that one reaches past it
  const i = firstTokenFrom(tokens, e.bodyStart + 1) - 1;
  if (i < 0 || !(e.bodyStart < tokens[i]!.bodyEnd)) return false;
  const t = tokens[i]!;
  const attached = normalize(t.text.slice(0, e.bodyStart - t.bodyStart));
  if (/[بل]/.test(attached)) return true;
  // over a word that says what kind of place it is (في مدينة سوسة، بالعاصمة التونسية)
  for (let k = i - 1, words = 0; k >= 0 && words < 3; k--) {
    if (tokens[k]!.kind !== 'word') continue;
    words++;
    const n = tokens[k]!.norm;
    if (LOCATION_PREPOSITIONS.has(n)) return true;
    const bare = n.replace(/^[وف]/, '');
    const noun = bare.replace(/^(?:بال|في|ب|ال)/, '');
    if (!PLACE_NOUNS.has(noun)) return false;
    if (/^(?:ب|في)/.test(bare)) return true;
  }
  return false;
}

function dateOf(doc: Readonly<Doc>, time: TimeExpr | null, t: Trigger, modes: EventModeFlag[], title: boolean): MentionDate {
  if (time) {
    return {
      value: time.value,
      span: { start: time.start, end: time.end, text: time.text },
      by: 'text',
      explicit: time.anchor === 'explicit',
      relation: time.anchor === 'explicit' ? null : relationOf(time.text),
    };
  }
  // no time word: a past verb (or the headline) reports the news of the article's day
  const news = !modes.length && (t.hit.pos === 'past' || title) && !pluperfect(doc.tokens, t.index);
  return {
    value: news ? (doc.published?.value ?? null) : null,
    span: null,
    by: news && doc.published ? 'published' : 'none',
    explicit: false,
    relation: news ? { kind: 'news' } : null,
  };
}

const KANA = new Set(['كان', 'كانت', 'كانوا', 'كانا', 'كنا'].map(normalize));
/** Words before a trigger searched for "كان … قد". */
const PLUPERFECT_WINDOW = 8;

/**
 * "وكان الوزيران قد اجتمعا …": كان … قد before a past verb tells what had happened before the news, so the
 * article's day does not date it.
 */
function pluperfect(tokens: readonly Token[], index: number): boolean {
  let qad = false;
  for (let k = index - 1, words = 0; k >= 0 && words < PLUPERFECT_WINDOW; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && ['.', '!', '?', ':'].includes(t.norm)) break;
    if (t.kind !== 'word') continue;
    words++;
    const w = t.norm[0] === 'و' || t.norm[0] === 'ف' ? t.norm.slice(1) : t.norm;
    if (t.norm === 'قد' || w === 'قد') qad = true;
    else if (qad && (KANA.has(t.norm) || KANA.has(w))) return true;
  }
  return false;
}

/**
 * What a relative time word says about the article's day: اليوم (0), أمس (−1), أول أمس (−2), غداً (+1), a weekday,
 * or a date of its own period (الجاري).
 */
export function relationOf(text: string): DateRelation | null {
  const words = normalize(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((w) => (/^[وف](ال|امس|يوم|غدا)/.test(w) ? w.slice(1) : w));
  const yesterday = words.some((w) => w === 'امس' || w === 'البارحه');
  if (yesterday && words.includes('اول')) return { kind: 'offset', days: -2 };
  if (yesterday) return { kind: 'offset', days: -1 };
  if (words.includes('غدا')) return { kind: 'offset', days: 1 };
  if (words.includes('اليوم')) return { kind: 'offset', days: 0 };
  const wd = weekdayIn(text);
  if (wd !== null) return { kind: 'weekday', weekday: wd };
  return words.some((w) => CURRENT_WORDS.has(w)) ? { kind: 'current' } : null;
}

/** Words that put a date in the article's own month, year or week: 27 أيلول الجاري، العام الحالي. */
const CURRENT_WORDS = new Set(['الجاري', 'الحالي'].map(normalize));

/** The weekday a time expression names (أمس الأربعاء → Wednesday), or null. */
export function weekdayIn(text: string): number | null {
  for (const w of normalize(text).split(/[^\p{L}]+/u)) {
    const wd = WEEKDAYS.get(w) ?? WEEKDAYS.get(w.replace(/^[وف]/, ''));
    if (wd !== undefined) return wd;
  }
  return null;
}
