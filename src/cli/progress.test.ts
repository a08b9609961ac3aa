import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { progressBar } from './progress.js';

function fakeTerminal(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 60, write: (s: string) => (out.push(s), true) } };
}

test('the bar is drawn in place with the counts, throttled, and wiped at the end', () => {
  let clock = 0;
  const { out, stream } = fakeTerminal(true);
  const bar = progressBar(stream, { after: 0, every: 100, now: () => clock });
  bar.update({ phase: 'documents', done: 0, total: 4 });
  clock = 50;
  bar.update({ phase: 'documents', done: 1, total: 4 }); // too soon: not drawn
  clock = 200;
  bar.update({ phase: 'documents', done: 2, total: 4 });
  bar.update({ phase: 'stories', done: 3, total: 3 }); // the end is always drawn
  bar.done();
  assert.equal(out.length, 4);
  assert.match(out[0]!, /^\rarticles 0\/4 \[\.+\]$/);
  assert.match(out[1]!, /^\rarticles 2\/4 \[#+\.+\]$/);
  assert.match(out[2]!, /^\rstories 3\/3 \[#+\]$/);
  assert.equal(out[3], '\r\x1b[2K');
});

test('nothing is written into a pipe, nor for a run shorter than the delay', () => {
  const pipe = fakeTerminal(false);
  const a = progressBar(pipe.stream, { after: 0 });
  a.update({ phase: 'documents', done: 1, total: 1 });
  a.done();
  assert.deepEqual(pipe.out, []);
  const tty = fakeTerminal(true);
  const b = progressBar(tty.stream, { after: 500, now: () => 10 });
  b.update({ phase: 'documents', done: 1, total: 1 });
  b.done();
  assert.deepEqual(tty.out, []);
});

test('the analysis reports every input and story, ending at the totals', () => {
  const text = 'عنوان الخبر\nوصل الوفد إلى العاصمة صباح اليوم لبدء جولة جديدة من المحادثات مع الحكومة.\nوقال مسؤول إن الجولة ستستمر يومين.\n';
  const seen: string[] = [];
  const sources = [1, 2, 3].map((i) => ({ id: `d${i}`, origin: `d${i}.txt`, text, format: 'text' as const, declared: {}, messages: [] }));
  const result = analyze(sources, undefined, undefined, (p) => seen.push(`${p.phase} ${p.done}/${p.total}`));
  assert.deepEqual(seen.slice(0, 3), ['documents 0/3', 'documents 1/3', 'documents 2/3']);
  assert.equal(seen.at(-1), `stories ${result.stories.length}/${result.stories.length}`);
});
