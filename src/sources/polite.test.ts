import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PoliteFetcher } from './polite.js';

let server: Server;
let base: string;
const hits = new Map<string, number>();
const seenHeaders: IncomingHttpHeaders[] = [];
const STORY = '<html><body><p>Chile and Peru signed an accord on fishing rights.</p></body></html>';

beforeAll(async () => {
  server = createServer((request, response) => {
    const named = request.headers.host?.startsWith('localhost') ? 'named:' : '';
    const path = `${named}${request.url ?? '/'}`;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    seenHeaders.push(request.headers);
    if (path === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('User-agent: *\nDisallow: /private/\n');
    } else if (path === 'named:/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('User-agent: *\nDisallow: /\n\nUser-agent: newsgraph\nDisallow: /no-bots/\n');
    } else if (path === '/flaky' && count < 3) {
      response.writeHead(count === 1 ? 503 : 429, { 'retry-after': '0' });
      response.end();
    } else if (path === '/slow-down') {
      response.writeHead(429, { 'retry-after': '3600' });
      response.end();
    } else if (path === '/gone') {
      response.writeHead(410);
      response.end();
    } else if (path === '/gzip' || path === '/br') {
      const encode = path === '/gzip' ? gzipSync : brotliCompressSync;
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': path.slice(1) });
      response.end(encode(Buffer.from(STORY)));
    } else if (path === '/bomb') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync(Buffer.alloc(2_000_000, 0x20)));
    } else if (path === '/loop') {
      response.writeHead(302, { location: '/loop' });
      response.end();
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(STORY);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const polite = (extra = {}) =>
  new PoliteFetcher({ allowPrivate: true, minIntervalMs: 0, backoffMs: 5, ...extra });

describe('PoliteFetcher', () => {
  it('obeys robots.txt rules for every agent, fetching it once per host', async () => {
    const fetcher = polite();
    await expect(fetcher.fetch(`${base}/private/a`)).rejects.toThrow(/NG_E017: .*\/private\/a/u);
    const page = await fetcher.fetch(`${base}/open`);
    expect(new TextDecoder().decode(page.bytes)).toContain('Chile and Peru');
    expect(hits.get('/robots.txt')).toBe(1);
    expect(hits.get('/private/a')).toBeUndefined();
  });

  it('follows the group that names newsgraph instead of the * group', async () => {
    const fetcher = polite();
    const named = base.replace('127.0.0.1', 'localhost');
    await expect(fetcher.fetch(`${named}/no-bots/a`)).rejects.toThrow(/NG_E017/u);
    await expect(fetcher.fetch(`${named}/open`)).resolves.toMatchObject({ url: `${named}/open` });
    expect(hits.get('named:/robots.txt')).toBe(1);
  });

  it('names itself in the User-Agent and accepts gzip, deflate and br', async () => {
    await polite({ obeyRobots: false }).fetch(`${base}/ua`);
    const headers = seenHeaders.at(-1);
    expect(headers?.['user-agent']).toMatch(/^newsgraph\/\S+ \(.*robots\.txt/u);
    expect(headers?.['accept-encoding']).toMatch(/gzip.*deflate.*br/u);
  });

  it.each(['/gzip', '/br'])('decodes a %s body', async (path) => {
    const page = await polite().fetch(`${base}${path}`);
    expect(new TextDecoder().decode(page.bytes)).toBe(STORY);
  });

  it('caps the decoded size of a compressed body', async () => {
    const fetching = polite({ maxBytes: 100_000 }).fetch(`${base}/bomb`);
    await expect(fetching).rejects.toThrow(/NG_E004/u);
  });

  it('retries a 503 and a 429 with backoff, honouring Retry-After, then succeeds', async () => {
    const page = await polite().fetch(`${base}/flaky`);
    expect(new TextDecoder().decode(page.bytes)).toContain('Chile');
    expect(hits.get('/flaky')).toBe(3);
  });

  it('gives up at once when Retry-After is longer than it will wait', async () => {
    await expect(polite().fetch(`${base}/slow-down`)).rejects.toThrow(/NG_E005: .*retry after/u);
  });

  it('does not retry a 410', async () => {
    await expect(polite().fetch(`${base}/gone`)).rejects.toThrow(/NG_E005: .*HTTP 410/u);
    expect(hits.get('/gone')).toBe(1);
  });

  it('stops a redirect loop at the redirect limit', async () => {
    const fetching = polite({ maxRedirects: 3 }).fetch(`${base}/loop`);
    await expect(fetching).rejects.toThrow(/NG_E005: .*too many redirects \(over 3\)/u);
  });

  it('refuses 127.0.0.1 without allowPrivate, before any request', async () => {
    const before = hits.get('/robots.txt');
    const fetcher = new PoliteFetcher({ minIntervalMs: 0 });
    await expect(fetcher.fetch(`${base}/open`)).rejects.toThrow(/NG_E005: .*private address/u);
    expect(hits.get('/robots.txt')).toBe(before);
  });

  it('spaces requests to one host by the minimum interval', async () => {
    const fetcher = polite({ minIntervalMs: 60, obeyRobots: false });
    const started = Date.now();
    await Promise.all([1, 2, 3, 4].map((n) => fetcher.fetch(`${base}/spaced/${n}`)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(170);
  });
});
