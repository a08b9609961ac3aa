/**
 * Pairs of numbers → `width` rows, by open addressing over typed arrays: a pair of adjacent words costs a few
 * integer operations, not a string. Filled when a model is compiled, read-only after.
 */

/** The pair templates over normalised words, in the order of their rows in a {@link PairTable} of 4 values. */
export const NORM_PAIRS = ['w-1|w', 'w|w+1', 'w-2|w-1', 'w+1|w+2'] as const;
/** The pair template over stems, in a table of 1 value. */
export const STEM_PAIR = 's-1|s';
/** The pair templates over shapes (a handful of values: looked up on first use, not in a pair table). */
export const SHAPE_PAIRS = ['sh-1|sh=', 'sh|sh+1='] as const;
/** A table entry not looked up yet. */
export const UNSET = -2;

/** Slots of an open-addressing table of `entries`: a power of two, at least twice the entries (short probes). */
function slotsFor(entries: number): number {
  let cap = 16;
  while (cap < entries * 2) cap *= 2;
  return cap;
}

/**
 * Pairs of numbers → `width` rows, each entry's key and rows side by side in one array (`data`, entries of a
 * power-of-two stride): a pair that the model has costs one cache line, not one for its key and another for its
 * rows. A sentence's scoring looks up every two adjacent words in tables of megabytes, so the
 * line saved is a miss saved. {@link find} and {@link add} give where the entry's rows start in `data`.
 *
 * About half the pairs looked up are not there (two words each of which the model knows in some pair, but not
 * together): a bit per hash value (8 bits an entry, a few dozen kilobytes that stay in cache) answers most of them
 * without reading the table. The bits only ever say "maybe": a pair whose bit is clear was never added.
 */
export class PairTable {
  readonly data: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly maybe: Int32Array;
  private readonly maybeMask: number;

  constructor(
    entries: number,
    readonly width: number,
  ) {
    const cap = slotsFor(entries);
    this.mask = cap - 1;
    let stride = 1;
    while (stride < width + 2) stride *= 2;
    this.shift = 31 - Math.clz32(stride);
    this.data = new Int32Array(cap * stride).fill(-1);
    // cap ≥ 2 × entries, so 4 × cap bits give at least 8 an entry
    this.maybe = new Int32Array(cap / 8);
    this.maybeMask = cap / 8 - 1;
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }

  /** The word of {@link maybe} that holds the bit of hash value h (the bit within it: h >>> 8, taken mod 32). */
  private static word(h: number, mask: number): number {
    return (h >>> 13) & mask;
  }

  /** Where the rows of (a, b) start in `data`, or -1. */
  find(a: number, b: number): number {
    const h = PairTable.hash(a, b);
    if ((this.maybe[PairTable.word(h, this.maybeMask)]! & (1 << (h >>> 8))) === 0) return -1;
    const at = this.slot(a, b, h);
    return this.data[at] === -1 ? -1 : at + 2;
  }

  /** Where the rows of (a, b) start in `data`, the entry made when new. */
  add(a: number, b: number): number {
    const h = PairTable.hash(a, b);
    this.maybe[PairTable.word(h, this.maybeMask)]! |= 1 << (h >>> 8);
    const at = this.slot(a, b, h);
    if (this.data[at] === -1) {
      this.data[at] = a;
      this.data[at + 1] = b;
    }
    return at + 2;
  }

  /** The entry of (a, b) in `data`, or the empty one where it would go (linear probing from its hash h). */
  private slot(a: number, b: number, h: number): number {
    const data = this.data;
    const shift = this.shift;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const at = i << shift;
      const k = data[at]!;
      if (k === -1 || (k === a && data[at + 1] === b)) return at;
    }
  }
}
