import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, repoRoot } from '../testing/fixtures.js';
import { dossierErrors } from '../testing/schema.js';

const marsad = join(repoRoot, 'bin', 'marsad.js');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [marsad, ...args], { encoding: 'utf8', input });
}

// a batch in which some inputs are bad: they are reported, the others are analysed
const dir = mkdtempSync(join(tmpdir(), 'marsad-batch-'));
const inputs = join(dir, 'in');
const out = join(dir, 'out');
spawnSync('mkdir', ['-p', inputs]);
copyFileSync(fixturePath('text/two-articles.txt'), join(inputs, 'page.txt'));
copyFileSync(fixturePath('text/subheadings.txt'), join(inputs, 'sub.txt'));
writeFileSync(join(inputs, 'empty.txt'), '  \n\n');
writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
// valid Arabic with one stray byte in the middle
writeFileSync(join(inputs, 'broken.txt'), Buffer.concat([Buffer.from('خبر قصير\nوصل الوفد إلى العاصمة '), Buffer.from([0xff]), Buffer.from(' صباح اليوم.\n')]));
writeFileSync(
  join(inputs, 'feed.jsonl'),
  [JSON.stringify({ id: 'rec1', text: 'عنوان من الخلاصة\nنص الخبر الأول من الخلاصة.', outlet: 'صدى القرن' }), '{broken'].join('\n'),
);
const result = run(['analyze', inputs, '--out', out, '--json']);
const summary = JSON.parse(result.stdout) as { documents: number; messages: Array<{ code: string; origin: string; severity: string }> };
const dossier = JSON.parse(readFileSync(join(out, 'dossier.json'), 'utf8'));

test('bad inputs are reported with a code and the rest of the batch is analysed', () => {
  assert.equal(result.status, 1, result.stderr);
  const codes = (file: string) => summary.messages.filter((m) => m.origin.endsWith(file)).map((m) => m.code);
  assert.ok(codes('empty.txt').includes('input/empty'), JSON.stringify(summary.messages));
  assert.ok(codes('binary.txt').includes('input/binary'));
  assert.ok(codes('broken.txt').includes('decode/invalid-utf8'));
  assert.ok(summary.messages.some((m) => m.code === 'jsonl/malformed'));
  const ids = dossier.documents.map((d: { id: string }) => d.id).sort();
  assert.deepEqual(ids, ['broken', 'page', 'page#2', 'rec1', 'sub']);
});

test('the dossier follows the schema and every mention points at its words in the source', () => {
  assert.deepEqual(dossierErrors(dossier), []);
  const sources: Record<string, string> = {
    page: readFileSync(join(inputs, 'page.txt'), 'utf8'),
    sub: readFileSync(join(inputs, 'sub.txt'), 'utf8'),
  };
  let checked = 0;
  for (const d of dossier.documents) {
    const src = sources[d.id.split('#')[0]];
    if (!src) continue;
    const mentions = [...d.furniture, ...Object.values(d.evidence).map((e) => (e as { mention: unknown } | null)?.mention).filter(Boolean)];
    for (const m of mentions as Array<{ start: number; end: number; text: string }>) {
      assert.equal(src.slice(m.start, m.end), m.text);
      checked++;
    }
    assert.ok(src.slice(d.span[0], d.span[1]).includes(d.body.split('\n')[1]));
  }
  assert.ok(checked > 20);
});

test('the unrelated second article on a page is its own story', () => {
  const storyOf = (id: string) => dossier.stories.find((s: { documents: string[] }) => s.documents.includes(id));
  assert.notEqual(storyOf('page'), storyOf('page#2'));
});

test('report.html is a right-to-left page that shows article text as text', () => {
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  assert.match(html, /<html lang="ar" dir="rtl">/);
  assert.ok(html.includes('مصر وإثيوبيا تختتمان جولة مفاوضات جديدة'));
  const hostile = mkdtempSync(join(tmpdir(), 'marsad-xss-'));
  writeFileSync(join(hostile, 'x.txt'), 'عنوان <script>alert(1)</script>\nنص فيه <img src=x onerror=alert(2)> وكلام آخر.\n');
  run(['analyze', hostile, '--out', join(hostile, 'out'), '--quiet']);
  const page = readFileSync(join(hostile, 'out', 'report.html'), 'utf8');
  assert.ok(!page.includes('<script>alert(1)'));
  assert.ok(!page.includes('<img src=x'));
  assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
});

test('stdin is an input, and nothing analysable exits 3', () => {
  const o = join(dir, 'stdin-out');
  const r = run(['analyze', '-', '--out', o, '--json'], 'خبر من المدخل القياسي\nوصل الوفد صباح اليوم إلى العاصمة.\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(readFileSync(join(o, 'dossier.json'), 'utf8')).documents[0].id, 'stdin');
  const empty = run(['analyze', join(inputs, 'empty.txt'), '--out', join(dir, 'e'), '--quiet']);
  assert.equal(empty.status, 3);
});

test('usage errors exit 2 with help', () => {
  const r = run(['analyze']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /missing required argument/);
});
