/** Entity-level precision, recall and F1 (type and both ends must match), as ../shared/eval/ner-score.mjs counts. */
import { ENTITY_TYPES, spansOf } from './tags.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function scoreEntities(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Record<string, Prf> {
  const key = (s: number, sp: { start: number; end: number; type: string }) => `${s}:${sp.start}:${sp.end}:${sp.type}`;
  const g = new Set(gold.flatMap((tags, s) => spansOf(tags).map((sp) => key(s, sp))));
  const p = new Set(pred.flatMap((tags, s) => spansOf(tags).map((sp) => key(s, sp))));
  const stat = (type: string | null): Prf => {
    const keep = (k: string) => type === null || k.endsWith(':' + type);
    const gs = [...g].filter(keep);
    const ps = [...p].filter(keep);
    const tp = ps.filter((k) => g.has(k)).length;
    const precision = ps.length ? tp / ps.length : 0;
    const recall = gs.length ? tp / gs.length : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: gs.length };
  };
  const out: Record<string, Prf> = { overall: stat(null) };
  for (const t of ENTITY_TYPES) out[t] = stat(t);
  return out;
}
