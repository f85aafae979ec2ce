import { describe, expect, it } from 'vitest';
import { feedDate, looksLikeFeed, parseFeed } from './feed.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://n.test/</link>
<item><title>Talks &amp; trade</title><link>https://n.test/a?utm_source=rss</link><pubDate>Mon, 06 Dec 2021 10:00:00 GMT</pubDate></item>
<item><title>No link</title></item>
<item><guid>https://n.test/b</guid><dc:date>2021-12-07</dc:date></item></channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><link href="https://n.test/"/>
<entry><title>One</title><link rel="self" href="https://n.test/self"/><link href="/one"/><published>2021-12-06T10:00:00+01:00</published><updated>2021-12-08T00:00:00Z</updated></entry></feed>`;

const NEWS_SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://n.test/story</loc><image:image><image:loc>https://n.test/pic.jpg</image:loc></image:image>
<news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2021-12-06T08:00:00Z</news:publication_date><news:title>Story</news:title></news:news><lastmod>2022-01-01</lastmod></url>
<url><loc>https://n.test/other</loc><lastmod>2021-11-30</lastmod></url></urlset>`;

const INDEX = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://n.test/s1.xml</loc><lastmod>2021-12-01</lastmod></sitemap></sitemapindex>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Wire',
  items: [
    { id: '1', url: 'https://n.test/j', date_published: '2021-12-06T10:00:00Z', title: 'J' },
    { id: '2' },
  ],
});

describe('parseFeed', () => {
  it.each([
    [
      'RSS 2.0',
      RSS,
      'rss',
      [
        ['https://n.test/a?utm_source=rss', '2021-12-06T10:00:00Z', 'Talks & trade'],
        ['https://n.test/b', '2021-12-07', null],
      ],
    ],
    ['Atom', ATOM, 'atom', [['https://n.test/one', '2021-12-06T09:00:00Z', 'One']]],
    [
      'a Google News sitemap',
      NEWS_SITEMAP,
      'sitemap',
      [
        ['https://n.test/story', '2021-12-06T08:00:00Z', 'Story'],
        ['https://n.test/other', '2021-11-30', null],
      ],
    ],
    ['a sitemap index', INDEX, 'sitemapindex', [['https://n.test/s1.xml', '2021-12-01', null]]],
    ['a JSON Feed', JSON_FEED, 'jsonfeed', [['https://n.test/j', '2021-12-06T10:00:00Z', 'J']]],
  ])('reads %s: its kind, entry URLs, dates and titles', (_, text, kind, expected) => {
    const feed = parseFeed(text, 'feed', 'https://n.test/feed');
    expect(feed.kind).toBe(kind);
    expect(feed.entries.map((e) => [e.url, e.published, e.title])).toEqual(expected);
  });

  it.each([
    [
      'HTML',
      '<!doctype html><html><body><p>hi</p></body></html>',
      /NG_E016: page\.html: .*not a feed/u,
    ],
    ['plain text', 'just words, no markup', /NG_E016: .*not XML/u],
    ['JSON that is not a feed', '{"a": 1}', /NG_E016: .*JSON Feed version/u],
    ['broken JSON', '{"version": ', /NG_E016: .*JSON/u],
  ])('refuses %s with NG_E016 naming the input', (_, text, message) => {
    expect(() => parseFeed(text, 'page.html')).toThrow(message);
  });
});

describe('looksLikeFeed', () => {
  it.each([
    [RSS, true],
    [ATOM, true],
    [NEWS_SITEMAP, true],
    [JSON_FEED, true],
    [
      '<!doctype html><html><head><link rel="alternate" type="application/rss+xml"></head></html>',
      false,
    ],
    ['{"id": 1, "html": "<p>x</p>"}', false],
  ])('%#', (text, expected) => expect(looksLikeFeed(text)).toBe(expected));
});

describe('feedDate', () => {
  it.each([
    ['Tue, 07 Dec 2021 05:06:07 +0000', '2021-12-07T05:06:07Z'],
    ['2021-12-06', '2021-12-06'],
    ['yesterday', null],
    [undefined, null],
  ])('%s → %s', (value, expected) => expect(feedDate(value)).toBe(expected));
});
