/**
 * The trigger lexicon (lexicon.json) compiled for matching: every written form a trigger takes in news copy,
 * from its listed base forms and the regular suffixes of Arabic (ت، ا، وا، ات، تين، ه، ها، هم…), looked up after
 * the proclitics a word may carry (و، ف، ب، ل، ك، ال، لل، and the future سـ on a present verb).
 */
import { normalize } from '../../language/normalize.js';
import data from './lexicon.json' with { type: 'json' };

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type Pos = 'past' | 'present' | 'noun';

export interface TriggerEntry {
  /** Null for a light trigger (أعلن): it takes the type of another trigger of its clause. */
  type: PloverType | null;
  mode: string | null;
  light: boolean;
  /** Normalised stem prefixes, one of which must stand within a few words after the trigger. */
  with: string[] | null;
  /** Normalised stem prefixes, one of which must stand just before it (طائرة before مسيرة). */
  before: string[] | null;
  /** Phrases (stem prefixes, word by word) that must not follow it at once: طلب عدم الكشف عن اسمه is no request. */
  without: string[][] | null;
  /** Stem prefixes none of which may stand within a few words either side (ضربها الزلزال: a force of nature). */
  notNear: string[] | null;
  /** Phrases that must not stand within a few words after it (حذرت المنظمة من انتشار الأوبئة: a danger foreseen). */
  notAfter: string[][] | null;
}

export interface TriggerHit {
  entry: TriggerEntry;
  pos: Pos;
  /** The present verb carried the future prefix سـ. */
  future: boolean;
}

interface RawEntry {
  type: string | null;
  mode: string | null;
  light?: boolean;
  past?: string[];
  present?: string[];
  nouns?: string[];
  with?: string[];
  before?: string[];
  without?: string[];
  notNear?: string[];
  notAfter?: string[];
}

const VERB_SUFFIXES = ['', 'ت', 'ا', 'وا', 'تا', 'ن', 'نا', 'تم', 'ه', 'ها', 'هم', 'هما', 'ته', 'تها', 'تهم', 'وه', 'وها', 'اه', 'ان', 'ون', 'ين', 'ني', 'نا'];
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'نا'];

function nounForms(form: string): string[] {
  if (form.endsWith('ه')) {
    const base = form.slice(0, -1);
    return [form, base + 'ات', base + 'تين', base + 'تان', ...PRONOUNS.map((p) => base + 'ت' + p), ...PRONOUNS.map((p) => base + 'ات' + p)];
  }
  return [form, form + 'ات', form + 'ين', form + 'ان', form + 'ا', ...PRONOUNS.map((p) => form + p)];
}

function presentForms(form: string): string[] {
  // the listed third person masculine stands for the other persons of the present (تـ، نـ، أ)
  return form.startsWith('ي') ? ['ي', 'ت', 'ن', 'ا'].map((p) => p + form.slice(1)) : [form];
}

const verbs = new Map<string, TriggerHit[]>();
const nouns = new Map<string, TriggerHit[]>();

function add(map: Map<string, TriggerHit[]>, surface: string, hit: TriggerHit): void {
  const list = map.get(surface) ?? [];
  if (!list.some((h) => h.entry === hit.entry && h.pos === hit.pos)) list.push(hit);
  map.set(surface, list);
}

const prefixes = (xs: string[] | undefined) => (xs && xs.length ? xs.map(normalize) : null);

for (const raw of (data as { entries: RawEntry[] }).entries) {
  const entry: TriggerEntry = {
    type: (raw.type as PloverType | null) ?? null,
    mode: raw.mode,
    light: raw.light === true,
    with: prefixes(raw.with),
    before: prefixes(raw.before),
    without: raw.without?.length ? raw.without.map((phrase) => phrase.split(/\s+/).map(normalize)) : null,
    notNear: prefixes(raw.notNear),
    notAfter: raw.notAfter?.length ? raw.notAfter.map((phrase) => phrase.split(/\s+/).map(normalize)) : null,
  };
  for (const f of raw.past ?? []) for (const s of VERB_SUFFIXES) add(verbs, normalize(f) + s, { entry, pos: 'past', future: false });
  for (const f of raw.present ?? []) for (const p of presentForms(normalize(f))) for (const s of VERB_SUFFIXES) add(verbs, p + s, { entry, pos: 'present', future: false });
  for (const f of raw.nouns ?? []) for (const s of nounForms(normalize(f))) add(nouns, s, { entry, pos: 'noun', future: false });
}

const words = (key: 'future' | 'hypothetical') => new Set((data as unknown as Record<string, string[]>)[key]!.map(normalize));
const neg = (data as { negation: Record<string, string[]> }).negation;

export const FUTURE_WORDS: ReadonlySet<string> = words('future');
export const HYPOTHETICAL_WORDS: ReadonlySet<string> = words('hypothetical');
export const NEGATION = {
  before: new Set(neg.before!.map(normalize)),
  adjacent: new Set(neg.adjacent!.map(normalize)),
  clause: new Set(neg.clause!.map(normalize)),
  after: new Set(neg.after!.map(normalize)),
};
/** Mode words of the clause that specify an attack (drone, airstrike …), normalised. */
export const MODE_WORDS: ReadonlyArray<[string, ReadonlySet<string>]> = Object.entries((data as { modes: Record<string, string[]> }).modes).map(
  ([mode, ws]) => [mode, new Set(ws.map(normalize))],
);

/** Words that read like a trigger with a clitic but are other words (وزارة is not و + زاره). */
const NOT_TRIGGERS: ReadonlySet<string> = new Set(((data as { notTriggers?: string[] }).notTriggers ?? []).map(normalize));

/**
 * The readings of a normalised word without its proclitics: [stem, proclitics taken]. Kept by word, as the
 * trigger look-ups are (the companion and mode searches ask them of every word near a trigger); callers read the
 * list and never change it.
 */
export function strippedForms(norm: string): readonly string[] {
  let forms = STRIPPED.get(norm);
  if (!forms) {
    if (STRIPPED.size > 200_000) STRIPPED.clear();
    STRIPPED.set(norm, (forms = stripForms(norm)));
  }
  return forms;
}

const STRIPPED = new Map<string, string[]>();

function stripForms(norm: string): string[] {
  const out = [norm];
  if ((norm[0] === 'و' || norm[0] === 'ف') && norm.length > 3) out.push(norm.slice(1));
  for (const w of [...out]) {
    for (const p of ['بال', 'لل', 'كال', 'ال', 'ب', 'ل', 'ك']) {
      if (w.startsWith(p) && w.length - p.length >= 3) out.push(w.slice(p.length));
    }
  }
  return out;
}

/**
 * The triggers a normalised word can be, the reading with the fewest proclitics first. Kept by word (news
 * repeats its words and the answer never changes); callers read the list and never change it.
 */
export function lookupTrigger(norm: string): TriggerHit[] {
  let hits = LOOKED_UP.get(norm);
  if (!hits) {
    if (LOOKED_UP.size > 200_000) LOOKED_UP.clear();
    LOOKED_UP.set(norm, (hits = findTrigger(norm)));
  }
  return hits;
}

const LOOKED_UP = new Map<string, TriggerHit[]>();

function findTrigger(norm: string): TriggerHit[] {
  if (NOT_TRIGGERS.has(norm) || NOT_TRIGGERS.has(norm.replace(/^(?:[وف]?(?:ال|لل|بال))/, ''))) return [];
  const conj = (norm[0] === 'و' || norm[0] === 'ف') && norm.length > 3 ? [norm, norm.slice(1)] : [norm];
  for (const w of conj) {
    const v = verbs.get(w);
    if (v) return v;
    // سـ + present verb: a planned act (سيلتقي، ستبدأ)
    if (w[0] === 'س' && 'يتنا'.includes(w[1] ?? '')) {
      const f = verbs.get(w.slice(1))?.filter((h) => h.pos === 'present');
      if (f?.length) return f.map((h) => ({ ...h, future: true }));
    }
    const n = nouns.get(w);
    if (n) return n;
    for (const p of ['بال', 'لل', 'كال', 'ال', 'ب', 'ل', 'ك']) {
      if (!w.startsWith(p) || w.length - p.length < 3) continue;
      const hit = nouns.get(w.slice(p.length));
      if (hit) return hit;
    }
  }
  return [];
}
