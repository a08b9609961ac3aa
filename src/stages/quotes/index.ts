/**
 * Stage `quotes`: who said what, and through whom. Finds direct quotations and reported speech with their
 * reporting verb (before or after the words), attributes each to its speaker — named with a role, anonymous, a
 * body, a document, an outlet, or a speaker the sentence leaves implicit and an earlier one gives — and lists
 * the channels it came through, nearest first (told to an outlet, relayed by an agency, quoted inside a report).
 *
 * Returns `layers.quotes`: {@link QuoteLayerItem}s in source offsets. A speaker's span is where its name is
 * written (for a reference back, where the name it refers to is), so that the dossier links it to its entity.
 */
import type { Doc } from '../../model/document.js';
import type { QuoteLayerItem } from '../../outputs/dossier.js';
import type { DocStage } from '../../pipeline/stage.js';
import { findAttributions, findContinuations, findCueQuotes, findEchoes, type Found } from './find.js';
import { resolveSpeakers, type Resolved } from './resolve.js';
import { mayEndWireName, wireName, type OutletMemory } from './speaker.js';
import { agencyOf } from '../../knowledge/index.js';
import { buildView, type View, type W } from './view.js';

export const quotes: DocStage = {
  name: 'quotes',
  // furniture: the wire dateline cleaning cut off names the agency every quote came through; entities: a surname
  // said alone is the person mention the entity stage found ending where the text gave the name in full
  needs: ['sentences', 'tokens', 'furniture', 'entities'],
  adds: ['quotes'],
  run(doc) {
    return { layers: { quotes: findQuotes(doc) } };
  },
};

export function findQuotes(doc: Readonly<Doc>): QuoteLayerItem[] {
  if (!doc.tokens.length) return [];
  const view = buildView(doc);
  const memory = outletMemory(view);
  const found = findCueQuotes(view, memory);
  found.push(...findAttributions(view, found, memory));
  found.push(...findEchoes(view, found, memory));
  found.push(...findContinuations(view, found));
  const resolved = resolveSpeakers(view, dedupe(found), memory);
  // words inside a speaker's own words that the same speaker says (قال إنه يتوقع أن …) are not another quote
  const kept = resolved.filter((r) => !(r.outer && (r.text === null || r.text === r.outer.text)));
  const wire = wireCredit(doc);
  if (wire) for (const r of kept) throughWire(r, wire);
  return kept.flatMap((r) => toItem(view, r));
}

/**
 * The agency of the article's wire dateline (بغداد (رويترز) -, which cleaning cut off as furniture), as written:
 * everything in the article reached the outlet through it.
 */
function wireCredit(doc: Readonly<Doc>): string | null {
  for (const f of doc.furniture) {
    if (f.kind !== 'dateline') continue;
    const m = /\(([^()\n]{1,25})\)/.exec(f.text);
    if (m && agencyOf(m[1]!.trim())) return m[1]!.trim();
  }
  return null;
}

/** The wire agency is the last channel before the outlet, unless the chain names it already or it is the speaker. */
function throughWire(r: Resolved, wire: string): void {
  const agency = agencyOf(wire);
  const same = (name: string | null) => name !== null && (name === wire || agencyOf(name) === agency);
  if (same(r.text) || r.via.some(same)) return;
  r.via = [...r.via, wire];
}

/** Two records of the same words (a verb and an attribution of one clause): the verb's is kept. */
function dedupe(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (f.to <= f.from) continue;
    if (out.some((o) => o.from === f.from && o.to === f.to)) continue;
    out.push(f);
  }
  return out;
}

/** The last agency or outlet named before a token: what `الوكالة ذاتها` or `الوكالة` points back to. */
function outletMemory(view: View): OutletMemory {
  const seen: Array<{ k: number; name: string }> = [];
  const ws = view.ws;
  // a run of words can be an agency's name only if its last word ends one: most words end none, and the runs
  // ending on them need no look-up
  const endsName = new Uint8Array(ws.length);
  for (let k = 0; k < ws.length; k++) {
    if (!ws[k]!.word) continue;
    const t = ws[k]!.t;
    // the token's own text when it is the body's (it always is after segment): no new string to hash
    const own = t.text.length === t.bodyEnd - t.bodyStart && view.text.startsWith(t.text, t.bodyStart);
    const info = own ? ws[k]!.info : null;
    if (info && info.wire >= 0) {
      endsName[k] = info.wire;
      continue;
    }
    const written = own ? t.text : view.text.slice(t.bodyStart, t.bodyEnd);
    endsName[k] = mayEndWireName(written) || mayEndWireName(written.replace(/^[لو]ـ?/, '')) ? 1 : 0;
    if (info) info.wire = endsName[k]!;
  }
  for (let k = 0; k < ws.length; k++) {
    if (!ws[k]!.word) continue;
    for (let n = 3; n >= 1; n--) {
      const e = k + n;
      if (e > ws.length || !endsName[e - 1] || !allWords(ws, k, e)) continue;
      const surface = view.text.slice(ws[k]!.t.bodyStart, ws[e - 1]!.t.bodyEnd);
      const bare = surface.replace(/^[لو]ـ?/, '');
      const marked = view.openAt.has(k - 1) || /^(وكال|الوكال|لوكال)/.test(ws[k - 1]?.norm ?? '');
      if (wireName(surface, marked) || (bare !== surface && bare.length > 2 && wireName(bare, marked))) {
        seen.push({ k, name: wireName(surface, marked) ? surface : bare });
        k = e - 1;
        break;
      }
    }
  }
  return (k) => {
    let best: string | null = null;
    for (const s of seen) if (s.k < k) best = s.name;
    return best;
  };
}

/** Whether every token of `[from, to)` is a word. */
function allWords(ws: readonly W[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ws[k]!.word) return false;
  return true;
}

function toItem(view: View, r: Resolved): QuoteLayerItem[] {
  const body = view.doc.body;
  const ws = view.ws;
  const from = ws[r.f.from]!.t.bodyStart;
  const to = ws[r.f.to - 1]!.t.bodyEnd;
  const [start, end] = body.toSource(from, to);
  if (end <= start) return [];
  const speaker: QuoteLayerItem['speaker'] = { text: r.text ? clean(r.text) : null };
  if (r.span) {
    const [s, e] = body.toSource(r.span.start, r.span.end);
    if (e > s) {
      speaker.start = s;
      speaker.end = e;
    }
  }
  const cue = ws[r.f.anchor]!;
  const [cueStart, cueEnd] = body.toSource(cue.t.bodyStart, cue.t.bodyEnd);
  return [
    {
      start,
      end,
      speaker,
      cue: r.f.cue,
      direct: r.f.direct,
      via: r.via.map(clean),
      speakerKind: r.kind,
      speakerRole: r.role ? clean(r.role) : null,
      attributed: r.by,
      form: r.f.how,
      lemma: r.f.lemma,
      nested: r.outer !== null,
      cueSpan: cueEnd > cueStart ? [cueStart, cueEnd] : null,
    },
  ];
}

function clean(s: string): string {
  let t = s.replace(/\s+/g, ' ').replace(/^[\s،,؛;:]+|[\s،,؛;:]+$/g, '');
  const pairs: Record<string, string> = { '«': '»', '“': '”', '"': '"', '(': ')', '”': '”' };
  if (t.length > 2 && pairs[t[0]!] === t[t.length - 1] && !t.slice(1, -1).match(/[«»“”"()]/)) t = t.slice(1, -1).trim();
  return t;
}
