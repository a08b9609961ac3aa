import { createHash } from 'node:crypto';

/**
 * The identity of an article's text: sha256 over the text with line ends folded to `\n` and outer white space
 * trimmed, so a file saved on Windows and the same text pasted into a form are one article.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim(), 'utf8').digest('hex');
}
