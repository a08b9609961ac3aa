/**
 * What became of an undertaking, as far as the story tells: a report later than it (a later article by
 * publication date, or further on in the same article) that the same action was done (انسحب، اكتمل، نُفذ، تم،
 * بدأ فعلاً) makes it `fulfilled`; one that says it was not done, delayed or reversed (لم يُنفذ، تأجل، تراجع،
 * أُرجئ، خرق) makes it `broken`. "The same action" is judged by the words the report shares with the undertaking.
 */
import type { Doc } from '../../model/document.js';
import type { CommitmentStatus, StoryEvent } from '../analysis.js';
import { keysIn, overlapCount, sentenceBoundsOnce } from '../quantities/context.js';
import { OUTCOME, outcomeBits } from './word-classes.js';
import type { CommitmentMention } from './extract.js';

export interface Outcome {
  doc: Doc;
  status: Exclude<CommitmentStatus, 'announced' | 'unknown'>;
  cue: string;
  start: number;
  end: number;
  keys: Set<string>;
}

/** The reports of the documents that say an action happened, or did not. */
export function outcomesOf(doc: Doc): Outcome[] {
  const tokens = doc.tokens;
  const out: Outcome[] = [];
  // each token's lists (the conjunction comes off short words too: ولم يتم), read once per token
  const bits = new Uint8Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) bits[k] = outcomeBits(tokens[k]!);
  const before = (i: number) => (i > 0 ? bits[i - 1]! : 0);
  let bounds: ReturnType<typeof sentenceBoundsOnce> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const b = bits[i]!;
    if (!(b & ANY_CUE) || tokens[i]!.kind !== 'word') continue;
    const t = tokens[i]!;
    let status: Outcome['status'] | null = null;
    if (b & OUTCOME.negation && bits[i + 1]! & OUTCOME.negatedDone) status = 'broken';
    else if (b & OUTCOME.broken && !(before(i) & OUTCOME.negation)) status = 'broken';
    else if (b & OUTCOME.begin) {
      let indeed = false;
      for (let k = i + 1; k < Math.min(i + 4, tokens.length); k++) if (bits[k]! & OUTCOME.indeed) indeed = true;
      if (indeed && !(before(i) & OUTCOME.negation)) status = 'fulfilled';
    } else if (b & OUTCOME.done && !(before(i) & OUTCOME.negation)) status = 'fulfilled';
    if (!status) continue;
    bounds ??= sentenceBoundsOnce(doc);
    const from = bounds.from[i]!;
    const to = bounds.to[i]!;
    out.push({ doc, status, cue: t.text, start: tokens[from]!.start, end: tokens[to - 1]!.end, keys: keysIn(doc, from, to) });
  }
  return out;
}

const ANY_CUE = OUTCOME.negation | OUTCOME.broken | OUTCOME.begin | OUTCOME.done;

/** A document's date: its publication date, else the latest dated event it reports (the runner may infer one). */
export function docDate(doc: Doc, events: readonly StoryEvent[] | undefined): string | null {
  if (doc.published?.value) return doc.published.value;
  let best: string | null = null;
  for (const e of events ?? []) {
    const v = e.date?.value;
    if (typeof v !== 'string' || !/^\d{4}-\d{2}/.test(v)) continue;
    if (!e.mentions.some((m) => m.doc === doc.id)) continue;
    const day = v.slice(0, 10);
    if (!best || day > best) best = day;
  }
  return best;
}

/**
 * {@link docDate} of every document of a story, the events read once for all of them (not once per document).
 */
export function docDates(docs: readonly Doc[], events: readonly StoryEvent[] | undefined): Map<string, string | null> {
  const latest = new Map<string, string>();
  for (const e of events ?? []) {
    const v = e.date?.value;
    if (typeof v !== 'string' || !/^\d{4}-\d{2}/.test(v)) continue;
    const day = v.slice(0, 10);
    for (const m of e.mentions) {
      const had = latest.get(m.doc);
      if (!had || day > had) latest.set(m.doc, day);
    }
  }
  return new Map(docs.map((d) => [d.id, d.published?.value ? d.published.value : latest.get(d.id) ?? null]));
}

/**
 * The outcome reports that share at least two keys with each undertaking, found through an index of the
 * outcomes' keys rather than by comparing every undertaking with every outcome: {@link evidenceFor} needs two
 * shared keys, so an outcome sharing fewer cannot be evidence. Each list is in the order of `outcomes`.
 */
export function evidenceOf(
  mentions: readonly CommitmentMention[],
  outcomes: readonly Outcome[],
  dates: ReadonlyMap<string, string | null>,
): Map<CommitmentMention, Outcome[]> {
  const byKey = new Map<string, number[]>();
  outcomes.forEach((o, i) => {
    for (const k of o.keys) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const out = new Map<CommitmentMention, Outcome[]>();
  for (const c of mentions) {
    const shared = new Map<number, number>();
    for (const k of c.keys) for (const i of byKey.get(k) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const candidates = [...shared].filter(([, n]) => n >= 2).map(([i]) => i).sort((a, b) => a - b);
    out.set(c, evidenceFor(c, candidates.map((i) => outcomes[i]!), dates));
  }
  return out;
}

/** Whether `b` comes strictly after `a` as dates of two documents (compared on the precision both have). */
function later(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const n = Math.min(a.length, b.length);
  return b.slice(0, n) > a.slice(0, n);
}

/** The outcome reports that speak to this undertaking: later than it, about the same action. */
export function evidenceFor(
  c: CommitmentMention,
  outcomes: readonly Outcome[],
  dates: ReadonlyMap<string, string | null>,
): Outcome[] {
  return outcomes.filter((o) => {
    const after = o.doc === c.doc ? o.start >= c.end : later(dates.get(c.doc.id) ?? null, dates.get(o.doc.id) ?? null);
    if (!after) return false;
    const shared = overlapCount(c.keys, o.keys);
    return shared >= 2 && shared >= 0.3 * c.keys.size;
  });
}
