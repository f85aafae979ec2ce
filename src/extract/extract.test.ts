import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../sources/raw-document.js';
import { articleFromBody, extractArticle, looksLikeHtml } from './extract.js';

const doc = (text: string, extra?: Partial<RawDocument>): RawDocument => ({
  name: 'input.txt',
  bytes: new TextEncoder().encode(text),
  url: 'https://news.example/2022/01/05/story',
  headers: {},
  fetchedAt: null,
  ...extra,
});

const STORY =
  'The minister resigned on Wednesday after a week of protests in the capital, her office said.';

describe('extractArticle', () => {
  it('runs plain text through the plain-text extractor', () => {
    const article = extractArticle(doc(`Minister resigns after week of protests\n\n${STORY}`));
    expect(article).toMatchObject({
      title: 'Minister resigns after week of protests',
      text: STORY,
      site: 'news.example',
    });
  });

  it('runs sniffed HTML through the HTML extractor', () => {
    const article = extractArticle(
      doc(`<!DOCTYPE html><html lang="en"><body><article><p>${STORY}</p></article></body></html>`),
    );
    expect(article).toMatchObject({
      text: STORY,
      language: 'en',
      published: { value: '2022-01-05', source: 'url' },
    });
  });

  it('follows the media type hint over the sniff', () => {
    const article = extractArticle(doc(`<p>${STORY}</p>`, { mediaType: 'text/plain' }));
    expect(article.text).toBe(`<p>${STORY}</p>`);
  });

  it('gives a known publication date precedence', () => {
    const article = extractArticle(doc(STORY), { published: '2021-12-20' });
    expect(article.published).toEqual({ value: '2021-12-20', source: 'given' });
  });

  it.each([
    [
      'only furniture',
      doc('<html><body><nav><a href="/">Home</a></nav><footer>© 2022</footer></body></html>'),
      'NG_E011',
    ],
    ['nothing', doc(''), 'NG_E001'],
  ])('refuses a page with %s', (_, raw, code) => {
    expect(() => extractArticle(raw)).toThrow(code);
  });

  it('refuses a page over 50 MB with an error naming it, before parsing', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    const raw = doc('', { name: 'huge.html', bytes, mediaType: 'text/html' });
    const started = performance.now();
    expect(() => extractArticle(raw)).toThrow(/NG_E004.*huge\.html/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('extracts a page nested 100 000 levels deep without overflowing the stack', {
    timeout: 120_000,
  }, () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${STORY}</p>${'</div>'.repeat(depth)}</body></html>`;
    const raw = doc('', {
      name: 'deep.html',
      bytes: new TextEncoder().encode(html),
      mediaType: 'text/html',
    });
    expect(extractArticle(raw).text).toBe(STORY);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!doctype html><title>x</title>', true],
    ['  <html lang="en">', true],
    ['<div><p>one</p><p>two <a href="/x">three</a></p></div>', true],
    ['Plain text with a <b> in it.', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('articleFromBody', () => {
  it('keeps the body verbatim and guesses nothing', () => {
    const body = '  Already extracted.\n\nSecond paragraph.  ';
    expect(articleFromBody(body, { url: 'https://x.example/a', published: '2021-12-20' })).toEqual({
      title: null,
      standfirst: null,
      text: body,
      url: 'https://x.example/a',
      site: null,
      byline: null,
      language: null,
      published: { value: '2021-12-20', source: 'given' },
      related: [],
    });
  });
});
