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

export class PairTable {
  private keys: Int32Array;
  readonly values: Int32Array;
  private mask: number;

  constructor(
    entries: number,
    readonly width: number,
  ) {
    let cap = 16;
    while (cap < entries * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap * 2).fill(-1);
    this.values = new Int32Array(cap * width).fill(-1);
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }

  /** The slot of (a, b), or -1. */
  find(a: number, b: number): number {
    const keys = this.keys;
    for (let i = PairTable.hash(a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[2 * i]!;
      if (k === a && keys[2 * i + 1] === b) return i;
      if (k === -1) return -1;
    }
  }

  /** The slot of (a, b), made when new. */
  add(a: number, b: number): number {
    const keys = this.keys;
    for (let i = PairTable.hash(a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[2 * i]!;
      if (k === a && keys[2 * i + 1] === b) return i;
      if (k === -1) {
        keys[2 * i] = a;
        keys[2 * i + 1] = b;
        return i;
      }
    }
  }
}
