import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SourceItem } from './source-item.js';
import { readWarc } from './warc.js';

const SAMPLES = join(import.meta.dirname, '../../../shared/data/warc-samples');
const dir = mkdtempSync(join(tmpdir(), 'ng-warc-'));

async function collect(path: string, maxBytes?: number): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readWarc(path, { maxBytes })) items.push(item);
  return items;
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function record(uri: string, http: string): Buffer {
  const block = Buffer.from(http);
  const header = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(header), block, Buffer.from('\r\n\r\n')]);
}

const page = (title: string) =>
  `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>${title}</title></head><body><p>${title} body.</p></body></html>`;

describe('readWarc', () => {
  it('yields the one HTML response, undoing the HTTP gzip, and not the revisit or requests', async () => {
    const items = await collect(join(SAMPLES, 'example.warc.gz'));
    expect(items).toHaveLength(1);
    const [item] = items;
    if (item?.kind !== 'document') throw new Error('expected a document');
    expect(new TextDecoder().decode(item.raw.bytes)).toContain('<title>Example Domain</title>');
    expect(item.raw.url).toBe('http://example.com/');
    expect(item.raw.fetchedAt).toBe('2017-03-06T04:02:06Z');
  });

  it("strips wget's angle brackets from the target URI and skips metadata records", async () => {
    const items = await collect(join(SAMPLES, 'example-wget-bad-target-uri.warc.gz'));
    expect(items.map((i) => (i.kind === 'document' ? i.raw.url : i.kind))).toEqual([
      'http://example.com/',
    ]);
  });

  it('reads an uncompressed WARC of several records, skipping non-HTML responses', async () => {
    const image = 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG';
    const path = write(
      'plain.warc',
      Buffer.concat([
        record('https://a.test/1', page('One')),
        record('https://a.test/i', image),
        record('https://a.test/2', page('Two')),
      ]),
    );
    const urls = (await collect(path)).map((i) => (i.kind === 'document' ? i.raw.url : i.kind));
    expect(urls).toEqual(['https://a.test/1', 'https://a.test/2']);
  });

  it('gives a truncated gzip member an NG_E015 error after the records before it', async () => {
    const whole = Buffer.concat([
      gzipSync(record('https://a.test/1', page('One'))),
      gzipSync(record('https://a.test/2', page('Two'))),
    ]);
    const items = await collect(write('cut.warc.gz', whole.subarray(0, whole.length - 30)));
    expect(items[0]?.kind).toBe('document');
    expect(items.at(-1)).toMatchObject({ kind: 'error' });
    const last = items.at(-1);
    expect(last?.kind === 'error' && last.error.message).toMatch(/NG_E015: .*cut\.warc\.gz/u);
  });

  it('gives a record cut short an NG_E015 error naming its offset, without hanging', async () => {
    const plain = gunzipSync(readFileSync(join(SAMPLES, 'example.warc.gz')));
    const items = await collect(write('cut.warc', plain.subarray(0, 3000)));
    const last = items.at(-1);
    expect(last?.kind === 'error' && last.error.message).toMatch(/NG_E015: .*truncated/u);
  });

  it('refuses a file that is not a WARC', async () => {
    const items = await collect(write('not.warc', Buffer.from('<html>hello</html>\r\n\r\n')));
    expect(items).toHaveLength(1);
    expect(items[0]?.kind === 'error' && items[0].error.message).toMatch(
      /NG_E015: .*no WARC record/u,
    );
  });

  it('reports a page over the size limit and goes on with the next', async () => {
    const big = page(`Big ${'x'.repeat(5000)}`);
    const path = write(
      'big.warc',
      Buffer.concat([record('https://a.test/big', big), record('https://a.test/2', page('Two'))]),
    );
    const items = await collect(path, 1000);
    expect(items.map((i) => i.kind)).toEqual(['error', 'document']);
    expect(items[0]?.kind === 'error' && items[0].error.code).toBe('NG_E004');
  });
});
