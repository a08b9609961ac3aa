import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl } from './canonical.js';
import { isoDate, parseFeed } from './feed.js';
import { normaliseUrl } from './url.js';

const FEED = 'https://news.example/feeds/main.xml';

test('RSS items give their links, titles and dates; a permalink guid stands in for a missing link', () => {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>أخبار</title>
<item><title>افتتاح معرض الكتاب</title><link>/culture/book-fair?utm_source=rss</link><pubDate>Mon, 03 Mar 2025 21:15:00 +0300</pubDate></item>
<item><title>نتائج الانتخابات البلدية</title><guid>https://news.example/politics/elections</guid><dc:date>2025-03-04T07:00:00+02:00</dc:date></item>
<item><title>بلا رابط</title><guid isPermaLink="false">abc-123</guid></item>
</channel></rss>`;
  const feed = parseFeed(xml, FEED);
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'أخبار');
  assert.deepEqual(feed.entries, [
    { url: 'https://news.example/culture/book-fair', title: 'افتتاح معرض الكتاب', published: '2025-03-03T21:15:00+03:00' },
    { url: 'https://news.example/politics/elections', title: 'نتائج الانتخابات البلدية', published: '2025-03-04T07:00:00+02:00' },
  ]);
  assert.deepEqual(feed.messages.map((m) => m.code), ['feed/item-without-link']);
});

test('Atom entries take the alternate HTML link, resolved against xml:base', () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/ar/"><title>موجز</title>
<entry><title>قمة اقتصادية</title><link rel="enclosure" href="/img/1.jpg"/><link rel="alternate" type="text/html" href="economy/summit"/><updated>2025-05-01T10:00:00Z</updated></entry>
<entry><title>مؤتمر صحفي</title><link href="https://other.example/press#video"/></entry>
</feed>`;
  const feed = parseFeed(xml, FEED);
  assert.equal(feed.kind, 'atom');
  assert.deepEqual(feed.entries, [
    { url: 'https://news.example/ar/economy/summit', title: 'قمة اقتصادية', published: '2025-05-01T10:00:00Z' },
    { url: 'https://other.example/press', title: 'مؤتمر صحفي' },
  ]);
});

test('a feed with bare ampersands is read after repair, with a warning; broken XML is feed/malformed', () => {
  const repaired = parseFeed('<rss><channel><item><title>اقتصاد &amp; مال &nbsp;</title><link>https://news.example/a?x=1&y=2</link></item></channel></rss>', FEED);
  assert.deepEqual(repaired.entries.map((e) => e.url), ['https://news.example/a?x=1&y=2']);
  assert.deepEqual(repaired.messages.map((m) => m.code), ['feed/repaired']);
  const broken = parseFeed('<rss><channel><item><link>https://news.example/a</item>', FEED);
  assert.deepEqual(broken.entries, []);
  assert.equal(broken.messages.at(-1)?.code, 'feed/malformed');
  assert.equal(parseFeed('<html><body>not a feed</body></html>', FEED).messages.at(-1)?.code, 'feed/malformed');
});

test('a URL list: one a line, comments and blanks skipped, relative lines resolved, bad lines reported, repeats once', () => {
  const feed = parseFeed('# list\nhttps://news.example/1\n\n/2\nftp://x/3\nhttps://news.example/1#comments\n', 'https://news.example/list.txt');
  assert.equal(feed.kind, 'list');
  assert.deepEqual(feed.entries.map((e) => e.url), ['https://news.example/1', 'https://news.example/2']);
  assert.deepEqual(feed.messages.map((m) => m.code), ['feed/bad-url']);
  // a local file has no address to resolve against: only absolute lines count
  const local = parseFeed('https://news.example/1\n/2\n', '/home/me/urls.txt');
  assert.deepEqual(local.entries.map((e) => e.url), ['https://news.example/1']);
  assert.deepEqual(local.messages.map((m) => m.code), ['feed/bad-url']);
});

test('RFC 822 dates keep their offset; named zones and two-digit years are read; junk is dropped', () => {
  assert.equal(isoDate('Tue, 10 Jun 2025 00:30:00 GMT'), '2025-06-10T00:30:00+00:00');
  assert.equal(isoDate('10 Jun 25 08:05 EDT'), '2025-06-10T08:05:00-04:00');
  assert.equal(isoDate('2025-06-10'), '2025-06-10');
  assert.equal(isoDate('أمس'), undefined);
});

test('URLs are normalised: fragment and tracking parameters dropped, host lower-cased, default port removed', () => {
  assert.equal(normaliseUrl('HTTPS://News.Example:443/a/../b?id=7&utm_medium=x&fbclid=1#top'), 'https://news.example/b?id=7');
  assert.equal(normaliseUrl('javascript:alert(1)'), null);
  assert.equal(normaliseUrl('https://user:pw@news.example/'), null);
});

test('the canonical link is read from the head, resolved, and entities decoded', () => {
  const html = `<html><head><meta charset="utf-8"><link rel="stylesheet" href="/s.css"><link href="/news/7?a=1&amp;b=2" rel="canonical"></head><body><link rel="canonical" href="/wrong"></body></html>`;
  assert.equal(canonicalUrl(html, 'https://news.example/amp/7'), 'https://news.example/news/7?a=1&b=2');
  assert.equal(canonicalUrl('<html><head></head><body><link rel="canonical" href="/x"></body></html>', 'https://news.example/'), null);
});
