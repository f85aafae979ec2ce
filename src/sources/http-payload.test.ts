import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dechunk, decodeContent, parseHttpResponse } from './http-payload.js';

describe('parseHttpResponse', () => {
  it('splits status, headers (names lower-cased, repeats joined) and body', () => {
    const block = Buffer.from(
      'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n\r\n<p>x</p>',
    );
    expect(parseHttpResponse(block, 'r')).toMatchObject({
      status: 200,
      headers: { 'content-type': 'text/html', 'set-cookie': 'a, b' },
    });
    expect(parseHttpResponse(block, 'r').body.toString()).toBe('<p>x</p>');
  });

  it('accepts bare line feeds, as some crawlers write them', () => {
    const block = Buffer.from('HTTP/1.0 404 Not Found\nContent-Type: text/html\n\nmissing');
    expect(parseHttpResponse(block, 'r')).toMatchObject({ status: 404 });
  });

  it.each([
    ['no end of headers', 'HTTP/1.1 200 OK\r\nContent-Type: text/html'],
    ['no status line', 'hello\r\n\r\nworld'],
  ])('refuses a block with %s (NG_E015)', (_, text) => {
    expect(() => parseHttpResponse(Buffer.from(text), 'rec')).toThrow(/NG_E015: rec:/u);
  });
});

describe('dechunk', () => {
  it('joins the chunks and stops at the last one', () => {
    expect(dechunk(Buffer.from('4\r\nWiki\r\n6\r\npedia \r\n0\r\n\r\n')).toString()).toBe(
      'Wikipedia ',
    );
  });

  it('keeps what was complete when the body is cut short', () => {
    expect(dechunk(Buffer.from('4\r\nWiki\r\n6\r\npe')).toString()).toBe('Wikipe');
  });
});

describe('decodeContent', () => {
  const html = Buffer.from('<p>story</p>');
  it.each([
    ['gzip', gzipSync(html)],
    ['deflate', deflateSync(html)],
    ['identity', html],
  ])('undoes %s', (coding, body) => {
    expect(decodeContent(body, coding, 'r', 1000).toString()).toBe('<p>story</p>');
  });

  it('names a corrupt body (NG_E015) and refuses output over the limit (NG_E004)', () => {
    expect(() => decodeContent(gzipSync(html).subarray(0, 12), 'gzip', 'rec', 1000)).toThrow(
      /NG_E015: rec: .*gzip/u,
    );
    expect(() => decodeContent(gzipSync(Buffer.alloc(5000)), 'gzip', 'rec', 1000)).toThrow(
      /NG_E004/u,
    );
  });
});
