import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { readFixture } from '../../testing/fixtures.js';
import { decodeBytes } from './index.js';

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const codes = (r: { messages: { code: string }[] }): string[] => r.messages.map((m) => m.code);

const ARTICLE = readFixture('html/article-utf8.html').toString('utf8');

test('a page whose meta claims utf-8 but whose bytes are windows-1256 decodes to the right Arabic, with a warning', () => {
  const r = decodeBytes(readFixture('html/lying-meta-1256.html'), { html: true });
  assert.equal(r.encoding, 'windows-1256');
  assert.equal(r.by, 'detected');
  assert.equal(r.text, ARTICLE);
  assert.deepEqual(codes(r), ['decode/charset-mismatch']);
  assert.equal(r.messages[0]!.severity, 'warning');
  assert.match(r.messages[0]!.reason, /utf-8/);
  assert.match(r.messages[0]!.reason, /windows-1256/);
});

test('a page declaring windows-1256 whose bytes are UTF-8 decodes as UTF-8, with a warning', () => {
  const bytes = readFixture('html/declared-1256-actually-utf8.html');
  const r = decodeBytes(bytes);
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.by, 'detected');
  assert.equal(r.text, bytes.toString('utf8'));
  assert.ok(r.text.includes('شهدت مدينة الإسكندرية'));
  assert.deepEqual(codes(r), ['decode/charset-mismatch']);
  assert.match(r.messages[0]!.reason, /windows-1256/);
  assert.match(r.messages[0]!.reason, /utf-8/);
});

test('an honest UTF-8 page decodes by its meta without messages', () => {
  const r = decodeBytes(readFixture('html/article-utf8.html'));
  assert.deepEqual([r.encoding, r.by, r.messages], ['utf-8', 'meta', []]);
  assert.equal(r.text, ARTICLE);
});

test('the HTTP charset outranks the meta tag, and is itself checked against the bytes', () => {
  const bytes = readFixture('html/lying-meta-1256.html');
  const honest = decodeBytes(bytes, { contentType: 'text/html; charset="Windows-1256"' });
  assert.deepEqual([honest.encoding, honest.by, honest.messages], ['windows-1256', 'http', []]);
  assert.equal(honest.text, ARTICLE);

  const lying = decodeBytes(bytes, { contentType: 'text/html; charset=UTF-8' });
  assert.equal(lying.encoding, 'windows-1256');
  assert.deepEqual(codes(lying), ['decode/charset-mismatch']);
  assert.match(lying.messages[0]!.reason, /HTTP/);
});

test('meta http-equiv and WHATWG labels are understood', () => {
  const text = 'قالت الحكومة إن الموازنة الجديدة ستركز على التعليم والصحة';
  const page = (label: string): string =>
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${label}"></head><body><p>${text}</p></body></html>`;
  for (const [label, encoding] of [['cp1256', 'windows-1256'], ['arabic', 'iso-8859-6'], ['ISO_8859-6', 'iso-8859-6']] as const) {
    const r = decodeBytes(iconv.encode(page(label), encoding), { html: true });
    assert.equal(r.encoding, encoding, label);
    assert.equal(r.by, 'meta', label);
    assert.ok(r.text.includes(text), label);
    assert.deepEqual(r.messages, [], label);
  }
});

test('latin1 and us-ascii labels decode as windows-1252, as browsers do', () => {
  const r = decodeBytes(Uint8Array.from([0x80, 0x20, 0x63, 0x61, 0x66, 0xe9]), { contentType: 'text/plain; charset=iso-8859-1' });
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.text, '€ café');
  assert.equal(decodeBytes(utf8('plain'), { contentType: 'text/plain; charset=us-ascii' }).encoding, 'windows-1252');
});

test('a commented-out meta charset does not count', () => {
  const html = '<html><head><!-- <meta charset="windows-1256"> --><meta charset="utf-8"></head><body>سلام</body></html>';
  const r = decodeBytes(utf8(html));
  assert.deepEqual([r.encoding, r.by], ['utf-8', 'meta']);
});

test('undeclared text: valid UTF-8 is UTF-8, windows-1256 bytes are detected without a mismatch warning', () => {
  const text = 'أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في محافظات الصعيد خلال العام المقبل.';
  const asUtf8 = decodeBytes(utf8(text));
  assert.deepEqual([asUtf8.text, asUtf8.encoding, asUtf8.by, asUtf8.messages], [text, 'utf-8', 'detected', []]);

  const as1256 = decodeBytes(iconv.encode(text, 'windows-1256'));
  assert.deepEqual([as1256.text, as1256.encoding, as1256.by, as1256.messages], [text, 'windows-1256', 'detected', []]);

  const as88596 = decodeBytes(iconv.encode(text, 'iso-8859-6'));
  assert.deepEqual([as88596.text, as88596.encoding], [text, 'iso-8859-6']);

  const ascii = decodeBytes(utf8('Reuters, 3 March'));
  assert.deepEqual([ascii.encoding, ascii.by], ['utf-8', 'default']);
});

test('BOMs decide the encoding, are stripped, and outrank a contrary declaration', () => {
  const text = 'خبر عاجل: افتتاح المعرض';
  const withUtf8Bom = Buffer.concat([Uint8Array.from([0xef, 0xbb, 0xbf]), utf8(text)]);
  const le = Buffer.concat([Uint8Array.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16(); // FF FE + LE units become FE FF + BE units
  for (const [bytes, encoding] of [[withUtf8Bom, 'utf-8'], [le, 'utf-16le'], [be, 'utf-16be']] as const) {
    const r = decodeBytes(bytes, { contentType: 'text/plain; charset=windows-1256' });
    assert.deepEqual([r.text, r.encoding, r.by, r.messages], [text, encoding, 'bom', []], encoding);
  }
  // A second BOM is content, not a mark: only the first is stripped.
  const twice = decodeBytes(Buffer.concat([Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('\ufeffنص')]));
  assert.equal(twice.text, '\ufeffنص');
});

test('invalid UTF-8 is replaced with U+FFFD and reported with the byte offset of the first bad sequence', () => {
  const head = utf8('مرحبا بكم ');
  const bytes = Buffer.concat([head, Uint8Array.from([0xff]), utf8(' في موقعنا الجديد'), Uint8Array.from([0xd8])]);
  const r = decodeBytes(bytes, { contentType: 'text/plain; charset=utf-8' });
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, 'مرحبا بكم \ufffd في موقعنا الجديد\ufffd');
  assert.deepEqual(codes(r), ['decode/invalid-utf8']);
  const m = r.messages[0]!;
  assert.equal(m.severity, 'warning');
  assert.match(m.reason, new RegExp(`byte ${head.length}\\b`));
  assert.match(m.reason, /^2 invalid/);
  assert.deepEqual(m.span, { start: head.length, end: head.length + 1 });
});

test('mostly valid UTF-8 with one stray byte stays UTF-8 even undeclared', () => {
  const text = 'أكدت الشركة أن خدماتها عادت إلى العمل بشكل طبيعي بعد انقطاع استمر ساعتين صباح اليوم';
  const bytes = Buffer.concat([utf8(text), Uint8Array.from([0x92])]);
  const r = decodeBytes(bytes);
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, `${text}\ufffd`);
  assert.deepEqual(codes(r), ['decode/invalid-utf8']);
  assert.match(r.messages[0]!.reason, new RegExp(`byte ${bytes.length - 1}\\b`));
});

test('binary input yields no text and an input/binary error', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  for (const bytes of [png, controls]) {
    const r = decodeBytes(bytes);
    assert.equal(r.text, '');
    assert.deepEqual(codes(r), ['input/binary']);
    assert.equal(r.messages[0]!.severity, 'error');
  }
  // UTF-16 text is full of NUL bytes and is still text.
  assert.equal(decodeBytes(Buffer.from('\ufeffabc', 'utf16le')).text, 'abc');
});

test('empty and whitespace-only input yield an input/empty error', () => {
  for (const bytes of [new Uint8Array(0), utf8(' \n\t\r\n '), Uint8Array.from([0xef, 0xbb, 0xbf])]) {
    const r = decodeBytes(bytes);
    assert.equal(r.text, '');
    assert.deepEqual(codes(r), ['input/empty']);
    assert.equal(r.messages[0]!.severity, 'error');
  }
});
