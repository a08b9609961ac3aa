/**
 * A text derived from an immutable source (cleaned, extracted or normalised) that remembers, for every one of its
 * UTF-16 units, which units of the source it came from. Every span computed on the derived text is mapped back to
 * source offsets through it, so nothing downstream ever needs to search the source for its own words again.
 *
 * Unit `i` came from the half-open source range `[from(i), to(i))`. A unit that was inserted (the `\n` between
 * two paragraphs taken from different places) has `from(i) === to(i)`: it covers no source text.
 *
 * A run holds every document's body for as long as it lasts, so the map is stored as compactly as its content
 * allows (the answers are the same whichever way it is stored):
 * - a plain slice of the source needs no arrays at all (unit `i` is source unit `base + i`);
 * - a text of single source units and inserted units (a cleaned body) keeps one array: `at` for a unit copied
 *   from source unit `at`, `~at` (negative) for a unit inserted at `at`;
 * - anything else (a replacement standing for several source units) keeps both ends of every unit.
 */
export class OffsetText {
  readonly text: string;
  /** Linear: null. Compact: encoded starts (see above). Full: the start of every unit. */
  private readonly from: Int32Array | null;
  /** Full only: the end of every unit. */
  private readonly to: Int32Array | null;
  /** Linear only: the source offset of unit 0. */
  private readonly base: number;

  private constructor(text: string, from: Int32Array | null, to: Int32Array | null, base: number) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.base = base;
  }

  /** The identity view of a source range. */
  static slice(source: string, start = 0, end = source.length): OffsetText {
    return new OffsetText(source.slice(start, end), null, null, start);
  }

  /** Builds a text piece by piece; see {@link OffsetTextBuilder}. */
  static builder(): OffsetTextBuilder {
    return new OffsetTextBuilder();
  }

  get length(): number {
    return this.text.length;
  }

  /** Source offset where unit `i` begins (`0 <= i < length`). */
  unitStart(i: number): number {
    const f = this.from;
    if (f === null) return this.base + i;
    const x = f[i]!;
    return this.to !== null || x >= 0 ? x : ~x;
  }

  /** Source offset where unit `i` ends (`0 <= i < length`). */
  unitEnd(i: number): number {
    const f = this.from;
    if (f === null) return this.base + i + 1;
    if (this.to !== null) return this.to[i]!;
    const x = f[i]!;
    return x >= 0 ? x + 1 : ~x;
  }

  /** Whether unit `i` was inserted (covers no source text). */
  private inserted(i: number): boolean {
    const f = this.from;
    if (f === null) return false;
    if (this.to !== null) return f[i] === this.to[i];
    return f[i]! < 0;
  }

  /**
   * The source range of text range `[start, end)`. Inserted units at either edge are skipped so that the range
   * covers exactly the source text that produced the words; an all-inserted range collapses to an empty range.
   */
  toSource(start: number, end: number): [number, number] {
    this.check(start, end);
    let s = start;
    let e = end;
    while (s < e && this.inserted(s)) s++;
    while (e > s && this.inserted(e - 1)) e--;
    if (s === e) {
      const at = this.collapsed(start);
      return [at, at];
    }
    return [this.unitStart(s), this.unitEnd(e - 1)];
  }

  /** `toSource(start, end)[0]`, without making the pair. */
  sourceStart(start: number, end: number): number {
    this.check(start, end);
    let s = start;
    let e = end;
    while (s < e && this.inserted(s)) s++;
    while (e > s && this.inserted(e - 1)) e--;
    return s === e ? this.collapsed(start) : this.unitStart(s);
  }

  /** `toSource(start, end)[1]`, without making the pair. */
  sourceEnd(start: number, end: number): number {
    this.check(start, end);
    let s = start;
    let e = end;
    while (s < e && this.inserted(s)) s++;
    while (e > s && this.inserted(e - 1)) e--;
    return s === e ? this.collapsed(start) : this.unitEnd(e - 1);
  }

  private check(start: number, end: number): void {
    if (start < 0 || end > this.text.length || start > end) {
      throw new RangeError(`range [${start}, ${end}) outside a text of ${this.text.length}`);
    }
  }

  /** Where an all-inserted (or empty) range starting at `start` sits in the source. */
  private collapsed(start: number): number {
    const n = this.text.length;
    return start < n ? this.unitStart(start) : n ? this.unitEnd(n - 1) : 0;
  }

  /** Source offset where unit `i` begins (for `i === length`, where the last unit ends). */
  sourceAt(i: number): number {
    if (i >= this.text.length) return this.text.length ? this.unitEnd(this.text.length - 1) : 0;
    return this.unitStart(i);
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
      if (this.unitEnd(mid) <= offset) lo = mid + 1;
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
        from[j] = this.sourceStart(a, b);
        to[j] = this.sourceEnd(a, b);
      }
    }
    return OffsetText.fromArrays(text, from, to);
  }

  /** The sub-view `[start, end)` of this text, still mapped to the source. */
  sub(start: number, end: number): OffsetText {
    const text = this.text.slice(start, end);
    if (this.from === null) return new OffsetText(text, null, null, this.base + start);
    return new OffsetText(text, this.from.slice(start, end), this.to ? this.to.slice(start, end) : null, 0);
  }

  /**
   * @internal used by the builder: the text whose unit `i` came from `[from[i], to[i])`, stored in the most
   * compact form that gives the same answers.
   */
  static fromArrays(text: string, from: Int32Array, to: Int32Array): OffsetText {
    const n = from.length;
    let linear = true;
    let compact = true;
    const base = n ? from[0]! : 0;
    for (let i = 0; i < n; i++) {
      const f = from[i]!;
      const t = to[i]!;
      if (t === f + 1) {
        if (f !== base + i) linear = false;
      } else if (t === f) linear = false;
      else {
        compact = false;
        break;
      }
    }
    if (!compact) return new OffsetText(text, from, to, 0);
    if (linear) return new OffsetText(text, null, null, base);
    for (let i = 0; i < n; i++) if (to[i] === from[i]) from[i] = ~from[i]!;
    return new OffsetText(text, from, null, 0);
  }
}

/** Appends source slices, already-mapped views and inserted separators into one {@link OffsetText}. */
export class OffsetTextBuilder {
  private parts: string[] = [];
  private from = new Int32Array(256);
  private to = new Int32Array(256);
  private n = 0;

  private room(k: number): void {
    if (this.n + k <= this.from.length) return;
    const size = Math.max(this.from.length * 2, this.n + k);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    from.set(this.from.subarray(0, this.n));
    to.set(this.to.subarray(0, this.n));
    this.from = from;
    this.to = to;
  }

  /** Appends `source.slice(start, end)` verbatim. */
  addSlice(source: string, start: number, end: number): this {
    this.parts.push(source.slice(start, end));
    if (end <= start) return this;
    this.room(end - start);
    let n = this.n;
    for (let i = start; i < end; i++) {
      this.from[n] = i;
      this.to[n++] = i + 1;
    }
    this.n = n;
    return this;
  }

  /** Appends a view that is already mapped to the same source. */
  addView(view: OffsetText, start = 0, end = view.length): this {
    this.parts.push(view.text.slice(start, end));
    if (end <= start) return this;
    // as view.toSource(i, i + 1) of every unit
    if (start < 0 || end > view.length) view.toSource(start, end);
    this.room(end - start);
    let n = this.n;
    for (let i = start; i < end; i++) {
      this.from[n] = view.unitStart(i);
      this.to[n++] = view.unitEnd(i);
    }
    this.n = n;
    return this;
  }

  /** Appends text that stands for the source range `[start, end)` as a whole (a decoded `&amp;`, say). */
  addReplacement(text: string, start: number, end: number): this {
    this.parts.push(text);
    this.room(text.length);
    for (let i = 0; i < text.length; i++) {
      this.from[this.n] = start;
      this.to[this.n++] = end;
    }
    return this;
  }

  /** Appends text that has no source (a paragraph separator). */
  insert(text: string): this {
    const at = this.n ? this.to[this.n - 1]! : 0;
    this.parts.push(text);
    this.room(text.length);
    for (let i = 0; i < text.length; i++) {
      this.from[this.n] = at;
      this.to[this.n++] = at;
    }
    return this;
  }

  get length(): number {
    return this.n;
  }

  build(): OffsetText {
    return OffsetText.fromArrays(this.parts.join(''), this.from.slice(0, this.n), this.to.slice(0, this.n));
  }
}
