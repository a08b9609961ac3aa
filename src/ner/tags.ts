/**
 * The tag set of the tagger: ANERcorp's B-/I- × PERS, LOC, ORG, MISC and O, and the BIO rules a tag sequence obeys.
 */

export type EntityType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

export const ENTITY_TYPES: readonly EntityType[] = ['PERS', 'LOC', 'ORG', 'MISC'];

/** Every tag, in the order of the model's weight rows. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/**
 * The states the model decodes: BILOU (B begin, I inside, L last, U a one-token entity, O) by default, which lets
 * the weights tell a name's last word and a one-word name apart; BIO when MARSAD_NER_SCHEME=bio (experiments).
 * Tags come out in BIO whatever the states.
 */
export const SCHEME: 'bilou' | 'bio' = process.env['MARSAD_NER_SCHEME'] === 'bio' ? 'bio' : 'bilou';

export const STATES: readonly string[] =
  SCHEME === 'bio' ? TAGS : ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])];

const STATE_INDEX: ReadonlyMap<string, number> = new Map(STATES.map((t, i) => [t, i]));

/** Whether state `next` may follow state `prev` (null: the sentence start). */
export function allowedStateTransition(prev: string | null, next: string): boolean {
  if (SCHEME === 'bio') return allowedTransition(prev, next);
  const open = prev !== null && (prev.startsWith('B-') || prev.startsWith('I-'));
  const continues = next.startsWith('I-') || next.startsWith('L-');
  if (open) return continues && prev.slice(2) === next.slice(2);
  return !continues;
}

/** Whether a sentence may end in `state`. */
export function canEnd(state: string): boolean {
  return SCHEME === 'bio' || !(state.startsWith('B-') || state.startsWith('I-'));
}

/** The state numbers of a BIO tag sequence (an I-X that continues nothing opens an entity, as seqeval reads it). */
export function tagsToStates(tags: readonly string[]): number[] {
  const spans = spansOf(tags);
  const states: string[] = tags.map(() => 'O');
  for (const sp of spans) {
    for (let i = sp.start; i < sp.end; i++) {
      const single = sp.end - sp.start === 1;
      const pos = SCHEME === 'bio' ? (i === sp.start ? 'B' : 'I') : single ? 'U' : i === sp.start ? 'B' : i === sp.end - 1 ? 'L' : 'I';
      states[i] = `${pos}-${sp.type}`;
    }
  }
  return states.map((s) => STATE_INDEX.get(s)!);
}

/** The BIO tag of each state, made once: a tagged text shares these strings instead of building its own. */
const STATE_TAGS: readonly string[] = STATES.map((s) => {
  if (s === 'O') return s;
  const pos = s[0] === 'B' || s[0] === 'U' ? 'B' : 'I';
  return `${pos}-${s.slice(2)}`;
});

/** BIO tags of a state sequence. */
export function statesToTags(states: ArrayLike<number>): string[] {
  return Array.from(states, (y) => STATE_TAGS[y]!);
}

/** Whether `next` may follow `prev` (null: the sentence start): an I-X only continues a B-X or I-X. */
export function allowedTransition(prev: string | null, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  if (prev === null || prev === 'O') return false;
  return prev.slice(2) === next.slice(2);
}

export interface EntitySpan {
  /** Index of the first token. */
  start: number;
  /** Index after the last token. */
  end: number;
  type: EntityType;
}

/** Entity spans of a BIO tag sequence; a run that starts with I-X counts as an entity (as seqeval reads it). */
export function spansOf(tags: readonly string[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  tags.forEach((tag, i) => {
    const bio = tag === 'O' ? 'O' : tag[0];
    const type = tag === 'O' ? null : (tag.slice(2) as EntityType);
    if (open && (bio !== 'I' || type !== open.type)) {
      out.push(open);
      open = null;
    }
    if (!open && type && (bio === 'B' || bio === 'I') && ENTITY_TYPES.includes(type)) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  });
  if (open) out.push(open);
  return out;
}
