/**
 * Writes models/known-words.bin (known-words.ts) from a hunspell Arabic dictionary:
 *
 *   node dist/ner/known-words-build.js [--dictionary /usr/share/hunspell/ar.dic] [--out models/known-words.bin]
 *
 * The dictionary is Debian's hunspell-ar (`apt-get install hunspell-ar`, version 3.2-1.2 in bookworm). Run it
 * before training (dist/ner/train.js): a new filter changes the features, so the tagger must be retrained. Same
 * dictionary → the same file, byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseScriptArgs } from '../cli/script-args.js';
import { dictionaryStems, knownWordsOf } from './known-words.js';
import { checksumOf, KNOWN_WORDS_PATH } from './known-words-file.js';

export const DEFAULT_DICTIONARY = '/usr/share/hunspell/ar.dic';

/** The filter file's bytes made of a hunspell .dic, and how many stems went into it. */
export function buildKnownWords(dicPath: string): { bytes: Buffer; stems: number } {
  const stems = dictionaryStems(readFileSync(dicPath, 'utf8'));
  return { bytes: knownWordsOf(stems).toBytes(), stems: stems.size };
}

function main(): void {
  const args = parseScriptArgs(process.argv.slice(2));
  const dic = args['dictionary'] ?? DEFAULT_DICTIONARY;
  const out = args['out'] ?? KNOWN_WORDS_PATH;
  const { bytes, stems } = buildKnownWords(dic);
  writeFileSync(out, bytes);
  console.log(`${stems} stems of ${dic} → ${out} (${bytes.length} bytes, checksum ${checksumOf(bytes)})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
