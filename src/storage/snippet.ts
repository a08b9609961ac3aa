/**
 * A few words around a search hit, for a person to read. The hit's offsets stay exact source offsets; only the
 * context around it is tidied (markup of an HTML source dropped, white space folded), since it is shown, not cited.
 */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 90;

function tidy(s: string, html: boolean): string {
  let out = s;
  if (html) {
    out = out
      .replace(/^[^<]*>/, ' ') // the tail of a tag cut by the window
      .replace(/<[^>]*$/, ' ') // the head of a tag cut by the window
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  return out.replace(/\s+/g, ' ');
}

export function snippetAt(text: string, span: [number, number], html: boolean): Snippet {
  const [start, end] = span;
  const from = Math.max(0, start - CONTEXT * (html ? 3 : 1));
  const to = Math.min(text.length, end + CONTEXT * (html ? 3 : 1));
  let before = tidy(text.slice(from, start), html);
  let after = tidy(text.slice(end, to), html);
  // cut at word boundaries so the context does not open or close on half a word
  if (before.length > CONTEXT) before = '…' + before.slice(before.length - CONTEXT).replace(/^\S*\s/, '');
  else if (from > 0) before = '…' + before.replace(/^\S*\s/, '');
  if (after.length > CONTEXT) after = after.slice(0, CONTEXT).replace(/\s\S*$/, '') + '…';
  else if (to < text.length) after = after.replace(/\s\S*$/, '') + '…';
  return { before: before.trimStart(), match: text.slice(start, end), after: after.trimEnd() };
}
