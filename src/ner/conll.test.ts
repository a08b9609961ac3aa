import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatConll, parseConll } from './conll.js';
import { tagConllText } from '../cli/ner-command.js';

// Written for this test: tags are ignored by the tagger, a token may hold a space, CRLF line ends, extra blank lines.
const FIXTURE = [
  'أعلنت O',
  'وزارة B-ORG',
  'الصحة I-ORG',
  'في O',
  'عمان B-LOC',
  '. O',
  '',
  '',
  'وقال O',
  'الدكتور O',
  'نبيل B-PERS',
  'الطحان I-PERS',
  '10 000 O',
  'حالة O',
  '',
  'شكرا',
  '',
].join('\r\n');

test('parsing keeps every token, the tag after the last space, and the sentence breaks', () => {
  const s = parseConll(FIXTURE);
  assert.equal(s.length, 3);
  assert.deepEqual(s.map((x) => x.tokens.length), [6, 6, 1]);
  assert.equal(s[1]!.tokens[4], '10 000');
  assert.equal(s[1]!.tags[4], 'O');
  assert.equal(s[2]!.tokens[0], 'شكرا');
  assert.deepEqual(parseConll(formatConll(s)).slice(0, 2), s.slice(0, 2));
});

test('the ner command prints one `token TAG` line per token, in order, a blank line after each sentence', () => {
  const out = tagConllText(FIXTURE);
  const blocks = out.split('\n\n');
  assert.equal(blocks.at(-1), '');
  const sentences = blocks.slice(0, -1).map((b) => b.split('\n'));
  const given = parseConll(FIXTURE);
  assert.deepEqual(sentences.map((l) => l.length), given.map((g) => g.tokens.length));
  sentences.forEach((lines, i) =>
    lines.forEach((line, j) => {
      const cut = line.lastIndexOf(' ');
      assert.equal(line.slice(0, cut), given[i]!.tokens[j]);
      assert.match(line.slice(cut + 1), /^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
    }),
  );
  assert.deepEqual(tagConllText(FIXTURE, { sentenceOnly: true }).split('\n').length, out.split('\n').length);
  assert.equal(tagConllText(''), '');
});
