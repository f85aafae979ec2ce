import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export interface BuiltWarc {
  path: string;
  bytes: number;
  uncompressedBytes: number;
  responses: number;
  records: number;
}

function warcRecord(type: string, uri: string, contentType: string, block: Buffer, n: number) {
  const header =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\n` +
    `WARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>\r\n` +
    `Content-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(header), block, Buffer.from('\r\n\r\n')]);
}

/** The extraction-dev pages (all languages), gunzipped, with their URLs from the manifest. */
export function loadSamplePages(dir: string): { url: string; html: Buffer }[] {
  const urls = new Map<string, string>();
  const [header, ...lines] = readFileSync(join(dir, 'manifest.tsv'), 'utf8').split('\n');
  const columns = header?.split('\t') ?? [];
  for (const line of lines) {
    const cells = line.split('\t');
    urls.set(`${cells[columns.indexOf('file')]}.gz`, cells[columns.indexOf('url')] ?? '');
  }
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.gz'))
    .sort()
    .map((f) => ({
      url: /^https?:\/\//u.test(urls.get(f) ?? '')
        ? (urls.get(f) as string)
        : `https://bench.test/${f}`,
      html: gunzipSync(readFileSync(join(dir, 'html', f))),
    }));
}

/**
 * Writes a WARC.gz of at least `targetBytes` the way CC-NEWS is laid out: per page a `request`,
 * a `response` and a `metadata` record, each its own gzip member. Pages are the samples repeated,
 * each copy made unique (a comment and a query string) so that duplicate dropping cannot skip them.
 */
export async function buildWarc(
  path: string,
  pages: { url: string; html: Buffer }[],
  targetBytes: number,
): Promise<BuiltWarc> {
  const out = createWriteStream(path);
  const built: BuiltWarc = { path, bytes: 0, uncompressedBytes: 0, responses: 0, records: 0 };
  const emit = async (record: Buffer) => {
    const member = gzipSync(record);
    built.bytes += member.length;
    built.uncompressedBytes += record.length;
    built.records++;
    if (!out.write(member))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  for (let copy = 0; built.bytes < targetBytes; copy++) {
    for (const page of pages) {
      if (built.bytes >= targetBytes) break;
      const uri = `${page.url}${page.url.includes('?') ? '&' : '?'}copy=${copy}`;
      const n = built.records;
      const request = `GET ${new URL(uri).pathname} HTTP/1.1\r\nHost: ${new URL(uri).host}\r\nUser-Agent: bench\r\n\r\n`;
      await emit(
        warcRecord('request', uri, 'application/http; msgtype=request', Buffer.from(request), n),
      );
      const http = Buffer.concat([
        Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<!-- copy ${copy} -->\n`),
        page.html,
      ]);
      await emit(warcRecord('response', uri, 'application/http; msgtype=response', http, n + 1));
      built.responses++;
      const meta = Buffer.from(`fetchTimeMs: 120\r\ncharset-detected: UTF-8\r\n`);
      await emit(warcRecord('metadata', uri, 'application/warc-fields', meta, n + 2));
    }
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return built;
}
