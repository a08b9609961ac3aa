/**
 * CoNLL text as ANERcorp writes it: one `token TAG` per line (the tag after the LAST space, so a token may hold
 * spaces), a blank line between sentences. Parsing and formatting only; reading files is the caller's business.
 */

export interface ConllSentence {
  tokens: string[];
  /** The tags as given (empty strings where a line had no tag). */
  tags: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const i = line.lastIndexOf(' ');
    if (i < 0) {
      cur.tokens.push(line);
      cur.tags.push('');
    } else {
      cur.tokens.push(line.slice(0, i));
      cur.tags.push(line.slice(i + 1));
    }
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** `token TAG` lines, a blank line after every sentence. */
export function formatConll(sentences: ReadonlyArray<{ tokens: readonly string[]; tags: readonly string[] }>): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) parts.push(`${s.tokens[i]} ${s.tags[i]}\n`);
    parts.push('\n');
  }
  return parts.join('');
}
