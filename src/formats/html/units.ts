import { OffsetText, type OffsetTextBuilder } from '../../model/offset-text.js';

/**
 * One UTF-16 unit of decoded text and the half-open source range it stands for. A unit decoded from a character
 * reference stands for the whole reference (`ref`), the space a `<br>` makes stands for the tag; a unit with
 * `from === to === -1` has no source at all (a break between blocks merged into one headline).
 */
export interface Unit {
  ch: string;
  from: number;
  to: number;
  ref: boolean;
}

export const NO_SOURCE_SPACE: Unit = { ch: ' ', from: -1, to: -1, ref: false };

/** HTML's collapsible whitespace plus no-break and other Unicode spaces, which news sites use as plain spaces. */
const SPACE = /\s/;

function isSpace(u: Unit): boolean {
  return SPACE.test(u.ch);
}

/**
 * Turns the units of one block into an {@link OffsetText}: runs of whitespace become one space mapped to the
 * source whitespace it replaces, the block is trimmed, verbatim text goes in as source slices and decoded references
 * as replacements, so every range of the result maps back to exactly the source that produced it.
 */
export function buildView(html: string, units: readonly Unit[]): OffsetText | null {
  let lo = 0;
  let hi = units.length;
  while (lo < hi && isSpace(units[lo]!)) lo++;
  while (hi > lo && isSpace(units[hi - 1]!)) hi--;
  if (lo === hi) return null;

  const builder = OffsetText.builder();
  let i = lo;
  while (i < hi) {
    const u = units[i]!;
    if (isSpace(u)) {
      let j = i;
      while (j < hi && isSpace(units[j]!)) j++;
      addSpace(builder, html, units, i, j);
      i = j;
    } else if (u.ref || u.from < 0) {
      // One reference may decode to several units (an astral character); they share one source range.
      let j = i + 1;
      while (j < hi && units[j]!.from === u.from && units[j]!.to === u.to && !isSpace(units[j]!)) j++;
      const text = units.slice(i, j).map((x) => x.ch).join('');
      if (u.from < 0) builder.insert(text);
      else builder.addReplacement(text, u.from, u.to);
      i = j;
    } else {
      let j = i + 1;
      while (j < hi && !units[j]!.ref && !isSpace(units[j]!) && units[j]!.from === units[j - 1]!.to) j++;
      builder.addSlice(html, u.from, units[j - 1]!.to);
      i = j;
    }
  }
  return builder.build();
}

/**
 * One space for the whitespace units `[i, j)`. It stands for the contiguous source whitespace where the run
 * starts; whitespace after an intervening tag is left out so the space's source range never swallows markup.
 */
function addSpace(builder: OffsetTextBuilder, html: string, units: readonly Unit[], i: number, j: number): void {
  let k = i;
  while (k < j && units[k]!.from < 0) k++;
  if (k === j) {
    builder.insert(' ');
    return;
  }
  const first = units[k]!;
  let end = first.to;
  for (let m = k + 1; m < j && units[m]!.from === end; m++) end = units[m]!.to;
  if (end - first.from === 1 && html[first.from] === ' ') builder.addSlice(html, first.from, end);
  else builder.addReplacement(' ', first.from, end);
}
