import type { Unit } from './units.js';

/** Where a string was parsed: attribute values do not decode a legacy `&amp` that runs into `=` or a letter. */
export type RefContext = 'text' | 'attribute';

/** Code points 0x80–0x9F in a numeric reference mean windows-1252 characters (HTML's numeric reference rules). */
const C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fromNumeric(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(C1[cp] ?? cp);
}

const NUMERIC = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?/y;
const NAMED = /&[a-zA-Z][a-zA-Z0-9]*;?/y;

/** A reference at some place in the raw source: its length there and what it decodes to. */
interface Reference {
  length: number;
  value: string;
  /** Trailing raw characters the parser left as they were (`it;` in `&notit;` → `¬it;`). */
  literalTail: number;
}

/**
 * Decodes character references the way the page's own HTML parser did. Named references are asked of the parser
 * itself (2,000+ names, legacy prefix matching) and cached, so no entity table has to be kept in step with it.
 */
export class ReferenceDecoder {
  private readonly cache = new Map<string, string>();

  constructor(private readonly doc: Document) {}

  private named(chunk: string, context: RefContext): string {
    const key = context[0] + chunk;
    let value = this.cache.get(key);
    if (value === undefined) {
      // `chunk` is only `&`, letters, digits and `;`, so it is safe inside markup and a quoted attribute.
      const box = this.doc.createElement('div');
      if (context === 'text') {
        box.innerHTML = chunk;
        value = box.textContent ?? chunk;
      } else {
        box.innerHTML = `<i title="${chunk}"></i>`;
        value = box.firstElementChild?.getAttribute('title') ?? chunk;
      }
      this.cache.set(key, value);
    }
    return value;
  }

  /** The reference starting at `raw[i]` (which is `&`), or null when the parser keeps that `&` literally. */
  at(raw: string, i: number, context: RefContext): Reference | null {
    NUMERIC.lastIndex = i;
    const num = NUMERIC.exec(raw);
    if (num) {
      const cp = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2]!, 10);
      return { length: num[0].length, value: fromNumeric(Number.isFinite(cp) ? cp : 0x110000), literalTail: 0 };
    }
    NAMED.lastIndex = i;
    const m = NAMED.exec(raw);
    if (!m) return null;
    const chunk = m[0];
    if (context === 'attribute' && !chunk.endsWith(';') && raw[i + chunk.length] === '=') return null;
    const value = this.named(chunk, context);
    if (value === chunk) return null;
    // Legacy names match as a prefix; the rest of the run is ordinary text, kept as a slice of the source.
    let tail = 0;
    while (
      tail < value.length - 1 &&
      tail < chunk.length - 2 &&
      value[value.length - 1 - tail] === chunk[chunk.length - 1 - tail]
    ) {
      tail++;
    }
    return { length: chunk.length, value, literalTail: tail };
  }
}

/**
 * The units of `decoded` (what the parser made of `raw`, which starts at source offset `start`), each mapped to
 * the raw characters it came from; null when the two cannot be aligned (the node was moved or rebuilt), in which
 * case the caller must not trust the location.
 */
export function alignDecoded(
  raw: string,
  start: number,
  decoded: string,
  refs: ReferenceDecoder,
  context: RefContext,
): Unit[] | null {
  const aligned = align(raw, 0, raw.length, decoded, refs, context, false);
  if (!aligned) return null;
  for (const u of aligned) {
    u.from += start;
    u.to += start;
  }
  return aligned;
}

/**
 * Where `decoded` stands in `html` if it starts at `at`: its units, each mapped to the raw characters (references
 * included) it came from, or null when the text there reads differently or runs into markup.
 */
export function alignAt(html: string, at: number, decoded: string, refs: ReferenceDecoder): Unit[] | null {
  return align(html, at, html.length, decoded, refs, 'text', true);
}

/**
 * Walks `raw[from, to)` and `decoded` side by side. With `prefix`, success is reaching the end of `decoded`
 * (the raw text may go on); otherwise both must end together.
 */
function align(
  raw: string,
  from: number,
  to: number,
  decoded: string,
  refs: ReferenceDecoder,
  context: RefContext,
  prefix: boolean,
): Unit[] | null {
  const units: Unit[] = [];
  let i = from;
  let j = 0;
  while (i < to) {
    if (prefix && j === decoded.length) return units;
    const c = raw[i]!;
    if (c === '&') {
      const ref = refs.at(raw, i, context);
      if (ref && decoded.startsWith(ref.value, j)) {
        const refChars = ref.value.length - ref.literalTail;
        const refEnd = i + ref.length - ref.literalTail;
        for (let k = 0; k < refChars; k++) units.push({ ch: ref.value[k]!, from: i, to: refEnd, ref: true });
        for (let k = 0; k < ref.literalTail; k++) {
          units.push({ ch: ref.value[refChars + k]!, from: refEnd + k, to: refEnd + k + 1, ref: false });
        }
        i += ref.length;
        j += ref.value.length;
        continue;
      }
    }
    if (c === '\r' && decoded[j] === '\n') {
      // The parser turns CR LF and lone CR into LF.
      const len = raw[i + 1] === '\n' ? 2 : 1;
      units.push({ ch: '\n', from: i, to: i + len, ref: true });
      i += len;
      j++;
      continue;
    }
    if (decoded[j] === c) {
      units.push({ ch: c, from: i, to: i + 1, ref: false });
      i++;
      j++;
      continue;
    }
    if (c === '\0' && !prefix) {
      i++; // dropped from text by the parser
      continue;
    }
    return null;
  }
  return j === decoded.length ? units : null;
}
