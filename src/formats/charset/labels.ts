import iconv from 'iconv-lite';

/**
 * Encoding labels as the WHATWG Encoding Standard defines them, for the encodings Arabic news is actually served
 * in. Browsers decode `iso-8859-1`, `latin1` and `us-ascii` as windows-1252, and pages are written against what
 * browsers do, so we follow them rather than the label's letter.
 */
const LABELS: Record<string, string> = {};

function define(name: string, labels: string[]): void {
  for (const label of labels) LABELS[label] = name;
}

define('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
define('windows-1256', ['cp1256', 'windows-1256', 'x-cp1256']);
define('iso-8859-6', [
  'arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6', 'iso-8859-6-e',
  'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987',
]);
define('windows-1252', [
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
  'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);
define('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']);
define('utf-16be', ['unicodefffe', 'utf-16be']);

/** Encodings decoded one byte per character, where any byte sequence is "valid" and only statistics can tell. */
const SINGLE_BYTE = /^(windows-12[0-9]{2}|iso-8859-[0-9]+|koi8-[ru]|windows-874|ibm866|macintosh)$/;

/**
 * The canonical name for a charset label, or null when we cannot decode it. Labels outside the table above are
 * accepted when iconv-lite knows them (windows-1251, koi8-r, gbk…), so a Cyrillic or Chinese page still decodes.
 */
export function canonicalEncoding(label: string): string | null {
  const key = label.trim().toLowerCase();
  if (!key) return null;
  const known = LABELS[key];
  if (known) return known;
  return iconv.encodingExists(key) ? key : null;
}

export function isSingleByte(encoding: string): boolean {
  return SINGLE_BYTE.test(encoding);
}

export function isUtf16(encoding: string): boolean {
  return encoding === 'utf-16le' || encoding === 'utf-16be';
}
