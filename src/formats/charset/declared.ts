/**
 * Reading what a document says about its own charset: the HTTP `Content-Type` header and the HTML `<meta>`
 * prescan. Both return the raw label; {@link canonicalEncoding} decides whether we can use it.
 */

/** Bytes the meta prescan looks at; the HTML standard caps it at 1024, browsers in practice look further. */
export const PRESCAN_BYTES = 4096;

const CHARSET_PARAM = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i;

/** The `charset` parameter of a Content-Type value (`text/html; charset="windows-1256"`). */
export function charsetFromContentType(contentType: string): string | null {
  const m = CHARSET_PARAM.exec(contentType);
  if (!m) return null;
  const label = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  return label || null;
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

function attributes(tagBody: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tagBody.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    // The first occurrence of an attribute wins, as in the tokenizer.
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * The charset label the first `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">` in the
 * first {@link PRESCAN_BYTES} bytes declares. A simplified form of the HTML "prescan a byte stream" algorithm:
 * comments are skipped so a commented-out meta does not count, and a `content` charset only counts next to
 * `http-equiv="content-type"`.
 */
export function prescanMeta(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one character, so ASCII markup reads the same whatever the real encoding is.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const visible = head.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const m of visible.matchAll(/<meta[\s/]([^>]*)/gi)) {
    const attrs = attributes(m[1]!);
    const charset = attrs.get('charset');
    if (charset !== undefined && charset.trim()) return charset.trim();
    const equiv = attrs.get('http-equiv');
    const content = attrs.get('content');
    if (equiv?.trim().toLowerCase() === 'content-type' && content) {
      const label = charsetFromContentType(content);
      if (label) return label;
    }
  }
  return null;
}

/** Whether bytes of unknown type look like an HTML document, so the meta prescan applies. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return /<(?:!doctype\s+html|html|head|meta|body)[\s>/]/i.test(head);
}
