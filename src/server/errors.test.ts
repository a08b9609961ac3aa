import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.js';
import type { Store } from '../storage/store.js';
import { Workspace } from '../storage/workspace.js';

test('an unexpected failure is a JSON 500 without its message or stack; the log gets them', async () => {
  const broken = {
    label: 'broken',
    collections: async () => {
      throw new Error('connection to 10.1.2.3 refused: password=secret');
    },
  } as unknown as Store;
  const logged: string[] = [];
  const app = createApp({ workspace: new Workspace(broken), token: 't', version: 'x', log: (l) => logged.push(l) });
  const res = await app.request('/api/collections');
  assert.equal(res.status, 500);
  const text = await res.text();
  assert.deepEqual(JSON.parse(text), { error: { code: 'server/internal', reason: 'the server could not complete the request; its log says why' } });
  assert.doesNotMatch(text, /secret|10\.1\.2\.3|\.js:\d+/);
  assert.match(logged.join('\n'), /password=secret/);
});
