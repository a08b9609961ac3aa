/**
 * JSONL input: one article a line, `{"text": …}` or `{"html": …}` with optional `id`, `url`, `outlet`,
 * `published` and `title`. A record's decoded source text is its `text` (or `html`) string. A malformed line
 * becomes a message pointing at its line and column; the other lines are read.
 */
import type { Source } from '../model/document.js';
import { message, type Message } from '../model/message.js';

export function sourcesOfJsonl(text: string, origin: string, baseId: string, decodeMessages: Message[] = []): Source[] {
  const out: Source[] = [];
  const problems: Message[] = decodeMessages.map((m) => ({ origin, ...m }));
  let lineStart = 0;
  let lineNo = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    lineNo++;
    const line = text.slice(lineStart, lineEnd).trim();
    const span = { start: lineStart, end: lineEnd };
    if (line) {
      const record = parse(line);
      if (typeof record === 'string') {
        problems.push(message('jsonl/malformed', `line ${lineNo}: ${record}`, { severity: 'error', origin, span }));
      } else {
        const body = typeof record.text === 'string' ? record.text : typeof record.html === 'string' ? record.html : null;
        if (body === null) {
          problems.push(message('jsonl/no-text', `line ${lineNo}: the record has neither a "text" nor an "html" string`, { severity: 'error', origin, span }));
        } else {
          const declared: Source['declared'] = {};
          for (const k of ['url', 'outlet', 'published', 'title'] as const) if (typeof record[k] === 'string' && record[k]) declared[k] = record[k] as string;
          out.push({
            id: typeof record.id === 'string' && record.id ? record.id : `${baseId}-${lineNo}`,
            origin: declared.url ?? `${origin}:${lineNo}`,
            text: body,
            format: typeof record.text === 'string' ? 'text' : 'html',
            declared,
            messages: [],
          });
        }
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  // problems of the file as a whole travel on its first record, or on an empty source when none was read
  if (problems.length) {
    if (out.length) out[0]!.messages.push(...problems);
    else out.push({ id: baseId, origin, text: '', format: 'text', declared: {}, messages: problems });
  }
  return out;
}

function parse(line: string): Record<string, unknown> | string {
  try {
    const v: unknown = JSON.parse(line);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    return 'the line is valid JSON but not an object';
  } catch (err) {
    return (err as Error).message;
  }
}
