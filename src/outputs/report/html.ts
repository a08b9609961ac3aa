/**
 * Markup built with a tagged template that escapes every interpolated value unless it is already markup
 * ({@link Html}): article text can only ever reach the page as text, however it is spliced in.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A piece of markup that has been built safely (by {@link html} or {@link raw}). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Trusted markup written in this folder (never article text). */
export function raw(s: string): Html {
  return new Html(s);
}

function render(v: unknown): string {
  if (v instanceof Html) return v.value;
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` are written as `\u003c`… so no
 * `</script>` or `<!--` inside a text can end the block, and U+2028/9 cannot upset a reader that evals it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A fragment identifier for an id that may hold `#`, spaces or Arabic. */
export function fragment(prefix: string, id: string): string {
  return `${prefix}-${encodeURIComponent(id)}`;
}
