/**
 * Files pasted together from several sources can hold lines in UTF-8 and lines in windows-1256. Decoding the whole
 * file one way garbles the other part; decoding line by line keeps both readable. Used only when the file is not
 * valid UTF-8 as a whole but some of its lines are UTF-8 with Arabic multi-byte sequences.
 */
import iconv from 'iconv-lite';
import { arabicRatio } from './detect.js';
import { hasNonAscii, isValidUtf8, scanUtf8 } from './utf8.js';

export interface MixedDecoding {
  text: string;
  /** Byte offset of the first line read as windows-1256. */
  firstSingleByte: number;
  singleByteLines: number;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeMixedLines(bytes: Uint8Array): MixedDecoding | null {
  const lines: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push([start, Math.min(i + 1, bytes.length)]);
      start = i + 1;
    }
  }
  let utf8Lines = 0;
  let firstSingleByte = -1;
  let singleByteLines = 0;
  const parts: string[] = [];
  for (const [a, b] of lines) {
    const line = bytes.subarray(a, b);
    if (isValidUtf8(line)) {
      if (hasNonAscii(line)) utf8Lines++;
      parts.push(utf8.decode(line));
      continue;
    }
    // a line in windows-1256 has several bytes that are not UTF-8 and next to no well-formed sequence; a UTF-8 line
    // with a stray or truncated byte is damaged UTF-8, not another charset
    const scan = scanUtf8(line);
    if (scan.errors < 3 || scan.multibyte * 8 > scan.errors) return null;
    const single = iconv.decode(Buffer.from(line), 'windows-1256');
    if (arabicRatio(single) < 0.5) return null;
    if (firstSingleByte < 0) firstSingleByte = a;
    singleByteLines++;
    parts.push(single);
  }
  return utf8Lines > 0 && singleByteLines > 0 ? { text: parts.join(''), firstSingleByte, singleByteLines } : null;
}
