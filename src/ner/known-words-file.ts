/**
 * The shipped known-words filter (known-words.ts), read once per process from models/known-words.bin, which
 * `node dist/ner/known-words-build.js` writes from Debian's hunspell-ar dictionary. The model file records the
 * filter's checksum (model-file.ts), so a tagger never reads features from another filter than the one it was
 * trained with.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KnownWords } from './known-words.js';

export const KNOWN_WORDS_PATH = fileURLToPath(new URL('../../models/known-words.bin', import.meta.url));

let loaded: { words: KnownWords; checksum: string } | undefined;

function load(): { words: KnownWords; checksum: string } {
  if (!loaded) {
    const bytes = readFileSync(KNOWN_WORDS_PATH);
    loaded = { words: KnownWords.fromBytes(bytes), checksum: checksumOf(bytes) };
  }
  return loaded;
}

export const checksumOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export const knownWords = (): KnownWords => load().words;

/** The checksum of the filter features.ts reads, recorded in and checked against each model file. */
export const knownWordsChecksum = (): string => load().checksum;
