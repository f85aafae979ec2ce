import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, isPrivateAddress } from './url.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/story') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<p>Chile and Peru signed an accord.</p>');
    } else if (request.url === '/moved') {
      response.writeHead(301, { location: '/story' });
      response.end();
    } else if (request.url === '/loop') {
      response.writeHead(302, { location: '/loop' });
      response.end();
    } else if (request.url === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('x'.repeat(5000));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['93.184.216.34', false],
    ['172.32.0.1', false],
    ['2606:4700::1111', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('fetchDocument', () => {
  it('refuses a loopback address unless private addresses are allowed', async () => {
    await expect(fetchDocument(`${base}/story`)).rejects.toThrow(/NG_E005: .*private address/u);
  });

  it('fetches a page and follows a redirect, recording where it ended', async () => {
    const page = await fetchDocument(`${base}/moved`, { allowPrivate: true });
    expect(new TextDecoder().decode(page.bytes)).toContain('Chile and Peru');
    expect(page.url).toBe(`${base}/story`);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it.each([
    ['/loop', /NG_E005: .*too many redirects/u],
    ['/missing', /NG_E005: .*HTTP 404/u],
  ])('gives %s a clear error', async (path, message) => {
    await expect(fetchDocument(`${base}${path}`, { allowPrivate: true })).rejects.toThrow(message);
  });

  it('stops reading a body over the size limit', async () => {
    const fetching = fetchDocument(`${base}/huge`, { allowPrivate: true, maxBytes: 1000 });
    await expect(fetching).rejects.toThrow(/NG_E004/u);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(fetchDocument('file:///etc/passwd')).rejects.toThrow(/only http and https/u);
  });
});
