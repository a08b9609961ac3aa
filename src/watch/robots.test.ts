import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupFor, isAllowed, parseRobots } from './robots.js';

const TEXT = `# comments and blank lines are ignored
User-agent: *
Disallow: /private/
Allow: /private/open-letter
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: Marsad
User-agent: OtherBot
Disallow: /drafts/
Allow: /drafts/public
`;

test('the most specific user-agent group applies, and its longest matching rule wins', () => {
  const r = parseRobots(TEXT);
  // Marsad has its own group: the * rules do not apply to it
  assert.equal(isAllowed(r, 'Marsad', '/private/x'), true);
  assert.equal(isAllowed(r, 'Marsad', '/drafts/x'), false);
  assert.equal(isAllowed(r, 'Marsad', '/drafts/public/1'), true);
  assert.equal(isAllowed(r, 'SomeBot', '/private/x'), false);
  assert.equal(isAllowed(r, 'SomeBot', '/private/open-letter'), true);
  assert.equal(isAllowed(r, 'SomeBot', '/news/1'), true);
});

test('wildcards and the end anchor match as RFC 9309 says', () => {
  const r = parseRobots(TEXT);
  assert.equal(isAllowed(r, 'SomeBot', '/files/report.pdf'), false);
  assert.equal(isAllowed(r, 'SomeBot', '/files/report.pdf?page=2'), true);
});

test('Crawl-delay is read for the group; an empty Disallow allows all; robots.txt itself is always allowed', () => {
  const r = parseRobots(TEXT);
  assert.equal(groupFor(r, 'SomeBot')?.crawlDelay, 2);
  assert.equal(isAllowed(parseRobots('User-agent: *\nDisallow:\n'), 'Marsad', '/anything'), true);
  assert.equal(isAllowed(parseRobots('User-agent: *\nDisallow: /\n'), 'Marsad', '/robots.txt'), true);
  assert.equal(isAllowed(parseRobots('User-agent: *\nDisallow: /\n'), 'Marsad', '/news'), false);
});

test('Arabic paths match whether robots.txt writes them raw or percent-encoded', () => {
  const r = parseRobots('User-agent: *\nDisallow: /أرشيف/\n');
  assert.equal(isAllowed(r, 'Marsad', '/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81/2020'), false);
  assert.equal(isAllowed(r, 'Marsad', '/أخبار/1'), true);
});

test('an empty or rule-less file allows everything', () => {
  assert.equal(isAllowed(parseRobots(''), 'Marsad', '/x'), true);
  assert.equal(isAllowed(parseRobots('Disallow: /\n'), 'Marsad', '/x'), true, 'rules before any user-agent belong to no group');
});
