import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyState, loadState, saveState, statePath } from './state.js';

test('the state is written whole through a temporary file and read back; a damaged file starts afresh with a message', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-state-'));
  try {
    const path = statePath(dir);
    const state = emptyState();
    state.seen['https://news.example/1'] = { at: 5, outcome: 'added', article: 'a1' };
    state.validators['https://news.example/feed'] = { etag: '"v"' };
    await saveState(path, state);
    await saveState(path, state);
    assert.deepEqual(await readdir(dir), ['watch-state.json'], 'no temporary file is left behind');
    assert.deepEqual((await loadState(path)).state, state);

    await writeFile(path, '{"version":1,"seen":');
    const damaged = await loadState(path);
    assert.deepEqual(damaged.state, emptyState());
    assert.equal(damaged.messages[0]?.code, 'watch/state-unreadable');
    assert.deepEqual((await loadState(join(dir, 'none.json'))).messages, [], 'a first run has no file and nothing to say');
    assert.notEqual(statePath(dir, 'أخبار'), statePath(dir), 'each collection has its own file');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
