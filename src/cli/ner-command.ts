/**
 * `marsad ner --conll FILE`: tags the tokens of a CoNLL file exactly as given (same tokens, same order, same
 * sentences) and prints `token TAG` lines with a blank line after each sentence, the format
 * ../shared/eval/ner-score.mjs reads. Tags already in the file are ignored. Sentences are read in order as one
 * running text, so that a name recognised in one sentence helps its mentions in the sentences around it;
 * --sentence-only tags each sentence on its own.
 * Exit codes: 0 tagged; 1 the file could not be read or the model could not be loaded; 2 usage errors.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatConll, parseConll } from '../ner/conll.js';
import { loadModel, tagDocument, tagTokens } from '../ner/tagger.js';

export interface NerOptions {
  conll: string;
  sentenceOnly?: boolean;
}

/** The CoNLL text to print for the CoNLL text read. */
export function tagConllText(text: string, opts: { sentenceOnly?: boolean } = {}): string {
  const sentences = parseConll(text);
  const tokens = sentences.map((s) => s.tokens);
  const tags = opts.sentenceOnly ? tokens.map((t) => tagTokens(t)) : tagDocument(tokens);
  return formatConll(sentences.map((s, i) => ({ tokens: s.tokens, tags: tags[i]! })));
}

export function runNer(opts: NerOptions): number {
  let text: string;
  try {
    text = readFileSync(opts.conll === '-' ? 0 : opts.conll, 'utf8');
  } catch (err) {
    process.stderr.write(`marsad ner: cannot read ${opts.conll}: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    loadModel();
  } catch (err) {
    process.stderr.write(`marsad ner: cannot load the model: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(tagConllText(text, opts));
  return 0;
}

export function registerNer(program: Command): void {
  program
    .command('ner')
    .description('tag Arabic named entities (PERS, LOC, ORG, MISC) in the tokens of a CoNLL file; prints `token TAG` lines')
    .requiredOption('--conll <file>', 'CoNLL file: one token per line (a tag after the last space is ignored), a blank line between sentences; - for stdin')
    .option('--sentence-only', 'tag each sentence on its own, without the context of the sentences around it')
    .action((opts: NerOptions) => {
      process.exitCode = runNer(opts);
    });
}
