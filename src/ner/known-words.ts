/**
 * Whether a word is an ordinary Arabic word: one a general dictionary lists. A name the training sentences never
 * showed is most often a word no dictionary holds (a foreign name written in Arabic letters, a rare family name),
 * while the rare words around it are ordinary ones; the tagger reads "not in the dictionary" as one more feature
 * (features.ts), which raised the held-out recall of names that neither the training part nor our lists hold.
 *
 * The words come from Debian's Arabic spelling dictionary (package hunspell-ar: Ayaspell, GPL 2 / LGPL 2.1 /
 * MPL 1.1), read once by `node dist/ner/known-words-build.js` at training time. What ships is a Bloom filter of
 * their normalised stems (models/known-words.bin): about a hundred thousand stems in 128 KB of bits, from which no
 * word can be read back. A false positive (a word taken for known) costs only this feature, about one word in a
 * hundred and twenty.
 */
import { normalize } from '../language/normalize.js';

/** Bits of the filter (a power of two) and hashes per word: some 100,000 stems give ~0.8% false positives. */
export const FILTER_BITS = 1 << 20;
export const HASHES = 7;
const MAGIC = 'MKW1';

export class KnownWords {
  constructor(readonly bits: Uint8Array = new Uint8Array(FILTER_BITS / 8)) {
    if (bits.length * 8 !== FILTER_BITS) throw new Error(`a known-words filter has ${FILTER_BITS / 8} bytes, not ${bits.length}`);
  }

  add(word: string): void {
    const [h1, h2] = hashes(word);
    for (let i = 0; i < HASHES; i++) {
      const b = (h1 + Math.imul(i, h2)) & (FILTER_BITS - 1);
      this.bits[b >>> 3]! |= 1 << (b & 7);
    }
  }

  has(word: string): boolean {
    const [h1, h2] = hashes(word);
    for (let i = 0; i < HASHES; i++) {
      const b = (h1 + Math.imul(i, h2)) & (FILTER_BITS - 1);
      if ((this.bits[b >>> 3]! & (1 << (b & 7))) === 0) return false;
    }
    return true;
  }

  /** The file: a 4-byte magic and the bits. */
  toBytes(): Buffer {
    return Buffer.concat([Buffer.from(MAGIC, 'latin1'), Buffer.from(this.bits)]);
  }

  static fromBytes(bytes: Uint8Array): KnownWords {
    if (Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== MAGIC) throw new Error('not a known-words filter (bad magic)');
    return new KnownWords(Uint8Array.from(bytes.subarray(4)));
  }
}

/** Two independent 32-bit FNV-1a hashes of the UTF-16 units (double hashing derives the other five). */
function hashes(word: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, (b >>> 0) | 1];
}

/**
 * The stems of a hunspell .dic file (first line the count; then `word[/flags][ morphology]`), normalised as the
 * tagger normalises its tokens. Lines of Ayaspell's embedded stop-word section (`::::`, `name.dic`) are skipped.
 */
export function dictionaryStems(dic: string): Set<string> {
  const stems = new Set<string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const word = lines[i]!.split(/[/\t ]/, 1)[0]!.trim();
    if (!word || word.startsWith(':') || word.endsWith('.dic')) continue;
    stems.add(normalize(word));
  }
  return stems;
}

export function knownWordsOf(stems: Iterable<string>): KnownWords {
  const known = new KnownWords();
  for (const s of stems) known.add(s);
  return known;
}

/**
 * Inflectional endings a dictionary stem may carry in running text (the clitic splitter has taken the proclitics
 * off already): possessive and object pronouns, sound plurals and duals, the nisba. Longest first is not needed:
 * every ending is tried.
 */
const ENDINGS = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'نا', 'ي', 'ات', 'ون', 'ين', 'ان', 'يه', 'يا', 'ته', 'تها', 'وا'];

/**
 * Whether a token's stem (or another clitic reading's stem) is a dictionary word, once an inflectional ending is
 * taken off; a stem may stand with or without its feminine ending (normalised ة is ه).
 */
export function isDictionaryWord(known: KnownWords, stem: string, alts: readonly string[]): boolean {
  if (isWord(known, stem)) return true;
  for (const a of alts) if (isWord(known, a)) return true;
  return false;
}

function isWord(known: KnownWords, stem: string): boolean {
  for (const ending of ENDINGS) {
    if (!stem.endsWith(ending)) continue;
    const s = stem.slice(0, stem.length - ending.length);
    if (s.length < 2) continue;
    if (known.has(s) || known.has(s + 'ه')) return true;
  }
  return false;
}
