/**
 * A text derived from an immutable source (cleaned, extracted or normalised) that remembers, for every one of its
 * UTF-16 units, which units of the source it came from. Every span computed on the derived text is mapped back to
 * source offsets through it, so nothing downstream ever needs to search the source for its own words again.
 *
 * `from[i]`/`to[i]` is the half-open source range that unit `i` came from. A unit that was inserted (the `\n`
 * between two paragraphs taken from different places) has `from[i] === to[i]`: it covers no source text.
 */
export class OffsetText {
  readonly text: string;
  private readonly from: Int32Array;
  private readonly to: Int32Array;

  private constructor(text: string, from: Int32Array, to: Int32Array) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** The identity view of a source range. */
  static slice(source: string, start = 0, end = source.length): OffsetText {
    const n = end - start;
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      from[i] = start + i;
      to[i] = start + i + 1;
    }
    return new OffsetText(source.slice(start, end), from, to);
  }

  /** Builds a text piece by piece; see {@link OffsetTextBuilder}. */
  static builder(): OffsetTextBuilder {
    return new OffsetTextBuilder();
  }

  get length(): number {
    return this.text.length;
  }

  /**
   * The source range of text range `[start, end)`. Inserted units at either edge are skipped so that the range
   * covers exactly the source text that produced the words; an all-inserted range collapses to an empty range.
   */
  toSource(start: number, end: number): [number, number] {
    if (start < 0 || end > this.text.length || start > end) {
      throw new RangeError(`range [${start}, ${end}) outside a text of ${this.text.length}`);
    }
    let s = start;
    let e = end;
    while (s < e && this.from[s] === this.to[s]) s++;
    while (e > s && this.from[e - 1] === this.to[e - 1]) e--;
    if (s === e) {
      const at = start < this.text.length ? this.from[start]! : this.text.length ? this.to[this.text.length - 1]! : 0;
      return [at, at];
    }
    return [this.from[s]!, this.to[e - 1]!];
  }

  /** Source offset where unit `i` begins (for `i === length`, where the last unit ends). */
  sourceAt(i: number): number {
    if (i >= this.text.length) return this.text.length ? this.to[this.text.length - 1]! : 0;
    return this.from[i]!;
  }

  /**
   * The first text index whose unit comes from source offset `offset` or later; the inverse of
   * {@link sourceAt} for offsets that fall inside the text's pieces.
   */
  fromSource(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.to[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A text derived from this one. `parentFrom[j]`/`parentTo[j]` give, for unit `j` of `text`, the half-open
   * range of this text's units it came from (equal values mark an inserted unit). The result maps straight to
   * the source, so views compose: source → cleaned body → normalised form.
   */
  derive(text: string, parentFrom: ArrayLike<number>, parentTo: ArrayLike<number>): OffsetText {
    const n = text.length;
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const a = parentFrom[j]!;
      const b = parentTo[j]!;
      if (a === b) {
        const at = this.sourceAt(a);
        from[j] = at;
        to[j] = at;
      } else {
        const [s, e] = this.toSource(a, b);
        from[j] = s;
        to[j] = e;
      }
    }
    return new OffsetText(text, from, to);
  }

  /** The sub-view `[start, end)` of this text, still mapped to the source. */
  sub(start: number, end: number): OffsetText {
    return new OffsetText(this.text.slice(start, end), this.from.slice(start, end), this.to.slice(start, end));
  }

  /** @internal used by the builder */
  static fromArrays(text: string, from: Int32Array, to: Int32Array): OffsetText {
    return new OffsetText(text, from, to);
  }
}

/** Appends source slices, already-mapped views and inserted separators into one {@link OffsetText}. */
export class OffsetTextBuilder {
  private parts: string[] = [];
  private from: number[] = [];
  private to: number[] = [];

  /** Appends `source.slice(start, end)` verbatim. */
  addSlice(source: string, start: number, end: number): this {
    this.parts.push(source.slice(start, end));
    for (let i = start; i < end; i++) {
      this.from.push(i);
      this.to.push(i + 1);
    }
    return this;
  }

  /** Appends a view that is already mapped to the same source. */
  addView(view: OffsetText, start = 0, end = view.length): this {
    this.parts.push(view.text.slice(start, end));
    for (let i = start; i < end; i++) {
      const [s, e] = view.toSource(i, i + 1);
      this.from.push(s);
      this.to.push(e);
    }
    return this;
  }

  /** Appends text that stands for the source range `[start, end)` as a whole (a decoded `&amp;`, say). */
  addReplacement(text: string, start: number, end: number): this {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.from.push(start);
      this.to.push(end);
    }
    return this;
  }

  /** Appends text that has no source (a paragraph separator). */
  insert(text: string): this {
    const at = this.to.length ? this.to[this.to.length - 1]! : 0;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.from.push(at);
      this.to.push(at);
    }
    return this;
  }

  get length(): number {
    return this.from.length;
  }

  build(): OffsetText {
    return OffsetText.fromArrays(this.parts.join(''), Int32Array.from(this.from), Int32Array.from(this.to));
  }
}
