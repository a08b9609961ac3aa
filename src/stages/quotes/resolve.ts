/**
 * Speakers across a document. A record whose sentence names nobody (وأضاف أن …، مبيناً أن …) takes the speaker
 * before it; a role (المتحدث، الخبير الأمني، المصدر المسؤول، البيان) takes the speaker it refers back to; a
 * surname (الأعرجي) takes the full name given before. Channels are then carried along: a speaker who goes on
 * keeps the channel it spoke to, anonymous sources keep the agency that reported the first of them, and a quote
 * inside a quote passes through its outer speaker.
 */
import { writesAlaWithMaqsura } from '../../language/stopwords.js';
import { ANONYMOUS_HEADS, CARRY_ON_VERBS, DOCUMENT_HEADS, RELAY_LEMMAS, ROLE_HEADS, SPEECH_OBJECTS, type CueGender } from '../../language/reporting.js';
import { cueAt, type Found } from './find.js';
import { classify, earlierFullName, isPrepositional, type NP, type OutletMemory, type Place, type SpeakerKind } from './speaker.js';
import { firstTokenFrom, SEGMENT_BREAK, SENTENCE_END, type View } from './view.js';
import { gazetteer } from '../../knowledge/gazetteer/index.js';
import { knownWords } from '../../ner/known-words-file.js';
import { isDictionaryWord } from '../../ner/known-words.js';

export interface Resolved {
  f: Found;
  /** The phrase the speaker was named by, resolved to the one it refers back to. */
  np: NP | null;
  text: string | null;
  /** Where the speaker is named (the name itself for a person), in body offsets. */
  span: Place | null;
  kind: SpeakerKind | null;
  role: string | null;
  /** How the speaker was found: named here, a reference back, or left implicit. */
  by: 'named' | 'reference' | 'implicit' | 'attribution';
  via: string[];
  /** The record this one continues (its speaker), if any. */
  ante: Resolved | null;
  /** The record whose words hold this one. */
  outer: Resolved | null;
}

const BROKEN_PLURALS: Record<string, string> = {
  مصادر: 'مصدر',
  خبراء: 'خبير',
  وزراء: 'وزير',
  قاده: 'قائد',
  تقارير: 'تقرير',
  مسءولين: 'مسءول',
  مسءولون: 'مسءول',
  مسءولان: 'مسءول',
  مسءولي: 'مسءول',
  مصدران: 'مصدر',
  مصدرين: 'مصدر',
  دبلوماسيون: 'دبلوماسي',
  دبلوماسيين: 'دبلوماسي',
};

/** A word's family for matching a role with its antecedent (المتحدثة ~ متحدث، المصادر ~ مصدر). */
function fold(w: string): string {
  w = w.replace(/اميرك/g, 'امريك');
  if (BROKEN_PLURALS[w]) return BROKEN_PLURALS[w]!;
  const base = w.replace(/(ون|ين|ان|ات)$/, '').replace(/ه$/, '');
  return SYNONYMS[base] ?? base;
}

/** Role words that name one role (وقال المتحدث … after الناطق باسم الوزارة): folded to one family. */
const SYNONYMS: Record<string, string> = { ناطق: 'متحدث' };

function labelOf(r: Resolved): string | null {
  if (!r.np) return r.text;
  if (r.np.outlet) return r.np.outlet;
  return r.text;
}

function fromNP(np: NP): { text: string; span: Place } {
  if (np.name && (np.kind === 'person' || np.kind === 'name')) return { text: np.name.text, span: np.name };
  return { text: np.phrase.text, span: np.phrase };
}

export function resolveSpeakers(view: View, found: Found[], memory: OutletMemory): Resolved[] {
  const sorted = [...found].sort((a, b) => a.anchor - b.anchor || a.from - b.from);
  const out: Resolved[] = sorted.map((f) => ({ f, np: null, text: null, span: null, kind: null, role: null, by: 'implicit', via: [], ante: null, outer: null }));
  // nesting: the narrowest other record whose words hold this one's anchor
  for (const r of out) {
    let best: Resolved | null = null;
    for (const o of out) {
      if (o === r || !(o.f.from <= r.f.anchor && r.f.anchor < o.f.to)) continue;
      if (!best || o.f.to - o.f.from < best.f.to - best.f.from) best = o;
    }
    r.outer = best;
  }
  const done: Resolved[] = [];
  for (const r of out) {
    const f = r.f;
    const np = f.speaker?.np ?? null;
    if (np) {
      r.by = f.how === 'attribution' ? 'attribution' : 'named';
      adopt(r, np);
      if (np.anaphoric || np.kind === 'name' || (np.kind === 'person' && np.name && !np.name.text.includes(' '))) {
        const ante = antecedent(view, done, np, f.anchor, memory);
        if (ante) {
          r.by = np.anaphoric ? 'reference' : r.by;
          r.text = ante.text;
          r.kind = ante.kind;
          r.role = r.role ?? ante.role;
          if (np.anaphoric) {
            r.span = ante.span;
            r.np = ante.np;
            r.ante = ante.rec;
          }
        }
      }
    } else {
      let ante = implicitAntecedent(view, done, r);
      // ودعا الرئيس إلى الهدوء، وقال إن …: a verb joined to a clause with a subject of its own speaks for it,
      // not for a speaker of an earlier sentence
      if (f.how === 'cue' && !r.outer && !startsSentence(view, f.anchor) && !afterCarryOn(view, f.anchor) && (!ante || view.ws[ante.f.anchor]!.sent !== view.ws[f.anchor]!.sent)) {
        const subject = sentenceSubject(view, f.anchor, memory);
        if (subject) {
          adopt(r, subject);
          ante = null;
          r.by = 'implicit';
          done.push(r);
          continue;
        }
      }
      if (ante) {
        r.ante = ante;
        r.np = ante.np;
        r.text = ante.text;
        r.span = ante.span;
        r.kind = ante.kind;
        r.role = ante.role;
      } else if (f.how === 'participle') {
        const subject = sentenceSubject(view, f.anchor, memory);
        if (subject) adopt(r, subject);
      }
    }
    done.push(r);
  }
  // channels: own first, then what the speaker carries on, then the outer speaker
  const own = new Map<Resolved, string[]>();
  const byDepth = [...out].sort((a, b) => depth(a) - depth(b) || a.f.anchor - b.f.anchor);
  for (const r of byDepth) {
    let via = [...r.f.channels];
    if (!via.length && r.kind === 'role' && r.np?.outlet && r.np === r.f.speaker?.np) via = [r.np.outlet];
    if (!via.length && r.ante && r.ante.outer === r.outer) via = [...(own.get(r.ante) ?? [])];
    // sources of a wire story speak through the agency that reported the first of them
    if (!via.length && r.kind === 'anonymous' && r.f.how !== 'attribution') {
      const block = view.ws[r.f.anchor]!.block;
      const earlier = out.filter(
        (o) =>
          o.f.anchor < r.f.anchor &&
          o.kind === 'anonymous' &&
          o.outer === r.outer &&
          (own.get(o)?.length ?? 0) > 0 &&
          block - view.ws[o.f.anchor]!.block <= 8 &&
          fold(o.np?.head ?? '') === fold(r.np?.head ?? '-'),
      );
      const last = earlier[earlier.length - 1];
      if (last) via = [...own.get(last)!];
    }
    // وأضاف المشهداني أن …: the same speaker going on, by name, after a statement given through a channel, is
    // still speaking through it (the interview or the agency's report goes on)
    if (!via.length && r.by === 'named' && GOING_ON.has(r.f.lemma ?? '')) {
      const prev = out.filter((o) => o.f.anchor < r.f.anchor && o.outer === r.outer).pop();
      if (prev && prev.text === r.text && prev.kind === r.kind) via = [...(own.get(prev) ?? [])];
    }
    own.set(r, via);
    const all = [...via];
    if (r.outer) {
      const label = labelOf(r.outer);
      if (label) all.push(label);
      all.push(...r.outer.via);
    }
    r.via = dedupe(all).filter((v) => v !== r.text || r.kind === 'outlet');
  }
  return out;
}

/** Verbs that go on with what a speaker was saying (وأضاف، وتابع، وأردف، واستطرد). */
const GOING_ON: ReadonlySet<string> = new Set(['أضاف', 'تابع', 'أردف', 'استطرد']);

function depth(r: Resolved): number {
  let d = 0;
  for (let o = r.outer; o && d < 10; o = o.outer) d++;
  return d;
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.trim();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function adopt(r: Resolved, np: NP): void {
  const { text, span } = fromNP(np);
  r.np = np;
  r.text = text;
  r.span = span;
  r.kind = np.kind;
  r.role = np.role;
}

/** The speaker a role, a document or a surname refers back to. */
function antecedent(
  view: View,
  done: Resolved[],
  np: NP,
  anchor: number,
  memory: OutletMemory,
): { text: string | null; span: Place | null; kind: SpeakerKind | null; role: string | null; np: NP | null; rec: Resolved | null } | null {
  if (np.anaphoric) {
    // every word of the reference is in the antecedent's phrase (المصدر المسؤول ~ مصدر عراقي مسؤول; رئيس
    // الوزراء is not الرئيس الفرنسي)
    const want = np.stems.map(fold).filter((s) => s.length > 1);
    for (let i = done.length - 1; i >= 0; i--) {
      const d = done[i]!;
      if (!d.np || d.np === np || d.np.kind === 'name') continue;
      // a body named by its kind (الوزارة) is a body named before, not a document of one (بيان الوزارة), and not
      // a phrase cut inside a quotation (شركة … ثغرة "خطيرة), which names nothing whole
      if (np.kind === 'organization' && (d.np.kind !== 'organization' || unbalancedQuotes(d.text ?? ''))) continue;
      const have = new Set(d.np.stems.map(fold));
      if (want.every((s) => have.has(s))) return { text: d.text, span: d.span, kind: d.kind, role: d.role, np: d.np, rec: d };
    }
    // a document that an earlier speaker spoke in (قالت الوزارة في بيان إن …، وفي بيان لها قالت الوزارة إن …;
    // then وأضاف البيان أن …) is that speaker's: the document's word between the few words before the speaker or
    // its verb and what was said, outside the speaker's own phrase
    if (np.kind === 'document') {
      for (let i = done.length - 1; i >= 0; i--) {
        const d = done[i]!;
        if (!d.np || d.np.kind === 'document') continue;
        const from = Math.max(0, Math.min(d.np.from, d.f.anchor) - 4);
        for (let k = from; k < d.f.from && k < view.ws.length; k++) {
          if ((k < d.np.from || k >= d.np.to) && view.ws[k]!.bare === np.head) return { text: d.text, span: d.span, kind: d.kind, role: d.role, np: d.np, rec: d };
        }
      }
    }
    // a role named earlier in the text with its holder (… رئيس الوزراء العراقي محمد شياع السوداني …)
    if (ROLE_HEADS.has(np.head) && !ANONYMOUS_HEADS.has(np.head)) {
      const earlier = namedEarlier(view, np, anchor, memory);
      if (earlier) return { text: earlier.name!.text, span: earlier.name, kind: 'person', role: earlier.role, np: earlier, rec: null };
    }
    return null;
  }
  // a surname or a first mention without role: the full name given before
  const token = (np.name?.text ?? np.phrase.text).replace(/["«»“”()]/g, '').trim();
  if (!token || token.includes(' ')) return null;
  const at = (np.name ?? np.phrase).start;
  const first = view.ws[firstTokenFrom(view, at)];
  const key = (first && first.t.bodyStart === at ? first.bare : undefined) ?? token;
  for (let i = done.length - 1; i >= 0; i--) {
    const d = done[i]!;
    if (!d.np || d.kind !== 'person' || !d.np.name) continue;
    const parts = wordsWithin(view, d.np.name.start, d.np.name.end);
    if (parts.length > 1 && parts.includes(key)) return { text: d.text, span: null, kind: 'person', role: d.role, np: d.np, rec: d };
  }
  const full = earlierFullName(view, np.from, key);
  if (full) return { text: full.text, span: null, kind: 'person', role: np.role, np: null, rec: null };
  return null;
}

/** Whether a phrase opens a quotation it does not close, or closes one it did not open. */
function unbalancedQuotes(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/[«“]/g) ?? []).length;
  const close = (text.match(/[»”]/g) ?? []).length;
  return straight % 2 === 1 || open !== close;
}

/**
 * The bare forms of the words written within body offsets `[start, end)`. Tokens are in body order and do not
 * overlap, so they are the run from the first token starting at `start`: no walk over the whole document.
 */
function wordsWithin(view: View, start: number, end: number): string[] {
  const ws = view.ws;
  const out: string[] = [];
  for (let k = firstTokenFrom(view, start); k < ws.length && ws[k]!.t.bodyStart <= end; k++) {
    const w = ws[k]!;
    if (w.word && w.t.bodyEnd <= end) out.push(w.bare);
  }
  return out;
}

/** Searches the text before `anchor` for the same role followed by a name. */
function namedEarlier(view: View, np: NP, anchor: number, memory: OutletMemory): NP | null {
  const ws = view.ws;
  for (let k = Math.min(anchor, np.from) - 1; k >= 0; k--) {
    const w = ws[k]!;
    if (!w.word || w.bare !== np.head) continue;
    let e = k + 1;
    while (e < ws.length && e - k < 10 && (ws[e]!.word || view.openAt.has(e)) && !SEGMENT_BREAK.has(ws[e]!.mark) && !SENTENCE_END.has(ws[e]!.mark)) e++;
    const cand = classify(view, k, e, memory);
    if (!cand || cand.kind !== 'person' || !cand.name) continue;
    const have = new Set(cand.stems.map(fold));
    if (np.stems.map(fold).every((s) => have.has(s))) return { ...cand, role: cand.role ?? np.phrase.text };
  }
  return null;
}

/** The gender a record's verb agrees with (قالت، وأضافت، مضيفةً), when its form tells. */
function genderOf(view: View, r: Resolved): CueGender {
  if (r.f.how === 'attribution' || r.f.how === 'continuation') return null;
  return cueAt(view.ws[r.f.anchor])?.gender ?? null;
}

/**
 * The gender a record's own verb gives its speaker: none when the verb relays (ونقلت الوكالة عن دبلوماسي قوله):
 * it agrees with the outlet that relays, not with the one who spoke.
 */
function ownSpeakerGender(view: View, r: Resolved): CueGender {
  if (r.f.lemma && RELAY_LEMMAS.has(r.f.lemma) && r.f.channels.length) return null;
  return genderOf(view, r);
}

/**
 * The gender a speaker's records agree with: its own verb's, or, for a speaker left implicit, the verb of the
 * record it continues.
 */
function speakerGender(view: View, r: Resolved): CueGender {
  if (GENDERS.has(r)) return GENDERS.get(r)!;
  let g: CueGender = null;
  for (let d: Resolved | null = r, n = 0; d && n < 20 && !g; d = d.ante, n++) g = ownSpeakerGender(view, d);
  // a record's antecedent is settled before any later record asks
  GENDERS.set(r, g);
  return g;
}

const GENDERS = new WeakMap<Resolved, CueGender>();

/** وأضاف after a woman spoke, وأضافت after a man: the verb cannot continue that speaker. */
function disagrees(a: CueGender, b: CueGender): boolean {
  return (a === 'm' && b === 'f') || (a === 'f' && b === 'm');
}

/** The record whose speaker an implicit one continues: the nearest whose gender the verb agrees with. */
function implicitAntecedent(view: View, done: Resolved[], r: Resolved): Resolved | null {
  const mine = genderOf(view, r);
  const all = done.filter((d) => d.text !== null && d !== r);
  const agreeing = mine === 'm' || mine === 'f' ? all.filter((d) => !disagrees(mine, speakerGender(view, d))) : all;
  // when no speaker agrees, the verb's form is not to be trusted over the order of the text
  return nearestAntecedent(view, agreeing.length ? agreeing : all, r);
}

function nearestAntecedent(view: View, withSpeaker: Resolved[], r: Resolved): Resolved | null {
  const ws = view.ws;
  const sent = ws[r.f.anchor]!.sent;
  if (r.f.how === 'participle' || r.f.how === 'cue') {
    // the nearest record of the same sentence at the same depth (قال … إن «…»، مبيناً أن «…»)
    for (let i = withSpeaker.length - 1; i >= 0; i--) {
      const d = withSpeaker[i]!;
      if (ws[d.f.anchor]!.sent !== sent) break;
      if (d.outer === r.outer) return d;
    }
    if (r.f.how === 'participle' && !startsSentence(view, r.f.anchor) && !afterCarryOn(view, r.f.anchor)) return null;
  }
  for (let i = withSpeaker.length - 1; i >= 0; i--) {
    const d = withSpeaker[i]!;
    if (d.outer === r.outer) return d;
  }
  return withSpeaker[withSpeaker.length - 1] ?? null;
}

/**
 * Whether only a verb that carries the speaker on comes before a circumstantial form in its sentence (ومضى
 * قائلاً، وختم حديثه بالقول، وتابع مضيفاً): then the form speaks for the last speaker, as at a sentence's start.
 */
function afterCarryOn(view: View, k: number): boolean {
  const first = view.sentences[view.ws[k]!.sent]!.first;
  let verbs = 0;
  for (let i = first; i < k; i++) {
    const w = view.ws[i]!;
    if (!w.word) continue;
    if (CARRY_ON_VERBS.has(w.core) || CARRY_ON_VERBS.has(w.norm.replace(/^[وف]/, ''))) verbs++;
    else if (!SPEECH_OBJECTS.has(w.core)) return false;
  }
  return verbs === 1;
}

function startsSentence(view: View, k: number): boolean {
  const first = view.sentences[view.ws[k]!.sent]!.first;
  for (let i = first; i < k; i++) if (view.ws[i]!.word) return false;
  return true;
}

/** A word that reads as a name after علي: a listed name, or a word no dictionary knows (البنداوي), not صدر. */
function nameAfter(w: View['ws'][number] | undefined): boolean {
  if (!w?.word || w.t.kind !== 'word') return false;
  const gaz = gazetteer();
  return gaz.given.has(w.core) || gaz.personWords.has(w.core) || !isDictionaryWord(knownWords(), w.bare, []);
}

/** Whether the text writes the preposition على with its alif maqsura, so that a bare علي is the name. */
function alaWithMaqsura(view: View): boolean {
  let known = MAQSURA.get(view);
  if (known === undefined) MAQSURA.set(view, (known = writesAlaWithMaqsura(view.text)));
  return known;
}
const MAQSURA = new WeakMap<View, boolean>();

/** For a circumstantial verb in the middle of a sentence that names nobody: the body or person it is about. */
function sentenceSubject(view: View, anchor: number, memory: OutletMemory): NP | null {
  const ws = view.ws;
  const first = view.sentences[ws[anchor]!.sent]!.first;
  for (let k = first; k < anchor; k++) {
    const w = ws[k]!;
    if (!w.word) continue;
    let s = k;
    if (view.closeAt.has(k - 1) === false && view.openAt.has(k - 1)) s = k - 1;
    let e = k + 1;
    // the phrase, up to a preposition of the verb (ردت الوزارة على البيان) or a relative clause
    while (e < anchor && (ws[e]!.word || view.openAt.has(e) || view.closeAt.has(e)) && e - k < 8) {
      const x = ws[e]!;
      // (علي written with ي in a text that writes على with ى is the name Ali: عضو اللجنة علي البنداوي)
      const ali = x.norm === 'علي' && x.t.text === 'علي' && alaWithMaqsura(view) && nameAfter(ws[e + 1]);
      if (x.word && !ali && (/^(علي|الي|عن|ب|التي|الذي|الذين|مع)$/.test(x.norm) || isPrepositional(x))) break;
      // أصدرت النقابة بياناً قالت فيه: the verb's object (indefinite, accusative) is no part of its subject
      if (x.word && !x.al && (/ً/.test(x.t.text) || DOCUMENT_HEADS.has(x.bare) || DOCUMENT_HEADS.has(x.bare.replace(/ا$/, '')))) break;
      e++;
    }
    const np = classify(view, s, e, memory, { strict: true });
    if (np && np.kind !== 'name') return np;
  }
  return null;
}
