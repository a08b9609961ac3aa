/**
 * Where parsers propose overlapping readings of the same words ("الخميس" alone and "الخميس 25 يناير 2024"),
 * the longest reading wins: it is the one that used the most of what the text says. Ties go to the parser
 * listed first (see index.ts), which is the more specific one.
 */
import type { Candidate } from '../types.js';

export function removeOverlaps(candidates: Candidate[], priority: (c: Candidate) => number): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.e - b.s - (a.e - a.s) || priority(a) - priority(b) || a.s - b.s);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.e <= c.s) continue;
    if (kept.some((k) => c.s < k.e && k.s < c.e)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.s - b.s);
}
