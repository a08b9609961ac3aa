import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourcesOfJsonl } from './jsonl.js';

test('each JSONL record becomes a source with what it declares; malformed lines are reported and skipped', () => {
  const file = [
    JSON.stringify({ id: 'a1', text: 'عنوان\nنص الخبر الأول.', outlet: 'النيل اليوم', published: '2023-12-19', url: 'https://example.org/a1' }),
    '{"text": "لم يغلق القوس"',
    '',
    JSON.stringify({ html: '<html><body><p>نص</p></body></html>' }),
    JSON.stringify({ title: 'لا نص هنا' }),
    '[1, 2]',
  ].join('\n');
  const sources = sourcesOfJsonl(file, 'feed.jsonl', 'feed');
  assert.deepEqual(sources.map((s) => [s.id, s.format]), [['a1', 'text'], ['feed-4', 'html']]);
  assert.deepEqual(sources[0]!.declared, { outlet: 'النيل اليوم', published: '2023-12-19', url: 'https://example.org/a1' });
  assert.equal(sources[0]!.origin, 'https://example.org/a1');
  const codes = sources[0]!.messages.map((m) => [m.code, m.reason.slice(0, 7)]);
  assert.deepEqual(codes, [['jsonl/malformed', 'line 2:'], ['jsonl/no-text', 'line 5:'], ['jsonl/malformed', 'line 6:']]);
  const bad = sources[0]!.messages[0]!;
  assert.equal(file.slice(bad.span!.start, bad.span!.end), '{"text": "لم يغلق القوس"');
});

test('a file with no usable record still reports its problems', () => {
  const sources = sourcesOfJsonl('not json\n', 'x.jsonl', 'x');
  assert.equal(sources.length, 1);
  assert.equal(sources[0]!.text, '');
  assert.equal(sources[0]!.messages[0]!.code, 'jsonl/malformed');
});
