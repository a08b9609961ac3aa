import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source } from '../model/document.js';
import { message } from '../model/message.js';
import { openSharedStore, type SharedStore } from './connections.js';
import { collectionNamed, storable } from './enqueue.js';

const source = (origin: string, text: string, messages: Source['messages'] = []): Source => ({ id: origin, origin, text, format: 'text', declared: {}, messages });

test('only sources with text the database can hold are stored; the others say why', () => {
  const out = storable([
    source('a.txt', 'خبر قصير عن افتتاح مكتبة عامة.'),
    source('b.txt', '   \n'),
    source('c.bin', 'نص\u0000ثنائي'),
    source('d.txt', '', [message('input/undecodable', 'the bytes are not text in any known encoding', { severity: 'error' })]),
  ]);
  assert.deepEqual(
    out.readable.map((s) => s.origin),
    ['a.txt'],
  );
  assert.deepEqual(
    out.rejected.map((r) => [r.origin, r.code]),
    [
      ['b.txt', 'input/empty'],
      ['c.bin', 'input/nul-character'],
      ['d.txt', 'input/undecodable'],
    ],
  );
});

const url = process.env.DATABASE_URL;
const opened: SharedStore[] = [];
after(async () => {
  for (const s of opened) await s.close();
});

test('two shells enqueuing into one new collection name at once make one collection', { skip: url ? false : 'DATABASE_URL is not set' }, async () => {
  const [one, two] = await Promise.all([openSharedStore(url!), openSharedStore(url!)]);
  opened.push(one!, two!);
  const name = `queue-name-${process.pid}-${Date.now()}`;
  const got = await Promise.all([collectionNamed(one!.store, one!.db, name), collectionNamed(two!.store, two!.db, name), collectionNamed(one!.store, one!.db, name)]);
  assert.equal(new Set(got.map((g) => g.id)).size, 1);
  assert.equal(got.filter((g) => g.created).length, 1);
  assert.equal((await one!.store.collections()).filter((c) => c.name === name).length, 1);
  await one!.db.query('DELETE FROM collections WHERE id = $1', [got[0]!.id]);
});
