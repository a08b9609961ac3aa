/**
 * The bad-input suite: one batch holding every kind of broken, hostile or odd input we could think of, each
 * written or generated here. Every bad input gets a message with a code (and a position where it has one); no
 * input costs the others their analysis; odd but valid inputs are analysed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { analyze } from '../analyze.js';
import { readInputs } from './read.js';

const ARTICLE = 'وصول الوفد إلى العاصمة\nوصل الوفد المفاوض صباح اليوم إلى العاصمة لبدء جولة جديدة من المحادثات.\nوقال مسؤول إن الجولة ستستمر ثلاثة أيام.\n';
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** name → [bytes, what must come of it: a message code, or 'analysed'] */
const cases: Record<string, [Buffer, string]> = {
  'empty.txt': [Buffer.alloc(0), 'input/empty'],
  'spaces.txt': [utf8('   \n\t\n  \r\n'), 'input/empty'],
  'png.txt': [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'input/binary'],
  'zeros.txt': [Buffer.alloc(4096), 'input/binary'],
  'random.txt': [Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)), 'input/binary'],
  'lone-continuation.txt': [Buffer.concat([utf8(ARTICLE), Buffer.from([0x80]), utf8('نهاية.')]), 'decode/invalid-utf8'],
  'truncated-sequence.txt': [Buffer.concat([utf8(ARTICLE), Buffer.from([0xd8])]), 'decode/invalid-utf8'],
  'overlong.txt': [Buffer.concat([utf8(ARTICLE), Buffer.from([0xc0, 0xaf]), utf8(' تابع.')]), 'decode/invalid-utf8'],
  'windows-1256.txt': [iconv.encode(ARTICLE, 'windows-1256'), 'analysed'],
  'mixed-encodings.txt': [Buffer.concat([utf8(ARTICLE), iconv.encode('وأضاف المسؤول أن الأجواء إيجابية.\n', 'windows-1256')]), 'decode/mixed-encodings'],
  'utf8-bom.txt': [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(ARTICLE)]), 'analysed'],
  'utf16le-bom.txt': [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]), 'analysed'],
  'crlf.txt': [utf8(ARTICLE.replace(/\n/g, '\r\n')), 'analysed'],
  'cr-only.txt': [utf8(ARTICLE.replace(/\n/g, '\r')), 'analysed'],
  'zero-width-bidi.txt': [utf8(ARTICLE.replace(/ /g, ' \u200B\u200F').replace('الوفد', '\u202Bالوفد\u202C\u2066')), 'analysed'],
  'tatweel.txt': [utf8(ARTICLE.replace(/ل/g, 'لـــــــ')), 'analysed'],
  'emoji.txt': [utf8(ARTICLE.replace('.', ' 🇮🇶🔥👍🏽.')), 'analysed'],
  'latin-only.txt': [utf8('Talks resume in the capital\nThe delegation arrived this morning to start a new round of talks.\n'), 'analysed'],
  'mixed-language.txt': [utf8(ARTICLE + 'The ministry said the talks were "constructive".\n'), 'analysed'],
  'same-article-1.txt': [utf8(ARTICLE), 'analysed'],
  'same-article-2.txt': [utf8(ARTICLE), 'analysed'],
  'one-long-line.txt': [utf8('كلمة '.repeat(200_000)), 'analysed'],
  'punctuation-only.txt': [utf8('... ،،، ؟؟؟ !!! «» ---\n'), 'clean/no-article'],
  'html-deep.html': [utf8('<html><body>' + '<div>'.repeat(10_000) + '<p>نص عميق جداً في الصفحة.</p>' + '</div>'.repeat(10_000) + '</body></html>'), 'html/unparseable'],
  'html-script-only.html': [utf8('<html><head><script>alert(1)</script></head><body><script>var x = 1;</script></body></html>'), 'input/no-text'],
  'html-no-tags.html': [utf8(ARTICLE), 'analysed'],
  'html-unclosed.html': [utf8('<html><body><h1>وصول الوفد<p>وصل الوفد المفاوض صباح اليوم إلى العاصمة لبدء جولة جديدة.<p>وقال مسؤول إن الجولة ستستمر'), 'analysed'],
  'feed.jsonl': [utf8([JSON.stringify({ id: 'good-record', text: ARTICLE }), '{"text": ', JSON.stringify({ text: 42 }), '"just a string"'].join('\n')), 'jsonl/malformed'],
  'empty-records.jsonl': [utf8('\n\n\n'), 'input/empty'],
  'unknown.pdf': [utf8('%PDF-1.4'), 'skipped'],
};

const dir = mkdtempSync(join(tmpdir(), 'marsad-bad-'));
mkdirSync(join(dir, 'batch'));
for (const [name, [bytes]] of Object.entries(cases)) writeFileSync(join(dir, 'batch', name), bytes);
// a 100 MB page (sparse on disk, so the test costs no disk): refused by its size before a byte is read
writeFileSync(join(dir, 'batch', 'huge.txt'), ARTICLE);
truncateSync(join(dir, 'batch', 'huge.txt'), 100 * 1024 * 1024);
cases['huge.txt'] = [Buffer.alloc(0), 'input/too-large'];
const { sources, skipped } = await readInputs([join(dir, 'batch'), join(dir, 'does-not-exist.txt')]);
const analysis = analyze(sources);
const codesOf = (name: string) => analysis.messages.filter((m) => m.origin?.endsWith(`/${name}`)).map((m) => m.code);
const analysed = (name: string) => analysis.docs.some((d) => d.source.origin.endsWith(`/${name}`));

test(`the suite holds at least 30 bad or odd inputs`, () => {
  assert.ok(Object.keys(cases).length + 1 >= 30);
});

for (const [name, [, want]] of Object.entries(cases)) {
  test(`${name}: ${want}`, () => {
    if (want === 'analysed') assert.ok(analysed(name), `${name} was not analysed: ${codesOf(name).join(', ')}`);
    else if (want === 'skipped') assert.ok(skipped.some((s) => s.endsWith(name)));
    else assert.ok(codesOf(name).includes(want), `${name} gave ${JSON.stringify(codesOf(name))}`);
  });
}

test('a path that does not exist is reported and the batch goes on', () => {
  assert.ok(codesOf('does-not-exist.txt').includes('input/unreadable'));
  assert.ok(analysed('crlf.txt'));
});

test('every message has a code and a reason, and positions lie inside their input', () => {
  for (const m of analysis.messages) {
    assert.ok(m.code && m.reason, JSON.stringify(m));
    if (m.span) assert.ok(m.span.start >= 0 && m.span.start <= m.span.end);
  }
  const bad = analysis.messages.find((m) => m.code === 'decode/invalid-utf8' && m.origin?.endsWith('/lone-continuation.txt'));
  assert.ok(bad?.span && bad.span.start === utf8(ARTICLE).length, JSON.stringify(bad));
});

test('a file mixing UTF-8 and windows-1256 lines is read with both parts legible', () => {
  const doc = analysis.docs.find((d) => d.source.origin.endsWith('/mixed-encodings.txt'));
  assert.ok(doc?.body.text.includes('وصل الوفد المفاوض'));
  assert.ok(doc?.body.text.includes('وأضاف المسؤول أن الأجواء إيجابية.'));
});

test('the valid record of a broken JSONL file is analysed', () => {
  assert.ok(analysis.docs.some((d) => d.id === 'good-record'));
});
