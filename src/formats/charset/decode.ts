import iconv from 'iconv-lite';
import { message, type Message } from '../../model/message.js';
import { looksBinary } from './binary.js';
import { sniffBom } from './bom.js';
import { charsetFromContentType, looksLikeHtml, prescanMeta } from './declared.js';
import { guessArabic, guessSingleByte } from './detect.js';
import { canonicalEncoding, isSingleByte, isUtf16 } from './labels.js';
import { decodeMixedLines } from './mixed.js';
import { hasNonAscii, isValidUtf8, scanUtf8 } from './utf8.js';

export interface DecodeHints {
  /** The HTTP Content-Type header the bytes came with, if any. */
  contentType?: string;
  /** Whether the bytes are HTML (enables the `<meta>` prescan); sniffed from the bytes when not given. */
  html?: boolean;
}

/**
 * Where the encoding came from: a byte order mark, the HTTP header, the page's `<meta>`, statistics on the bytes
 * (also when they overruled a declaration), or the UTF-8 default for undeclared ASCII.
 */
export type DecodedBy = 'bom' | 'http' | 'meta' | 'detected' | 'default';

export interface Decoded {
  /** The source text every later offset points into; '' when an error message says there is none. */
  text: string;
  /** Canonical WHATWG name of the encoding used (`utf-8`, `windows-1256`, `iso-8859-6`, `windows-1252`…). */
  encoding: string;
  by: DecodedBy;
  messages: Message[];
}

interface Declared {
  encoding: string;
  by: 'http' | 'meta';
}

const BY = 'formats/charset';

/**
 * With this many well-formed multi-byte sequences per invalid one, the input is UTF-8 with damage (a truncated
 * download, one stray byte) rather than a single-byte charset, where valid sequences only happen by accident.
 */
const DAMAGED_UTF8_RATIO = 4;

/**
 * Decodes the bytes of one input. Order of trust: BOM, HTTP charset, `<meta>` prescan, then statistics, with every
 * declaration checked against the bytes because pages lie about their charset.
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const messages: Message[] = [];
  if (bytes.length === 0) return failure('input/empty', 'The input is empty.', messages);

  const bom = sniffBom(bytes);
  if (bom) {
    // The BOM is stripped: offsets are into the text after it, which is what every reader shows.
    const rest = bytes.subarray(bom.length);
    if (!isUtf16(bom.encoding) && looksBinary(rest)) return binary(messages);
    return finish(decodeAs(rest, bom.encoding, messages, bom.length), bom.encoding, 'bom', messages);
  }

  const declared = declaration(bytes, hints);
  if (declared && isUtf16(declared.encoding)) {
    return finish(decodeAs(bytes, declared.encoding, messages, 0), declared.encoding, declared.by, messages);
  }
  if (looksBinary(bytes)) return binary(messages);

  if (!declared || declared.encoding === 'utf-8') return decodeExpectingUtf8(bytes, declared, messages);

  if (isSingleByte(declared.encoding) && hasNonAscii(bytes) && isValidUtf8(bytes)) {
    // Valid multi-byte UTF-8 is vanishingly unlikely in real single-byte text; the declaration is stale.
    messages.push(mismatch(declared, 'utf-8', 'valid UTF-8 with multi-byte sequences'));
    return finish(decodeAs(bytes, 'utf-8', messages, 0), 'utf-8', 'detected', messages);
  }
  return finish(decodeAs(bytes, declared.encoding, messages, 0), declared.encoding, declared.by, messages);
}

/** UTF-8 declared, or nothing declared: UTF-8 if the bytes allow it, otherwise what statistics say. */
function decodeExpectingUtf8(bytes: Uint8Array, declared: Declared | null, messages: Message[]): Decoded {
  if (isValidUtf8(bytes)) {
    const by = declared?.by ?? (hasNonAscii(bytes) ? 'detected' : 'default');
    return finish(decodeAs(bytes, 'utf-8', messages, 0), 'utf-8', by, messages);
  }
  const mixed = decodeMixedLines(bytes);
  if (mixed) {
    messages.push(
      message(
        'decode/mixed-encodings',
        `${mixed.singleByteLines} line${mixed.singleByteLines === 1 ? '' : 's'} in windows-1256 among UTF-8 lines, ` +
          `the first at byte ${mixed.firstSingleByte}; each line was decoded in its own encoding.`,
        { severity: 'warning', span: { start: mixed.firstSingleByte, end: mixed.firstSingleByte + 1 }, by: BY },
      ),
    );
    return finish(mixed.text, 'utf-8', 'detected', messages);
  }
  const scan = scanUtf8(bytes);
  if (scan.multibyte < DAMAGED_UTF8_RATIO * scan.errors) {
    const guess = guessArabic(bytes) ?? (declared ? null : guessSingleByte(bytes));
    if (guess) {
      if (declared) messages.push(mismatch(declared, guess.encoding, 'not valid UTF-8'));
      return finish(decodeAs(bytes, guess.encoding, messages, 0), guess.encoding, 'detected', messages);
    }
  }
  return finish(decodeAs(bytes, 'utf-8', messages, 0), 'utf-8', declared?.by ?? 'default', messages);
}

/** The charset the HTTP header or, for HTML, the page declares, if we can decode it. */
function declaration(bytes: Uint8Array, hints: DecodeHints): Declared | null {
  const fromHttp = hints.contentType ? charsetFromContentType(hints.contentType) : null;
  const httpEncoding = fromHttp ? canonicalEncoding(fromHttp) : null;
  if (httpEncoding) return { encoding: httpEncoding, by: 'http' };

  const html = hints.html ?? (hints.contentType ? /html/i.test(hints.contentType) : looksLikeHtml(bytes));
  if (!html) return null;
  const fromMeta = prescanMeta(bytes);
  const metaEncoding = fromMeta ? canonicalEncoding(fromMeta) : null;
  if (!metaEncoding) return null;
  // A meta tag readable as ASCII cannot be in UTF-16; the HTML standard reads such pages as UTF-8.
  return { encoding: isUtf16(metaEncoding) ? 'utf-8' : metaEncoding, by: 'meta' };
}

/** Decodes with `encoding`; `base` is where `bytes` start in the input, so reported byte offsets are the input's. */
function decodeAs(bytes: Uint8Array, encoding: string, messages: Message[], base: number): string {
  if (encoding !== 'utf-8') return iconv.decode(bytes, encoding, { stripBOM: false });
  const scan = isValidUtf8(bytes) ? null : scanUtf8(bytes);
  if (scan && scan.first >= 0) {
    const first = base + scan.first;
    messages.push(
      message(
        'decode/invalid-utf8',
        `${scan.errors} invalid UTF-8 byte sequence${scan.errors === 1 ? '' : 's'}, the first at byte ${first}; ` +
          'each was replaced with U+FFFD.',
        { severity: 'warning', span: { start: first, end: first + scan.firstLength }, by: BY },
      ),
    );
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function mismatch(declared: Declared, actual: string, what: string): Message {
  return message(
    'decode/charset-mismatch',
    `The ${declared.by === 'http' ? 'HTTP header' : 'page'} declares ${declared.encoding} but the bytes are ${what}; ` +
      `decoded as ${actual}.`,
    { severity: 'warning', by: BY },
  );
}

function finish(text: string, encoding: string, by: DecodedBy, messages: Message[]): Decoded {
  if (text.trim() === '') {
    messages.push(message('input/empty', 'The input holds only whitespace.', { severity: 'error', by: BY }));
    return { text: '', encoding, by, messages };
  }
  return { text, encoding, by, messages };
}

function binary(messages: Message[]): Decoded {
  return failure('input/binary', 'The input looks binary (NUL or control bytes), not text.', messages);
}

function failure(code: string, reason: string, messages: Message[]): Decoded {
  messages.push(message(code, reason, { severity: 'error', by: BY }));
  return { text: '', encoding: 'utf-8', by: 'default', messages };
}
