import { test } from 'node:test';
import assert from 'node:assert/strict';
import { privateRange } from './address.js';

test('loopback, private, link-local and unspecified addresses are recognised, v4 and v6', () => {
  for (const a of ['127.0.0.1', '127.8.9.10', '10.0.0.5', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'febf::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', 'fe80::1%eth0']) {
    assert.ok(privateRange(a), `${a} is private`);
  }
});

test('public addresses, and the neighbours of private ranges, pass', () => {
  for (const a of ['93.184.216.34', '8.8.8.8', '172.15.255.255', '172.32.0.1', '192.169.0.1', '169.253.1.1', '11.0.0.1', '2001:4860:4860::8888', '2a00:1450::1', 'fec0::1', '::ffff:8.8.8.8']) {
    assert.equal(privateRange(a), null, a);
  }
});

test('a string that is no IP address is never taken as public', () => {
  assert.ok(privateRange('localhost'));
});
