/**
 * The entity gazetteer: data files in this folder (countries, places, organisations, people, titles, given
 * names) and the wire agencies of ../agencies.json, loaded once into Map-based indexes keyed by normalised words.
 * Matching a text against it is one Map lookup per token and word of a candidate name, never a regex scan.
 */
import { normalize } from '../../language/normalize.js';
import { tokenize } from '../../language/tokenize.js';
import agencies from '../agencies.json' with { type: 'json' };
import { agencyNames } from '../index.js';
import countries from './countries.json' with { type: 'json' };
import names from './names.json' with { type: 'json' };
import organizations from './organizations.json' with { type: 'json' };
import people from './people.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import titles from './titles.json' with { type: 'json' };

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

export interface HeldRole {
  title: string;
  /** Id of the country or organisation the position belongs to. */
  of?: string;
  from?: string;
  to?: string | null;
}

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  kind: string;
  country?: string;
  partOf?: string;
  roles: HeldRole[];
}

/** How an alias may be used: always, only beside a cue word or quotes, or only once the full name came first. */
export type AliasMode = 'full' | 'cued' | 'short';

export interface AliasHit {
  entry: GazetteerEntry;
  mode: AliasMode;
  /** The alias as written in the data file. */
  alias: string;
}

/** A trie over words: `next` by the following word's key, `hits` for an alias that ends here. */
export interface WordTrie<T> {
  next: Map<string, WordTrie<T>>;
  hits: T[];
}

function trie<T>(): WordTrie<T> {
  return { next: new Map(), hits: [] };
}

function addPath<T>(root: WordTrie<T>, words: readonly string[], hit: T): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = trie<T>()));
    node = child;
  }
  node.hits.push(hit);
}

/**
 * Lexical variants outlets disagree on beyond orthography: أميركي/أمريكي (and أميركا/أمريكا), ابن/بن, the son of
 * in a name (محمد بن سلمان / محمد ابن سلمان), which is one word either way, and the two adjectives of a parliament's
 * bodies (لجنة الأمن والدفاع النيابية / البرلمانية, الكتلة البرلمانية / النيابية), one meaning either way.
 */
export function fold(word: string): string {
  if (word === 'ابن') return 'بن';
  if (word.includes('برلماني')) return word.replace(/^(و?(?:ال)?)برلماني/, '$1نيابي');
  return word.includes('اميرك') ? word.replace(/اميرك/g, 'امريك') : word;
}

/**
 * The matching key of each word of a name or phrase: normalised and folded Arabic words, Latin words as written
 * (so the acronym `IS` never matches the English word `is`), numbers as written; punctuation dropped.
 */
export function keyWords(phrase: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(phrase)) {
    const s = phrase.slice(t.start, t.end);
    if (t.kind === 'word') {
      const n = fold(normalize(s));
      if (n) out.push(n);
    } else if (t.kind === 'latin' || t.kind === 'number') out.push(s);
  }
  return out;
}

interface RawEntry {
  id: string;
  name: string;
  aliases?: string[];
  cued?: string[];
  short?: string[];
  kind?: string;
  country?: string;
  partOf?: string;
  nisba?: string[];
  roles?: HeldRole[];
  /** The last word of the name is also an everyday word (المنفي, exile): it never stands alone for the person. */
  commonSurname?: boolean;
}

export interface Gazetteer {
  entries: ReadonlyMap<string, GazetteerEntry>;
  /** Aliases by words; the root is keyed by the first word (article kept: العراق). */
  names: WordTrie<AliasHit>;
  /** Nationality adjective (any form: عراقي، العراقي، العراقية، العراقيين) → country id. */
  nisba: ReadonlyMap<string, string>;
  /** Country id → its feminine nationality adjective with the article, as written (العراقية). */
  feminineNisba: ReadonlyMap<string, string>;
  /** Words of every person alias, and the last word of each (a surname). */
  personWords: ReadonlySet<string>;
  surnames: ReadonlyMap<string, GazetteerEntry[]>;
  titles: {
    heads: ReadonlySet<string>;
    standalone: WordTrie<string>;
    relational: ReadonlySet<string>;
    honorifics: WordTrie<string>;
    modifiers: ReadonlySet<string>;
    /** Words of time (أمس، الأربعاء، الماضي) that end a name. */
    time: ReadonlySet<string>;
    orgHeads: ReadonlySet<string>;
    /** Nouns that head the name of an event, a contest, a prize or an accord (بطولة، مهرجان، جائزة، اتفاقية). */
    eventHeads: ReadonlySet<string>;
    orgNeedsTwo: ReadonlySet<string>;
    portfolios: WordTrie<{ id: string; display: string }>;
    institutions: WordTrie<{ id: string; display: string }>;
    cues: { outlet: ReadonlySet<string>; place: ReadonlySet<string>; group: ReadonlySet<string> };
  };
  given: ReadonlySet<string>;
  ambiguousGiven: ReadonlySet<string>;
  particles: ReadonlySet<string>;
}

/** The ordinals of regnal names (محمد السادس، الحسن الثاني): never a surname. */
const ORDINALS = /^ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/;

function nisbaForms(base: string): string[] {
  const b = fold(normalize(base));
  return [b, b + 'ه', 'ال' + b, 'ال' + b + 'ه', b + 'ين', b + 'ون', 'ال' + b + 'ين', 'ال' + b + 'ون', b + 'ان', 'ال' + b + 'ان'];
}

function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => fold(normalize(w))));
}

function phraseTrie<T>(items: Array<[string, T]>): WordTrie<T> {
  const root = trie<T>();
  for (const [phrase, value] of items) addPath(root, keyWords(phrase), value);
  return root;
}

/** Builds the gazetteer from the data files; `extra` entries (tests, local knowledge) are added last. */
export function buildGazetteer(extra: Array<RawEntry & { type: EntityType }> = []): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const root = trie<AliasHit>();
  const nisba = new Map<string, string>();
  const feminineNisba = new Map<string, string>();
  const personWords = new Set<string>();
  const surnames = new Map<string, GazetteerEntry[]>();
  const claimed = new Set<string>();
  // a name that ends in an ordinal or a modifier (عبد الله الثاني) has no surname to be called by
  const ordinal = wordSet(titles.modifiers);

  const add = (raw: RawEntry, type: EntityType, defaultKind: string) => {
    const entry: GazetteerEntry = { id: raw.id, type, name: raw.name, kind: raw.kind ?? defaultKind, roles: raw.roles ?? [] };
    if (raw.country) entry.country = raw.country;
    if (raw.partOf) entry.partOf = raw.partOf;
    entries.set(entry.id, entry);
    const put = (alias: string, mode: AliasMode) => {
      const words = keyWords(alias);
      if (!words.length) return;
      claimed.add(words.join(' '));
      addPath(root, words, { entry, mode, alias });
      if (type === 'PERSON' && mode === 'full') {
        words.forEach((w) => personWords.add(w));
        const last = words[words.length - 1]!;
        if (words.length > 1 && !ordinal.has(last) && !ORDINALS.test(last) && !raw.commonSurname) {
          const list = surnames.get(last) ?? [];
          if (!list.includes(entry)) list.push(entry);
          surnames.set(last, list);
        }
      }
    };
    // the name itself is matched only when it is also an alias (a base is named قاعدة حرير, found as حرير)
    for (const a of new Set(raw.aliases ?? [])) put(a, 'full');
    for (const a of raw.cued ?? []) put(a, 'cued');
    for (const a of raw.short ?? []) put(a, 'short');
    for (const base of raw.nisba ?? []) {
      for (const f of nisbaForms(base)) if (!nisba.has(f)) nisba.set(f, entry.id);
      if (!feminineNisba.has(entry.id)) feminineNisba.set(entry.id, 'ال' + base + 'ة');
    }
  };

  for (const e of countries.entries as RawEntry[]) add(e, 'LOC', 'country');
  for (const e of places.entries as RawEntry[]) add(e, 'LOC', 'place');
  for (const e of organizations.entries as RawEntry[]) add(e, 'ORG', 'organisation');
  for (const e of people.entries as RawEntry[]) add(e, 'PERSON', 'person');
  const given = wordSet(names.given);
  // Wire agencies: a short alias (واع، قنا، فارس) is also a word or a name, so it needs a cue or quotes.
  agencies.agencies.forEach((a, i) => {
    const full: string[] = [];
    const cued: string[] = [];
    for (const alias of agencyNames(a)) {
      const words = keyWords(alias);
      if (!words.length || claimed.has(words.join(' '))) continue;
      const one = words.length === 1 ? words[0]! : null;
      if (one !== null && (one.length <= 4 || given.has(one) || /^[A-Za-z]{1,4}$/.test(one))) cued.push(alias);
      else full.push(alias);
    }
    add({ id: `agency:${i}`, name: a.name, aliases: full, cued, kind: 'agency' }, 'ORG', 'agency');
  });
  for (const e of extra) add(e, e.type, 'local');

  return {
    entries,
    names: root,
    nisba,
    feminineNisba,
    personWords,
    surnames,
    titles: {
      heads: wordSet(titles.heads),
      standalone: phraseTrie(titles.standalone.map((t) => [t, t])),
      relational: wordSet(titles.relational),
      honorifics: phraseTrie(titles.honorifics.map((t) => [t, t])),
      modifiers: wordSet(titles.modifiers),
      time: wordSet(titles.timeWords),
      orgHeads: wordSet(titles.orgHeads),
      eventHeads: wordSet(titles.eventHeads),
      orgNeedsTwo: wordSet(titles.orgNeedsTwo),
      portfolios: phraseTrie(titles.portfolios.flatMap((p) => p.words.map((w) => [w, { id: p.id, display: w }] as [string, { id: string; display: string }]))),
      institutions: phraseTrie(titles.institutions.flatMap((p) => p.words.map((w) => [w, { id: p.id, display: w }] as [string, { id: string; display: string }]))),
      cues: { outlet: wordSet(titles.cues.outlet), place: wordSet(titles.cues.place), group: wordSet(titles.cues.group) },
    },
    given,
    ambiguousGiven: wordSet(names.ambiguous),
    particles: wordSet(names.particles),
  };
}

let shared: Gazetteer | null = null;

/** The gazetteer of the data files, built on first use. */
export function gazetteer(): Gazetteer {
  return (shared ??= buildGazetteer());
}
