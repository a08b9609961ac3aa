import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, HostSlots, retryableStatus, retryAfterMs } from './schedule.js';

test('each host gets its own slots, spaced by the interval or the larger crawl delay', () => {
  const slots = new HostSlots(1000);
  assert.equal(slots.reserve('a.example', 0), 0);
  assert.equal(slots.reserve('a.example', 0), 1000);
  assert.equal(slots.reserve('b.example', 0), 0, 'another host is not held up');
  assert.equal(slots.reserve('a.example', 5000), 5000, 'an idle host is free at once');
  assert.equal(slots.reserve('a.example', 5000, 3000), 8000);
});

test('backoff doubles per attempt with jitter in its upper half, capped, and yields to a longer Retry-After', () => {
  const policy = { baseMs: 1000, maxMs: 10_000 };
  assert.equal(backoffDelay(0, policy, () => 0), 500);
  assert.equal(backoffDelay(0, policy, () => 1), 1000);
  assert.equal(backoffDelay(2, policy, () => 0.5), 3000);
  assert.equal(backoffDelay(10, policy, () => 1), 10_000);
  assert.equal(backoffDelay(0, policy, () => 0, 7000), 7000);
  assert.equal(backoffDelay(0, policy, () => 0, 3_600_000), 10_000, 'a server cannot stall the watcher for an hour');
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  assert.equal(retryAfterMs('5', 0), 5000);
  assert.equal(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 10_000);
  assert.equal(retryAfterMs('soon', 0), undefined);
});

test('busy and failing servers are retried; refusals are not', () => {
  assert.deepEqual([429, 500, 502, 503, 504, 408].map(retryableStatus), [true, true, true, true, true, true]);
  assert.deepEqual([400, 403, 404, 410, 501].map(retryableStatus), [false, false, false, false, false]);
});
