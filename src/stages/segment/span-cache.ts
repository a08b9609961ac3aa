/**
 * A cache keyed by a range of a text, looked up without making the range's string: the segmenter asks it once
 * per token of every body, and slicing each token only to hash it made a string per token for the collector.
 * Open addressing over a power-of-two table; a key is the string stored with its value, compared in place.
 */
export class SpanCache<V> {
  private keys: Array<string | undefined>;
  private values: Array<V | undefined>;
  private hashes: Int32Array;
  private size = 0;
  private readonly mask: number;

  /** `bits`: log2 of the table's slots; the cache empties itself when it is half full. */
  constructor(bits = 18) {
    const slots = 1 << bits;
    this.mask = slots - 1;
    this.keys = new Array<string | undefined>(slots);
    this.values = new Array<V | undefined>(slots);
    this.hashes = new Int32Array(slots);
  }

  /** The value stored for `text.slice(start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const h = hashOf(text, start, end);
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === h && key.length === len && text.startsWith(key, start)) return this.values[slot];
    }
  }

  /** Stores `value` for `key` (which must not be stored yet). */
  set(key: string, value: V): void {
    if (this.size >= (this.mask + 1) >> 1) this.clear();
    const h = hashOf(key, 0, key.length);
    let slot = h & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.hashes[slot] = h;
    this.size++;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.size = 0;
  }
}

/** FNV-1a over the UTF-16 units of `text[start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}
