/**
 * Finding what was said: a reporting verb followed by its speaker and a complementiser, a colon or a quotation
 * (قال فلان إن …، وأضاف: «…»، مبيناً أن «…»); a quotation followed by its verb («…»، قال فلان); an attribution
 * (… بحسب مصادر، وفقاً لما ذكرته وكالة …); a paragraph that carries on a quotation. Speakers here are as the
 * sentence gives them; references back (وأضاف، المتحدث) are resolved over the whole document afterwards.
 */
import {
  ADDRESSEE_LEMMAS,
  ANONYMITY_VERBS,
  SOURCE_SPEECH_VERBS,
  NOT_CUE_AFTER,
  NOT_CUE_BEFORE,
  ANONYMOUS_HEADS,
  ATTRIBUTION_MARKERS,
  DOCUMENT_HEADS,
  ORG_HEADS,
  ROLE_HEADS,
  CLAIM_NOUNS,
  CLAUSE_OPENERS,
  COMPLEMENT_PREPOSITIONS,
  COMPLEMENTISERS,
  CUE_FORMS,
  BACK_POINTERS,
  CUE_NEEDS_COLON,
  DOCUMENT_LOCATIVE_LEMMAS,
  NOT_SPEECH_BEFORE_AN,
  RELAY_LEMMAS,
  RELAY_VERBS,
  STATE_VERBS,
  type CueForm,
} from '../../language/reporting.js';
import { normalize } from '../../language/normalize.js';
import { WEEKDAYS } from '../../language/months.js';
import { channelAt, classify, earlierFullName, parseSpeaker, place, type NP, type OutletMemory, type SpeakerParse } from './speaker.js';
import { attachedOpener, bodyText, enclosingQuote, SEGMENT_BREAK, SENTENCE_END, type Group, type View, type W } from './view.js';

export type How = 'cue' | 'participle' | 'attribution' | 'continuation' | 'after';

export interface Found {
  /** Token that anchors the record (the verb, the marker, the opening mark): orders records in the document. */
  anchor: number;
  cue: string | null;
  lemma: string | null;
  how: How;
  /** What was said, as tokens `[from, to)`. */
  from: number;
  to: number;
  direct: boolean;
  /** The speaker as the sentence names it; null when it leaves the speaker implicit. */
  speaker: SpeakerParse | null;
  /** Channels named with the verb even when the speaker is implicit (وأضاف لـ«…» أن). */
  channels: string[];
  /** A speaker handed on by a verb to its circumstantial form (اختتم المتحدث تصريحه قائلاً). */
  handedOn: boolean;
}

export interface Cue extends CueForm {
  surface: string;
  conj: string;
}

const QUOTE_MIN_WORDS = 3;
/** Tokens a clause about an anonymous source may take (طلب عدم الكشف عن هويته، تحدث شريطة عدم ذكر اسمه). */
const ANONYMITY_CLAUSE = 10;
const REGION_STOPS = new Set(['ما', 'وما', 'مما', 'بما', 'فيما', 'بينما', 'عندما', 'حين', 'لكن', 'ولكن', 'حتي']);

/** A reporting verb at token `k` in its context: not in `عدم ذكر اسمه`، `دون أن يذكر`. */
export function cueHere(view: View, k: number): Cue | null {
  const cue = cueAt(view.ws[k]);
  if (!cue) return null;
  const prev = view.ws[k - 1];
  const next = view.ws[k + 1];
  if (prev?.word && (NOT_CUE_BEFORE.has(prev.norm) || (prev.norm === 'ان' && NOT_CUE_BEFORE.has(view.ws[k - 2]?.norm ?? '')))) return null;
  if (next?.word && NOT_CUE_AFTER.has(next.norm)) return null;
  // يُذكر أن … opening a sentence is the writer's note of background (it is worth recalling that), nobody's words
  const w = view.ws[k]!;
  if (w.core === BACKGROUND && next?.word && next.norm === 'ان' && (!prev || !prev.word || prev.sent !== w.sent)) return null;
  return cue;
}

const BACKGROUND = normalize('يذكر');

export function cueAt(w: W | undefined): Cue | null {
  if (!w || w.t.kind !== 'word') return null;
  // the view's word info was read for this written word and normal form: its cue is the same
  const info = w.info;
  if (info && info.norm === w.norm) {
    if (info.cue === undefined) info.cue = cachedCue(w);
    return info.cue as Cue | null;
  }
  return cachedCue(w);
}

function cachedCue(w: W): Cue | null {
  // by written word, with the normal form it was read from: the finders ask of every word several times
  const hit = CUES.get(w.t.text);
  if (hit && hit.norm === w.norm) return hit.cue;
  const cue = readCue(w);
  if (CUES.size > 200_000) CUES.clear();
  CUES.set(w.t.text, { norm: w.norm, cue });
  return cue;
}

/** Cues by written word; callers read a cue and never change it. */
const CUES = new Map<string, { norm: string; cue: Cue | null }>();

function readCue(w: W): Cue | null {
  let f = CUE_FORMS.get(w.norm);
  let conj = '';
  if (!f && (w.norm[0] === 'و' || w.norm[0] === 'ف')) {
    f = CUE_FORMS.get(w.norm.slice(1));
    conj = w.norm[0]!;
  }
  // ليضيف، لتقول: a present verb after لـ of sequence
  if (!f && w.norm[0] === 'ل' && /^[يت]/.test(w.norm[1] ?? '')) {
    const g = CUE_FORMS.get(w.norm.slice(1));
    if (g && g.kind === 'verb') {
      f = g;
      conj = 'ل';
    }
  }
  if (!f) return null;
  if (f.lemma === 'بيّن' && f.kind === 'verb' && !conj) return null;
  const surface = conj ? w.t.text.replace(/^[وفل][\u064B-\u0652]*/, '') : w.t.text;
  return { ...f, surface, conj };
}

function isComplementiser(view: View, k: number): boolean {
  const w = view.ws[k]!;
  if (!w.word || !COMPLEMENTISERS.has(w.norm)) return false;
  const prev = view.ws[k - 1];
  if (prev && prev.word && NOT_SPEECH_BEFORE_AN.has(prev.norm)) return false;
  const next = view.ws[k + 1];
  // إن لم يكن: a condition, not a complementiser
  if (w.norm === 'ان' && next && next.word && (next.norm === 'لم' || next.norm === 'كان' || next.norm === 'كانت')) return false;
  return true;
}

function sentenceEnd(view: View, k: number): number {
  return view.sentences[view.ws[k]!.sent]!.last;
}

/** The last token a clause that starts at `k` may take: its sentence's end, or the end of the quotation it sits in. */
function limitOf(view: View, k: number): number {
  let last = sentenceEnd(view, k);
  const q = enclosingQuote(view, k);
  if (q) last = Math.min(last, q.close - 1);
  return last;
}

/** Second words of two-word clause openers after في: في حين، في وقت (… الجنوب، في حين أشار الوزير إلى أن …). */
const FI_OPENERS = new Set(['حين', 'وقت']);

/** How many words of a clause opener (فيما، لكن؛ في حين، في وقت) start at token `k`: 0, 1 or 2. */
function openerAt(view: View, k: number): number {
  const w = view.ws[k];
  if (!w?.word) return 0;
  if (CLAUSE_OPENERS.has(w.norm)) return 1;
  const next = view.ws[k + 1];
  return w.norm === 'في' && next?.word && FI_OPENERS.has(next.norm) ? 2 : 0;
}

/** How many words of a clause opener end just before token `k` (the words a quotation's content leaves out). */
function openerBefore(view: View, k: number): number {
  if (openerAt(view, k - 2) === 2) return 2;
  return openerAt(view, k - 1) === 1 ? 1 : 0;
}

function afterBreak(view: View, i: number): boolean {
  const p = view.ws[i];
  return !!p && !p.word && (SEGMENT_BREAK.has(p.mark) || view.closeAt.has(i));
}

/** Whether the token at `k` begins a new clause of speech (، مبيناً أن …، وشدد على أن …، فيما قال …، في حين أشار …). */
function opensSpeechClause(view: View, k: number, memory: OutletMemory): boolean {
  const ws = view.ws;
  const cue = cueAt(ws[k]);
  if (cue) {
    if (afterBreak(view, k - 1)) return true;
    // مشيراً إلى أن …، لافتاً أن …: a circumstantial verb of speech opens a clause even without a comma
    if (cue.kind === 'participle') {
      for (let j = k + 1; j <= k + 3 && j < ws.length; j++) if (isComplementiser(view, j) || ws[j]!.mark === ':') return true;
    }
    const opener = openerBefore(view, k);
    return opener > 0 && afterBreak(view, k - opener - 1);
  }
  if (ws[k]?.word && ATTRIBUTION_MARKERS.has(ws[k]!.norm) && afterBreak(view, k - 1)) return attributionAt(view, k, memory) !== null;
  // …، لكن المعارضة ترى أن …: a clause with a new speaker of its own and a verb of speech. A reference back
  // (…، لكن المصادر قالت إن …) is the same speaker going on, and its words stay one record.
  const opener = openerAt(view, k);
  if (opener > 0 && afterBreak(view, k - 1)) {
    for (let j = k + opener; j <= k + opener + 4 && j < ws.length && ws[j]!.word; j++) {
      const c = cueAt(ws[j]);
      if (!c || c.kind !== 'verb') continue;
      // …، لكنه أشار إلى أن …، بينما قال …: the opener is the new clause's, not the words before it
      if (j > k + opener) {
        const subject = classify(view, k + opener, j, memory);
        if (!subject || subject.anaphoric) return false;
      }
      for (let i = j + 1; i <= j + 4 && i < ws.length; i++) if (isComplementiser(view, i) || ws[i]!.mark === ':') return true;
      return false;
    }
  }
  return false;
}

/** Where reported content that starts at `from` ends: before the next clause of speech, an attribution, or the end. */
function clauseEnd(view: View, from: number, last: number, memory: OutletMemory): number {
  const ws = view.ws;
  let k = from;
  for (; k <= last; k++) {
    const g = view.openAt.get(k);
    if (g) {
      if (g.close > last) break;
      k = g.close;
      continue;
    }
    if (k > from && opensSpeechClause(view, k, memory)) break;
  }
  let to = Math.min(k, last + 1);
  // the new clause's opener (، فيما قال …، في حين أشار …) is not the earlier speaker's words
  if (k <= last) {
    const opener = openerBefore(view, k);
    if (opener > 0 && to - opener > from && afterBreak(view, to - opener - 1)) to -= opener;
  }
  while (to > from && !ws[to - 1]!.word && ws[to - 1]!.t.kind !== 'number' && !view.closeAt.has(to - 1)) to--;
  return to;
}

/** Whether a quotation closing at `close` ends its clause (what follows is punctuation, a new clause or nothing). */
function quoteEndsClause(view: View, close: number, last: number, memory: OutletMemory): boolean {
  let k = close + 1;
  if (k > last) return true;
  const w = view.ws[k]!;
  if (!w.word && w.t.kind !== 'number' && !view.openAt.has(k)) return true;
  return opensSpeechClause(view, k, memory);
}

/** What was said from token `start`: a quotation that makes up the clause, or the clause itself. */
function contentAt(view: View, start: number, last: number, memory: OutletMemory): { from: number; to: number; direct: boolean } | null {
  const ws = view.ws;
  let k = start;
  while (k <= last && !ws[k]!.word && ws[k]!.t.kind !== 'number' && !view.openAt.has(k)) k++;
  if (k > last) return null;
  const g = view.openAt.get(k);
  if (g && g.kind === 'quote' && g.close <= last + 1 && g.words > 0 && quoteEndsClause(view, g.close, last, memory)) {
    return { from: g.open + 1, to: g.close, direct: true };
  }
  const to = clauseEnd(view, k, last, memory);
  return to > k ? { from: k, to, direct: false } : null;
}

/** Finds every record a reporting verb opens in the document. */
export function findCueQuotes(view: View, memory: OutletMemory): Found[] {
  const ws = view.ws;
  const out: Found[] = [];
  const handoff = new Map<number, { from: number; to: number }>();
  for (let c = 0; c < ws.length; c++) {
    const cue = cueHere(view, c);
    if (!cue) continue;
    const encl = enclosingQuote(view, c);
    if (encl && encl.words <= 4) continue; // a word inside a quoted name
    const last = limitOf(view, c);
    const window = cue.kind === 'participle' ? 8 : cue.strict ? 16 : 24;
    let comp = -1;
    let colon = -1;
    let group: Group | null = null;
    let passTo = -1;
    let inner: { from: number; to: number; channels: string[] } | null = null;
    let j = c + 1;
    let slack = 0;
    for (; j <= last && j - c <= window + slack; j++) {
      const w = ws[j]!;
      // …عن مسؤول، طلب عدم الكشف عن هويته، قوله إن: a clause about the source, set off by commas, does not use up
      // the reach of the verb
      if (w.word && j > c + 1 && !ws[j - 1]!.word && SEGMENT_BREAK.has(ws[j - 1]!.mark) && (ANONYMITY_VERBS.has(w.core) || SOURCE_SPEECH_VERBS.has(w.core))) {
        let k = j;
        while (k <= last && k - j < ANONYMITY_CLAUSE && (ws[k]!.word || !SEGMENT_BREAK.has(ws[k]!.mark))) k++;
        slack += k - j + 1;
      }
      const g = view.openAt.get(j);
      if (g) {
        if (g.kind === 'quote' && g.words >= QUOTE_MIN_WORDS && !attachedOpener(view, j) && !compSoonAfter(view, g.close, last) && regionLooksLikeSpeaker(view, c + 1, j)) {
          group = g;
          break;
        }
        j = g.close;
        continue;
      }
      if (isComplementiser(view, j)) {
        // بأن after a long phrase belongs to another verb (… ووصفته بأنه …)
        if (w.norm.startsWith('بان') && countWords(view, c + 1, j) > 8) break;
        comp = j;
        break;
      }
      // وقال مسؤول لرويترز، بحسب ما نقلته قناة الحرة، إن …: an attribution inside the speaker's phrase names the
      // channel that carried the words on
      if (w.word && j > c + 1 && !inner && ATTRIBUTION_MARKERS.has(w.norm) && !ws[j - 1]!.word && SEGMENT_BREAK.has(ws[j - 1]!.mark)) {
        const a = attributionAt(view, j, memory);
        if (a && a.channelOnly) {
          inner = { from: j - 1, to: a.next, channels: a.speaker.channels };
          j = a.next - 1;
          continue;
        }
      }
      // a clause of the narrative between verb and complementiser: no speaker phrase goes on past it
      if (w.word && j > c + 1 && (REGION_STOPS.has(w.norm) || CLAUSE_OPENERS.has(w.norm))) break;
      if (!w.word && w.mark === ':') {
        colon = j;
        break;
      }
      const other = cueHere(view, j);
      if (other && j > c + 1) {
        if (other.kind === 'participle' && cue.kind === 'verb') passTo = j;
        break;
      }
      if (!w.word && SENTENCE_END.has(w.mark)) break;
    }
    if (passTo >= 0) {
      // اختتم المتحدث تصريحه لـ«…» قائلاً: a short phrase (speaker, object, channel) is handed on
      if (countWords(view, c + 1, passTo) <= 6) handoff.set(passTo, { from: c + 1, to: subjectEnd(view, c + 1, passTo) });
      // «…»، يقول فلان، مضيفاً أن …: the verb also attributes the quotation before it
      const before = quoteBefore(view, c, memory);
      if (before) out.push(before);
      continue;
    }
    // وزاد: «…»: a verb of another commoner sense speaks only before a colon
    if (CUE_NEEDS_COLON.has(cue.lemma) && colon < 0) continue;
    let regionTo = comp >= 0 ? comp : colon >= 0 ? colon : group ? group.open : -1;
    if (regionTo < 0) {
      const after = quoteBefore(view, c, memory);
      if (after) out.push(after);
      continue;
    }
    if (comp >= 0 && ws[comp - 1]?.word && COMPLEMENT_PREPOSITIONS.has(ws[comp - 1]!.core)) regionTo = comp - 1;
    // a circumstantial form takes what was said at once (مبيناً أن، لافتاً إلى أن، قائلاً:)
    const words = countWords(view, c + 1, regionTo);
    if (cue.kind === 'participle' && words > 4) continue;
    if (cue.strict && comp < 0 && colon < 0 && !group) continue;
    let content: { from: number; to: number; direct: boolean } | null;
    // قال: إن …: a colon before a complementiser opens reported speech, not the speaker's own words
    let reportedAfterColon = false;
    if (!group && comp < 0 && colon >= 0 && colon + 1 <= last && isComplementiser(view, colon + 1) && !view.openAt.has(colon + 2)) reportedAfterColon = true;
    if (group) content = { from: group.open + 1, to: group.close, direct: true };
    else content = contentAt(view, (comp >= 0 ? comp : reportedAfterColon ? colon + 1 : colon) + 1, last, memory);
    if (!content && colon >= 0) {
      // وأضاف: at the end of a paragraph, and the quotation in the next one
      const g = view.openAt.get(colon + 1);
      if (g && g.kind === 'quote' && ws[colon + 1]!.block === ws[colon]!.block + 1) content = { from: g.open + 1, to: g.close, direct: true };
    }
    if (!content) continue;
    if (colon >= 0 && !content.direct && !reportedAfterColon) content.direct = true;
    let speaker: SpeakerParse | null = null;
    let channels: string[] = [];
    let handedOn = false;
    if (DOCUMENT_LOCATIVE_LEMMAS.has(cue.lemma)) {
      // وجاء في البيان أن …: the document speaks; without one (جاء ذلك في وقت …) the verb reports nothing.
      // أصدرت الوزارة بياناً جاء فيه أن …: the sentence's subject speaks (found when speakers are resolved)
      const back = !!ws[c + 1]?.word && BACK_POINTERS.has(ws[c + 1]!.core) && regionTo === c + 2;
      const doc = !back && ws[c + 1]?.core === 'في' && regionTo > c + 2 ? parseSpeaker(view, c + 2, regionTo, memory) : null;
      if (!back && (!doc?.np || doc.np.kind !== 'document')) continue;
      if (doc) speaker = doc;
    }
    const passed = handoff.get(c);
    if (passed) {
      speaker = parseSpeaker(view, passed.from, passed.to, memory);
      handedOn = true;
    }
    if (cue.kind === 'verb' && !speaker && ADDRESSEE_LEMMAS.has(cue.lemma)) {
      // رئيس الوزراء أبلغ قادة الكتل بأن …: a subject before the verb speaks, the phrase after it is whom it told
      // (an outlet told is a channel)
      const subject = subjectBefore(view, c, memory);
      if (subject) {
        const told = parseSpeaker(view, c + 1, regionTo, memory).np;
        speaker = { np: subject, channels: told?.kind === 'outlet' && told.outlet ? [told.outlet] : [], relayed: null };
      }
    }
    if (cue.kind === 'verb' && !speaker) {
      const opts = { relay: RELAY_LEMMAS.has(cue.lemma), addressee: ADDRESSEE_LEMMAS.has(cue.lemma) };
      const parsed = parseSpeaker(view, c + 1, inner ? inner.from : regionTo, memory, opts);
      if (inner) parsed.channels = [...parsed.channels, ...inner.channels, ...parseSpeaker(view, inner.to, regionTo, memory).channels];
      channels = parsed.channels;
      // وكان رئيس الوزراء قد أكد الأسبوع الماضي أن …: the subject between كان and قد speaks
      const before = ws[c - 1]?.word && (ws[c - 1]!.norm === 'قد' || ws[c - 1]!.norm === 'لقد') ? subjectBefore(view, c, memory) : null;
      if (before) {
        parsed.np = before;
        parsed.relayed = null;
      }
      if (parsed.relayed) {
        // ذكرت وكالة رويترز، نقلاً عن مصادر، أن: the sources speak, the agency relays
        const relay = parsed.np ? [parsed.np.outlet ?? parsed.np.name?.text ?? parsed.np.phrase.text] : [];
        parsed.channels = [...relay, ...parsed.channels.filter((c) => !relay.includes(c))];
        speaker = { np: parsed.relayed, channels: parsed.channels, relayed: null };
      } else if (parsed.np) speaker = parsed;
      else if (words > 6) continue; // too much between verb and content for an implicit speaker
      else {
        const subject = subjectBefore(view, c, memory);
        if (subject) speaker = { np: subject, channels: parsed.channels, relayed: null };
      }
      if (RELAY_LEMMAS.has(cue.lemma) && !parsed.relayed) continue;
    } else if (!speaker) {
      channels = parseSpeaker(view, c + 1, regionTo, memory).channels;
    }
    if (speaker && channels.length === 0) channels = speaker.channels;
    if (channels.length === 0) channels = leadingChannels(view, c, memory);
    out.push({
      anchor: c,
      cue: cue.surface,
      lemma: cue.lemma,
      how: cue.kind === 'participle' ? 'participle' : 'cue',
      from: content.from,
      to: content.to,
      direct: content.direct,
      speaker,
      channels,
      handedOn,
    });
    // «…»، يضيف فلان، «…»: the verb between two quotations attributes both
    if (group) {
      const before = quoteBefore(view, c, memory);
      if (before && !out.some((o) => o.from === before.from)) out.push(before);
    }
  }
  return out;
}

/**
 * Channels of an occasion that opens the sentence before its verb (وفي تصريح لـ«…»، قال الوزير إن …؛ وفي
 * مقابلة مع قناة …، أكد …): the phrase is the verb's, though written before it.
 */
function leadingChannels(view: View, c: number, memory: OutletMemory): string[] {
  const ws = view.ws;
  let first = view.sentences[ws[c]!.sent]!.first;
  const q = enclosingQuote(view, c);
  if (q) first = Math.max(first, q.open + 1);
  while (first < c && !ws[first]!.word) first++;
  const lead = ws[first];
  if (!lead || first >= c || !/^(في|خلال|عبر)$/.test(lead.core)) return [];
  // the occasion phrase ends with a break right before the verb, and holds no other verb of speech
  let p = c - 1;
  while (p > first && !ws[p]!.word && SEGMENT_BREAK.has(ws[p]!.mark)) p--;
  if (p === c - 1 || countWords(view, first, p + 1) > 8) return [];
  for (let k = first; k <= p; k++) if (cueAt(ws[k]) || (!ws[k]!.word && SENTENCE_END.has(ws[k]!.mark))) return [];
  return parseSpeaker(view, first, p + 1, memory).channels;
}

function countWords(view: View, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (view.ws[k]!.word) n++;
  return n;
}

/** Whether a complementiser follows a quotation closely: then the quotation was a name inside the speaker phrase. */
function compSoonAfter(view: View, close: number, last: number): boolean {
  for (let k = close + 1; k <= Math.min(last, close + 8); k++) {
    if (isComplementiser(view, k)) return true;
    const w = view.ws[k]!;
    if (!w.word && SENTENCE_END.has(w.mark)) return false;
  }
  return false;
}

/** Whether the words between a verb and a quotation can be a speaker and a channel (not a clause of their own). */
function regionLooksLikeSpeaker(view: View, from: number, to: number): boolean {
  if (countWords(view, from, to) > 8) return false;
  for (let k = from; k < to; k++) if (isComplementiser(view, k)) return false;
  return true;
}

/**
 * A subject written before its verb (لكن اثنين من المصادر قالا إن …، المصادر قالت إن …), read back to the start
 * of the clause; only a phrase the lexicons know is taken.
 */
function subjectBefore(view: View, c: number, memory: OutletMemory): NP | null {
  const ws = view.ws;
  const cue = cueAt(ws[c]);
  if (!cue || cue.conj) return null;
  const first = view.sentences[ws[c]!.sent]!.first;
  // وكان البيان الصادر عن الوزارة قد أكد أن …: the subject between كان and قد
  const prev = ws[c - 1];
  if (prev?.word && (prev.norm === 'قد' || prev.norm === 'لقد')) {
    for (let p = c - 2; p >= first && c - p < 16; p--) {
      const w = ws[p]!;
      if (!w.word) continue;
      if (/^[وف]?(كان|كانت|كانوا|كانا)$/.test(w.norm)) {
        let e = p + 1;
        while (e < c - 1 && !(ws[e]!.word && /^(التي|الذي|الذين)$/.test(ws[e]!.norm)) && !SEGMENT_BREAK.has(ws[e]!.mark)) e++;
        if (e <= p + 1) return null;
        const np = classify(view, p + 1, e, memory, { strict: true });
        if (np || e - p - 1 > 2) return np;
        // a name alone (وكان نتنياهو قد قال إن …): the slot between كان and قد holds nothing but the subject
        const named = classify(view, p + 1, e, memory);
        return named && (named.kind === 'name' || named.kind === 'person') ? named : null;
      }
    }
    return null;
  }
  let k = c - 1;
  let words = 0;
  while (k >= first) {
    const close = view.closeAt.get(k);
    if (close) {
      k = close.open - 1;
      continue;
    }
    const w = ws[k]!;
    if (!w.word && w.t.kind !== 'number') break;
    if (w.word && (CLAUSE_OPENERS.has(w.norm) || CLAUSE_OPENERS.has(w.core))) break;
    if (w.word && COMPLEMENTISERS.has(w.norm)) break;
    if (++words > 6) return null;
    k--;
  }
  if (k + 1 >= c) return null;
  const np = classify(view, k + 1, c, memory, { strict: true });
  if (np) return np;
  // a name alone at the start of its clause (السوداني قال إن …)
  if (words <= 2) {
    const named = classify(view, k + 1, c, memory);
    if (named && (named.kind === 'name' || named.kind === 'person')) return named;
  }
  return null;
}

/** «…»، قال فلان: a quotation right before a verb whose speaker follows and ends the sentence. */
function quoteBefore(view: View, c: number, memory: OutletMemory): Found | null {
  const ws = view.ws;
  const cue = cueAt(ws[c]);
  if (!cue || cue.kind !== 'verb' || cue.strict) return null;
  let p = c - 1;
  while (p >= 0 && !ws[p]!.word && SEGMENT_BREAK.has(ws[p]!.mark)) p--;
  if (p === c - 1 && !view.closeAt.has(p)) return null;
  // «…». وقال فلان: the quotation may close the sentence before
  const g = view.closeAt.get(p) ?? (p >= 0 && SENTENCE_END.has(ws[p]!.mark) ? view.closeAt.get(p - 1) : undefined);
  if (!g || g.kind !== 'quote' || g.words < QUOTE_MIN_WORDS || attachedOpener(view, g.open)) return null;
  if (ws[g.open]!.block !== ws[c]!.block) return null;
  // the speaker: up to the next break
  const last = sentenceEnd(view, c);
  let e = c + 1;
  while (e <= last && (ws[e]!.word || view.openAt.has(e) || ws[e]!.t.kind === 'number')) {
    const og = view.openAt.get(e);
    e = og ? og.close + 1 : e + 1;
  }
  const parsed = parseSpeaker(view, c + 1, e, memory);
  if (!parsed.np && e > c + 1) return null;
  // what follows must end the sentence or the clause
  if (e <= last && !(SEGMENT_BREAK.has(ws[e]!.mark) || SENTENCE_END.has(ws[e]!.mark))) return null;
  return {
    anchor: c,
    cue: cue.surface,
    lemma: cue.lemma,
    how: 'after',
    from: g.open + 1,
    to: g.close,
    direct: true,
    speaker: parsed.np ? parsed : null,
    channels: parsed.channels,
    handedOn: false,
  };
}

export interface Attribution {
  marker: number;
  /** Token after the attribution phrase. */
  next: number;
  speaker: SpeakerParse;
  /** The phrase names only a channel (وفق ما نقلته رويترز، بحسب رويترز). */
  channelOnly: boolean;
}

/** Words that open a time phrase after a source (يوم السبت، أمس، الخميس، في 3 آذار is left to its preposition). */
const TIME_OPENERS = new Set(['يوم', 'امس', 'موافق'].map(normalize));
const startsTime = (x: W): boolean => x.word && (TIME_OPENERS.has(x.bare) || WEEKDAYS.has(x.core));
/** Verbs of issuing a document that a time phrase follows (بيان صدر يوم …). */
const ISSUED = new Set(['صدر', 'صدرت', 'نشر', 'نشرت', 'اصدر', 'اصدرته', 'اصدرها', 'نشره', 'نشرها', 'صادر', 'صادره', 'منشور', 'منشوره'].map(normalize));

/** An attribution beginning at the marker `m`: بحسب مصادر، وفقاً لما كشفته وكالة …، وفق ما أعلنه الوزير. */
export function attributionAt(view: View, m: number, memory: OutletMemory): Attribution | null {
  const ws = view.ws;
  const w = ws[m];
  if (!w || !w.word || !ATTRIBUTION_MARKERS.has(w.norm)) return null;
  const core = w.conj ? w.core : w.norm;
  const last = limitOf(view, m);
  let k = m + 1;
  let relay = false;
  let verb = false;
  const next = ws[k];
  if (!next) return null;
  if (core === 'نقلا') {
    if (next.core !== 'عن') return null;
    k++;
  } else if (core === 'حسبما' || core === 'بحسبما') {
    verb = true;
  } else if (next.word && (next.norm === 'ما' || next.norm === 'لما')) {
    k++;
    verb = true;
  } else if ((core === 'وفقا' || core === 'طبقا' || core === 'استنادا') && next.word && next.norm.startsWith('ل') && next.norm !== 'ل') {
    // وفقاً لوكالة …، وفقاً للمصدر: the preposition is written on the word
  } else if (core === 'استنادا' && next.word && next.norm === 'الي') {
    k++;
  }
  if (verb) {
    const v = ws[k];
    if (!v || !v.word) return null;
    const vn = v.norm.replace(/^و/, '');
    const cue = cueAt(v);
    if (RELAY_VERBS.has(vn)) relay = true;
    else if (!STATE_VERBS.has(vn) && !(cue && cue.kind === 'verb')) return null;
    k++;
    // وفق ما أعلنه: the object pronoun or "به" after the verb
    if (ws[k]?.word && (ws[k]!.norm === 'به' || ws[k]!.norm === 'عنه')) k++;
  }
  // the phrase: to the next break or the end of the sentence
  let e = k;
  while (e <= last) {
    const g = view.openAt.get(e);
    if (g) {
      if (g.close > last) break;
      e = g.close + 1;
      continue;
    }
    const x = ws[e]!;
    if (!x.word && x.t.kind !== 'number') break;
    if (x.word && (x.norm === 'فان' || x.norm === 'فانه' || x.norm === 'فانها' || COMPLEMENTISERS.has(x.norm))) break;
    // وفق بيان صدر يوم السبت: the day the source spoke is no part of it
    if (e > k && startsTime(x)) break;
    if (e - k > 10) return null;
    e++;
  }
  // …and the verb left before it (بيان صدر، تقرير نشر) neither
  if (e - 1 > k && e <= last && startsTime(ws[e]!) && ISSUED.has(ws[e - 1]!.bare)) e--;
  if (e <= k) return null;
  let s = k;
  // a claim noun before its author: وفق تعبير رويترز، بحسب ادعاءات …
  if (ws[s]!.word && CLAIM_NOUNS.has(ws[s]!.bare) && s + 1 < e) s++;
  // وفقاً للمصدر، وفقاً لعدة عوامل: a لـ written on the first word; what follows it must be a source
  const lead = ws[s]!;
  if (lead.word && lead.core.length > 2 && lead.core.startsWith('ل') && !channelAt(view, s, e, memory)) {
    const rest = lead.core.startsWith('لل') ? lead.core.slice(2) : lead.core.slice(1).replace(/^ال/, '');
    const kind = sourceKindOf(rest);
    if (!kind) return null;
    // the phrase as the source is named, without the ل the marker governs (وفقاً لبيانات … → بيانات …)
    const whole = place(view, s, e);
    const cut = !lead.core.startsWith('لل') && lead.t.text.startsWith(lead.conj ? `${lead.conj}ل` : 'ل') ? (lead.conj ? 2 : 1) : 0;
    const phrase = cut ? { text: whole.text.slice(cut), start: whole.start + cut, end: whole.end } : whole;
    const np: NP = { kind, anaphoric: lead.core.startsWith('لل') && e - s === 1, from: s, to: e, phrase, name: null, role: null, head: rest, outlet: null, stems: [rest] };
    return { marker: m, next: e, speaker: { np, channels: [], relayed: null }, channelOnly: false };
  }
  const parsed = parseSpeaker(view, s, e, memory, { relay });
  let np = parsed.relayed ?? parsed.np;
  let channels = parsed.channels;
  let channelOnly = false;
  // a name without a role after بحسب is too often no person at all, unless the text gave it in full before
  if (np && (np.kind === 'person' || np.kind === 'name') && !np.role) {
    const single = np.to - np.from === 1 && ws[np.from]!.word;
    if (!(single && earlierFullName(view, np.from, ws[np.from]!.bare))) np = null;
  }
  if (np && (relay || np.kind === 'outlet') && !parsed.relayed) {
    // وفق ما نقلته رويترز، بحسب رويترز: the outlet is the channel and, for want of another, the speaker
    channels = [np.outlet ?? np.phrase.text, ...channels];
    channelOnly = true;
  }
  if (!np && channels.length) {
    // وفقاً لوكالة الأنباء الرسمية: the outlet named in the channel phrase speaks for itself
    np = { kind: 'outlet', anaphoric: false, from: s, to: e, phrase: place(view, s, e), name: null, role: null, head: ws[s]!.bare, outlet: channels[0]!, stems: [] };
    channelOnly = true;
  }
  if (!np) return null;
  if (np.kind === 'outlet' && np.phrase.start === ws[s]!.t.bodyStart && /^ل(?!ل)ـ?/.test(np.phrase.text)) {
    // وفقاً لوكالة رويترز: the outlet without the preposition written on it
    const cut = np.phrase.text.match(/^لـ?/)![0].length;
    np = { ...np, phrase: { text: np.phrase.text.slice(cut), start: np.phrase.start + cut, end: np.phrase.end } };
  }
  return { marker: m, next: e, speaker: { np, channels, relayed: null }, channelOnly };
}

function sourceKindOf(bare: string): NP['kind'] | null {
  if (ANONYMOUS_HEADS.has(bare)) return 'anonymous';
  if (DOCUMENT_HEADS.has(bare)) return 'document';
  if (ORG_HEADS.has(bare)) return 'organization';
  if (ROLE_HEADS.has(bare)) return 'role';
  return null;
}

/** Records made by attributions: a sentence that ends with بحسب …، or begins with وبحسب … فإن. */
export function findAttributions(view: View, found: Found[], memory: OutletMemory): Found[] {
  const ws = view.ws;
  const out: Found[] = [];
  for (let m = 0; m < ws.length; m++) {
    const w = ws[m]!;
    if (!w.word || !ATTRIBUTION_MARKERS.has(w.norm)) continue;
    const encl = enclosingQuote(view, m);
    if (encl && encl.words <= 4) continue;
    if (found.some((f) => f.anchor < m && m < f.from && (f.how === 'cue' || f.how === 'participle'))) continue;
    const a = attributionAt(view, m, memory);
    if (!a) continue;
    const sent = view.sentences[w.sent]!;
    const lo = encl ? Math.max(sent.first, encl.open + 1) : sent.first;
    const last = limitOf(view, m);
    // records of the same clause already found: the attribution gives them a channel (or their speaker)
    const same = found.filter((f) => ws[f.anchor]!.sent === w.sent && f.anchor < m && f.to <= m + 1 && f.anchor >= lo);
    if (same.length) {
      for (const f of same) {
        if (a.channelOnly) f.channels = [...f.channels, ...a.speaker.channels];
        else if (!f.speaker && a.speaker.np) f.speaker = a.speaker;
      }
      continue;
    }
    // leading: وبحسب مصادر … فإن …، بحسب المصدر، …
    let first = lo;
    while (first < m && !ws[first]!.word) first++;
    const leading = first === m || (first === m - 1 && ws[first]!.word && CLAUSE_OPENERS.has(ws[first]!.norm));
    let from: number;
    let to: number;
    let after = a.next;
    while (after <= last && !ws[after]!.word && SEGMENT_BREAK.has(ws[after]!.mark)) after++;
    const middle = !leading && after <= last && isComplementiser(view, after);
    if (middle) {
      const c = contentAt(view, after + 1, last, memory);
      if (!c) continue;
      from = c.from;
      to = c.to;
    } else if (leading) {
      from = a.next;
      while (from <= last && (!ws[from]!.word || ['فان', 'فانه', 'فانها'].includes(ws[from]!.norm)) && !view.openAt.has(from)) {
        if (ws[from]!.word) {
          from++;
          break;
        }
        from++;
      }
      to = clauseEnd(view, from, last, memory);
    } else {
      // trailing: what comes before it in the sentence, from its start
      from = first;
      to = m;
      while (to > from && !ws[to - 1]!.word && !view.closeAt.has(to - 1)) to--;
      // «…»، بحسب ما قاله المحافظ: the words are the quotation's, without its marks
      const q = view.closeAt.get(to - 1);
      if (q && q.open === from - 1) to--;
    }
    if (to <= from || countWords(view, from, to) < 3) continue;
    const g = view.openAt.get(from - 1);
    const direct = !!g && g.close === to && view.ws[g.open]!.mark !== '(';
    out.push({
      anchor: m,
      cue: bodyText(view, m, m + 1),
      lemma: null,
      how: 'attribution',
      from,
      to,
      direct,
      speaker: a.speaker,
      channels: a.speaker.channels,
      handedOn: false,
    });
  }
  return out;
}

/**
 * «…»، هذا ما قاله فلان / «…»، هكذا قالت فلانة: a quotation taken up after it by a verb with a pronoun that
 * points back to it, and the speaker after the verb.
 */
export function findEchoes(view: View, found: Found[], memory: OutletMemory): Found[] {
  const ws = view.ws;
  const out: Found[] = [];
  for (const g of view.groups) {
    if (g.kind !== 'quote' || g.words < QUOTE_MIN_WORDS || attachedOpener(view, g.open)) continue;
    if (found.some((f) => f.from === g.open + 1 && f.to === g.close)) continue;
    let k = g.close + 1;
    while (k < ws.length && !ws[k]!.word && SEGMENT_BREAK.has(ws[k]!.mark)) k++;
    if (k === g.close + 1 || !ws[k]?.word) continue;
    // هذا ما …، ذلك ما …، هكذا …
    if (/^(هذا|ذلك|هذه|تلك)$/.test(ws[k]!.core) && ws[k + 1]?.norm === 'ما') k += 2;
    else if (ws[k]!.core === 'هكذا' || ws[k]!.core === 'بهذا' || ws[k]!.core === 'بهذه') k += ws[k]!.core === 'هكذا' ? 1 : 2;
    else continue;
    const v = ws[k];
    if (!v?.word) continue;
    const stem = v.core.replace(/(ته|ه|ها)$/, (m) => (m === 'ته' ? 'ت' : ''));
    const cue = CUE_FORMS.get(stem) ?? CUE_FORMS.get(v.core);
    if (!cue || cue.kind !== 'verb') continue;
    let from = k + 1;
    if (ws[from]?.word && ws[from]!.core === 'به') from++;
    const last = sentenceEnd(view, k);
    let e = from;
    while (e <= last && (ws[e]!.word || view.openAt.has(e) || ws[e]!.t.kind === 'number')) {
      const og = view.openAt.get(e);
      e = og ? og.close + 1 : e + 1;
    }
    const parsed = parseSpeaker(view, from, e, memory);
    if (!parsed.np) continue;
    out.push({
      anchor: k,
      cue: bodyText(view, k, k + 1),
      lemma: cue.lemma,
      how: 'after',
      from: g.open + 1,
      to: g.close,
      direct: true,
      speaker: parsed,
      channels: parsed.channels,
      handedOn: false,
    });
  }
  return out;
}

/** A paragraph that opens with a long quotation and names nobody: the last direct speaker goes on. */
export function findContinuations(view: View, found: Found[]): Found[] {
  const ws = view.ws;
  const out: Found[] = [];
  const covered = (k: number) => found.some((f) => f.from <= k && k < f.to);
  for (const g of view.groups) {
    if (g.kind !== 'quote' || g.words < 6) continue;
    const first = ws[g.open]!;
    const prev = ws[g.open - 1];
    if (prev && prev.block === first.block) continue;
    if (covered(g.open + 1)) continue;
    // a verb inside the paragraph after the quotation would have made its own record
    if (found.some((f) => ws[f.anchor]!.block === first.block)) continue;
    const before = found.filter((f) => f.anchor < g.open);
    const lastRec = before[before.length - 1];
    if (!lastRec || first.block - ws[lastRec.anchor]!.block > 1) continue;
    // after reported speech, only a quotation that is the whole of the next paragraph carries its words on
    if (!lastRec.direct && !(first.block === ws[lastRec.anchor]!.block + 1 && wholeParagraph(view, g))) continue;
    out.push({ anchor: g.open, cue: null, lemma: null, how: 'continuation', from: g.open + 1, to: g.close, direct: true, speaker: null, channels: [], handedOn: false });
  }
  return out;
}

/** Whether a quotation is all its paragraph holds but punctuation. */
function wholeParagraph(view: View, g: Group): boolean {
  const ws = view.ws;
  const block = ws[g.open]!.block;
  for (let k = g.close + 1; k < ws.length && ws[k]!.block === block; k++) if (ws[k]!.word || ws[k]!.t.kind === 'number') return false;
  return true;
}

/** Prepositions that open a verb's object (شدد الوزير على …، دعا المتحدث إلى …), never a speaker's own phrase. */
const OBJECT_PREPOSITIONS = new Set(['على', 'إلى', 'عن', 'حول'].map(normalize));

/**
 * Where the subject of a verb ends in the words it hands on to a circumstantial form: the subject follows the
 * verb (VSO), and what the verb governs starts at its preposition (وشدد الوزير على ضرورة الحوار، مؤكداً أن …:
 * the minister speaks, not "the dialogue").
 */
function subjectEnd(view: View, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const w = view.ws[k]!;
    if (w.word && OBJECT_PREPOSITIONS.has(w.norm)) return k;
  }
  return to;
}
