/**
 * jsdom's tree building slows down with the square of nesting depth (10,000 nested `<div>`s take seconds to
 * parse) and Readability recurses until the stack overflows. Real articles nest a few dozen levels, so pages past
 * this are refused before parsing.
 */
export const MAX_DEPTH = 1000;

/** Elements that never hold children, or whose end tag is optional: they do not deepen the tree the way we count. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'keygen', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt',
  'rp', 'rtc', 'colgroup', 'caption', 'html', 'head', 'body', 'image',
]);

/** Elements whose content is raw text: tags inside them are not tags. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/**
 * Whether the element nesting of `html`, estimated from its tags, goes deeper than `limit`. An estimate (implied end
 * tags are ignored) that errs towards shallow, which is the safe side for a guard.
 */
export function nestsDeeperThan(html: string, limit = MAX_DEPTH): boolean {
  let depth = 0;
  let lower: string | undefined;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (m[1]) {
      if (!FLAT.has(name) && depth > 0) depth--;
      continue;
    }
    if (RAW.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = close < 0 ? html.length : close;
      continue;
    }
    if (FLAT.has(name) || m[3]) continue;
    if (++depth > limit) return true;
  }
  return false;
}
