/** UTF-8 validity, with the position of what is wrong when it is not. */

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when any byte is outside ASCII: valid UTF-8 with such bytes really uses multi-byte sequences. */
export function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

export interface Utf8Scan {
  /** Byte offset of the first invalid sequence, -1 when there is none. */
  first: number;
  /** Its length in bytes. */
  firstLength: number;
  /** Invalid sequences in all; each becomes one U+FFFD when decoded with replacement. */
  errors: number;
  /** Well-formed multi-byte sequences: many of them next to few errors means damaged UTF-8, not another charset. */
  multibyte: number;
}

/**
 * Walks the bytes as the WHATWG UTF-8 decoder does (one error per maximal invalid subpart), so `errors` equals the
 * number of U+FFFD a replacing TextDecoder inserts and `first` points at the byte a user should look at.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let first = -1;
  let firstLength = 0;
  let errors = 0;
  let multibyte = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f; // surrogates are not scalar values
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    }
    let seen = 1;
    let ok = need > 0;
    while (ok && seen <= need) {
      const c = i + seen < n ? bytes[i + seen]! : -1;
      if (c < lower || c > upper) ok = false;
      else {
        seen++;
        lower = 0x80;
        upper = 0xbf;
      }
    }
    if (ok) {
      multibyte++;
      i += need + 1;
      continue;
    }
    if (first < 0) {
      first = i;
      firstLength = seen;
    }
    errors++;
    i += seen; // the byte that broke the sequence starts the next one
  }
  return { first, firstLength, errors, multibyte };
}
