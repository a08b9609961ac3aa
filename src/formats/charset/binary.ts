/** Bytes looked at to decide whether an input is text at all, as `git` and `grep` do. */
const WINDOW = 8192;

/**
 * True for input that is not text in any single-byte or UTF-8 encoding: a NUL byte, or more than a tenth of
 * control bytes other than tab, LF, FF and CR. Only call it for input not known to be UTF-16, whose ASCII has NULs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, WINDOW);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1;
}
