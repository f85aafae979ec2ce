import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './html.js';

const fixture = readFileSync(
  new URL('../../test/fixtures/pages/news-article.html', import.meta.url),
  'utf8',
);
const article = extractHtml(
  fixture,
  'https://courier.example/news/2023/04/18/ferry-terminal/?ref=home',
);
const body = article.paragraphs.join('\n\n');

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const story = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the story, with enough words, commas, and detail to count as text.</p>`,
  ).join('');

describe('extractHtml', () => {
  it.each([
    'The harbour authority on Tuesday approved plans',
    'is expected to cost about £40 million.',
    'Objections from residents',
    '“We listened, and the design is lower now,” the authority’s chair',
    'first sailings planned for the summer of 2026',
  ])('keeps the story text %j', (text) => {
    expect(body).toContain(text);
  });

  it.each([
    'The Coastal Courier',
    'Sport',
    'We use cookies',
    'By Mara Lindqvist',
    'Facebook',
    'Photo: Port Archive',
    'Advertisement',
    'Island ferry fares',
    'Great news for the islands',
    'All rights reserved',
    'Harbour authority approves new ferry terminal',
    '.share',
  ])('drops the furniture %j', (text) => {
    expect(body).not.toContain(text);
  });

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Harbour authority approves new ferry terminal',
      standfirst: 'Construction is due to start next spring after a two-year review',
      byline: 'Mara Lindqvist',
      published: { value: '2023-04-18T09:30:00+01:00', source: 'jsonld' },
      site: 'The Coastal Courier',
      url: 'https://courier.example/news/2023/04/18/ferry-terminal/',
      language: 'en',
      related: [
        {
          title: 'Island ferry fares to rise by five percent in May',
          url: 'https://courier.example/news/2023/03/02/island-fares/',
        },
      ],
    });
  });

  it.each([
    [
      'a meta tag',
      '<meta property="article:published_time" content="2021-12-20T08:00:00Z">',
      null,
      { value: '2021-12-20T08:00:00Z', source: 'meta' },
    ],
    ['a time element', '', null, { value: '2020-05-01', source: 'meta' }],
    [
      'the URL path',
      '',
      'https://news.example/world/2021/12/20/talks/',
      { value: '2021-12-20', source: 'url' },
    ],
    ['nowhere', '', 'https://news.example/world/talks', { value: null, source: null }],
  ])('dates the page from %s', (_, head, url, published) => {
    const time = head === '' && url === null ? '<time datetime="2020-05-01">1 May</time>' : '';
    expect(extractHtml(page(head, `${time}<article>${story(4)}</article>`), url).published).toEqual(
      published,
    );
  });

  it('strips the site name from the <title>', () => {
    expect(
      extractHtml(page('<title>Talks resume in Vienna - World News</title>', story(3)), null).title,
    ).toBe('Talks resume in Vienna');
  });

  it('prefers the container with the story over a link-heavy list', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s/${i}">Another story number ${i}, with a long headline</a></li>`,
    ).join('');
    const result = extractHtml(
      page('', `<div id="list"><ul>${links}</ul></div><div id="x">${story(5)}</div>`),
      null,
    );
    expect(result.paragraphs).toHaveLength(5);
  });

  // NOTE: htmlparser2 keeps its open-element stack with unshift, so parsing is quadratic in depth.
  it('does not crash on 100 000 nested elements', { timeout: 60_000 }, () => {
    const deep = `${'<div>'.repeat(100_000)}<p>Deep text, still a paragraph of the story with words.</p>${'</div>'.repeat(100_000)}`;
    expect(extractHtml(page('', deep), null).paragraphs).toEqual([
      'Deep text, still a paragraph of the story with words.',
    ]);
  });
});
