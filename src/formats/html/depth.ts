/**
 * jsdom's tree building slows down with the square of nesting depth (10,000 nested `<div>`s take over ten seconds
 * to parse) and Readability recurses until the stack overflows. Real articles nest a few dozen levels, so pages
 * past this are refused before parsing.
 */
export const MAX_DEPTH = 1000;

/** Readability's scoring is worse than quadratic in depth (400 levels: seconds); deeper pages skip it. */
export const READABILITY_MAX_DEPTH = 150;

/** Elements that never hold children, or whose end tag is optional: they do not deepen the tree the way we count. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'keygen', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt',
  'rp', 'rtc', 'colgroup', 'caption', 'html', 'head', 'body', 'image',
]);

/** Elements whose content is raw text: tags inside them are not tags. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG_NAME = /^<(\/?)([a-zA-Z][^\s/>]*)/;

/**
 * The element nesting depth of `html` estimated from its tags, counting stops past `limit`. Implied end tags are
 * ignored, so the estimate errs towards shallow, the safe side for a guard. A plain scan from `<` to `>`, linear
 * even on garbage full of unclosed `<`, where a regular expression would backtrack quadratically.
 */
export function nestingDepth(html: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let lower: string | undefined;
  let i = html.indexOf('<');
  while (i >= 0 && max <= limit) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close < 0) break;
      i = html.indexOf('<', close + 3);
      continue;
    }
    const end = html.indexOf('>', i);
    if (end < 0) break; // no tag can close after this point
    const tag = html.slice(i, end + 1);
    const m = TAG_NAME.exec(tag);
    let next = end + 1;
    if (m) {
      const name = m[2]!.toLowerCase();
      if (m[1]) {
        if (!FLAT.has(name) && depth > 0) depth--;
      } else if (RAW.has(name)) {
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${name}`, next);
        next = close < 0 ? html.length : close;
      } else if (!FLAT.has(name) && !tag.endsWith('/>')) {
        if (++depth > max) max = depth;
      }
      i = html.indexOf('<', next);
    } else {
      i = html.indexOf('<', i + 1); // a stray `<`: the next one may start a real tag
    }
  }
  return max;
}
