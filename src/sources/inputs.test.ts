import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from './inputs.js';
import { PoliteFetcher } from './polite.js';
import type { SourceItem } from './source-item.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-inputs-'));
const page = (words: string) => `<html><body><p>${words}</p></body></html>`;
let server: Server;
let base: string;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const rss = `<rss version="2.0"><channel><item><link>${base}/a?utm_medium=rss</link><pubDate>Mon, 06 Dec 2021 10:00:00 GMT</pubDate></item><item><link>${base}/a</link></item><item><link>${base}/missing</link></item></channel></rss>`;
    const bodies: Record<string, string> = {
      '/feed': rss,
      '/a': page('Story A.'),
      '/robots.txt': '',
    };
    const body = bodies[request.url ?? ''];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/xml' });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function collect(inputs: string[]): Promise<SourceItem[]> {
  const fetcher = new PoliteFetcher({ allowPrivate: true, minIntervalMs: 0, backoffMs: 1 });
  const items: SourceItem[] = [];
  for await (const item of readInputs(inputs, { fetcher })) items.push(item);
  return items;
}

const describeItem = (item: SourceItem) =>
  item.kind === 'document'
    ? `${item.raw.name.slice(dir.length + 1)}: ${new TextDecoder().decode(item.raw.bytes).slice(0, 40)}`
    : `error ${item.error.code} ${item.name.slice(dir.length + 1)}`;

describe('readInputs', () => {
  it('walks a folder recursively: pages, gzip pages, JSON and JSON Lines records, and bad files in place', async () => {
    const root = join(dir, 'walk');
    file('walk/a.html', page('A'));
    file('walk/sub/b.html.gz', gzipSync(page('B')));
    file('walk/sub/cut.html.gz', gzipSync(page('C'.repeat(500))).subarray(0, 40));
    file('walk/c.jsonl', `{"id":"1","text":"one"}\nnot json\n{"id":"3","html":"<p>three</p>"}\n`);
    file('walk/d.jsonl.gz', gzipSync('{"id":"4","text":"four"}\n'));
    file('walk/e.json', JSON.stringify([{ id: 5, text: 'five' }]));
    file('walk/ignored.css', 'p {}');
    const items = (await collect([root])).map(describeItem);
    expect(items).toEqual([
      'walk/a.html: <html><body><p>A</p></body></html>',
      'walk/c.jsonl line 1 (id 1): one',
      'error NG_E006 walk/c.jsonl line 2',
      'walk/c.jsonl line 3 (id 3): <p>three</p>',
      'walk/d.jsonl.gz line 1 (id 4): four',
      'walk/e.json[0] (id 5): five',
      'walk/sub/b.html.gz: <html><body><p>B</p></body></html>',
      'error NG_E015 walk/sub/cut.html.gz',
    ]);
  });

  it('expands a glob below its literal folders', async () => {
    file('glob/x/one.html', page('1'));
    file('glob/y/two.htm', page('2'));
    file('glob/y/three.txt', 'three');
    const items = (await collect([join(dir, 'glob/**/*.htm*')])).map(describeItem);
    expect(items.map((i) => i.split(':')[0])).toEqual(['glob/x/one.html', 'glob/y/two.htm']);
  });

  it('follows a feed to its articles once each, with the feed date, reporting a missing one', async () => {
    const items = await collect([`${base}/feed`]);
    expect(items.map((i) => i.kind)).toEqual(['document', 'error']);
    expect(items[0]).toMatchObject({ published: '2021-12-06T10:00:00Z' });
    expect(items[1]?.kind === 'error' && items[1].error.message).toMatch(/HTTP 404/u);
  });

  it('gives a feed file that is not XML one NG_E016 error, and goes on', async () => {
    const notXml = file('feeds/words.rss', 'this is not a feed at all');
    const html = file('feeds/page.xml', page('not a feed'));
    const ok = file('feeds/ok.html', page('fine'));
    const items = (await collect([notXml, html, ok])).map(describeItem);
    expect(items).toEqual([
      'error NG_E016 feeds/words.rss',
      'error NG_E016 feeds/page.xml',
      'feeds/ok.html: <html><body><p>fine</p></body></html>',
    ]);
  });

  it('names a missing input and goes on with the rest', async () => {
    const items = (await collect([join(dir, 'nope.html'), file('ok2.html', page('ok'))])).map(
      describeItem,
    );
    expect(items).toEqual([
      'error NG_E005 nope.html',
      'ok2.html: <html><body><p>ok</p></body></html>',
    ]);
  });
});
