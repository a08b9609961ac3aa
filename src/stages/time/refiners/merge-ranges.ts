/**
 * Two dates joined into one range: بين 3 مارس و5 أبريل، من الاثنين إلى الجمعة، شهري مارس وأبريل، من يناير حتى
 * مارس 2024. The word that opens the range (بين، من، شهري، يومي) decides which link closes it: بين and the duals
 * take و, من takes إلى/حتى. Without an opening word, "X و Y" is two dates, not a range. A part the first date
 * leaves out (the year of "من يناير حتى مارس 2024") is taken from the second, as the writer meant it.
 */
import { endsBefore, OS, S } from '../patterns.js';
import type { Candidate, Ref } from '../types.js';

const AND_LEAD = `(?:بين|ما${S}بين|الفتره${S}(?:ما${S})?بين|شهري|يومي|عامي)${S}$`;
const TO_LEAD = `(?:من|الفتره${S}(?:الممتده${S})?من|ابتداء${S}من|اعتبارا${S}من)${S}$`;
const AND_GAP = new RegExp(`^${OS}و${OS}$`);
const TO_GAP = new RegExp(`^${OS}(?:-|الي|حتي|لغايه|ولغايه|وحتي|وصولا${S}الي)${OS}$`);

export function mergeRanges(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    const merged = b && mergeable(a, b) ? merge(a, b, text) : null;
    if (merged) {
      out.push(merged);
      i++;
    } else out.push(a);
  }
  return out;
}

function mergeable(a: Candidate, b: Candidate): boolean {
  return a.kind === 'date' && b.kind === 'date' && a.ref.t !== 'none' && b.ref.t !== 'none';
}

function merge(a: Candidate, b: Candidate, text: string): Candidate | null {
  const gap = text.slice(a.e, b.s);
  const and = AND_GAP.test(gap);
  const to = TO_GAP.test(gap);
  const lead = and ? endsBefore(text, a.s, AND_LEAD) : to ? endsBefore(text, a.s, TO_LEAD) : null;
  const dash = /^\s*-\s*$/.test(gap) && a.by === b.by && a.by !== 'weekday';
  if (!lead && !dash) return null;
  const s = lead ? a.s - lead[0].length : a.s;
  return { s, e: b.e, kind: 'range', ref: completed(a.ref, b.ref), ref2: b.ref, by: `${a.by}+range` };
}

/** The first end of a range, with the parts it leaves out taken from the second. */
function completed(a: Ref, b: Ref): Ref {
  if (a.t !== 'md') return a;
  const day = a.d ? { d: a.d } : {};
  if (b.t === 'abs' && b.m) return { t: 'abs', y: a.m > b.m ? b.y - 1 : b.y, m: a.m, ...day };
  if (b.t === 'shift' && b.unit === 'year' && b.m) return { t: 'shift', unit: 'year', n: a.m > b.m ? b.n - 1 : b.n, m: a.m, ...day };
  if (b.t === 'md') return { ...a, dir: b.dir };
  return a;
}
