import { NewsgraphError } from '../doc/errors.js';
import { type ByteReader, EndOfInput } from './byte-reader.js';

const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 256 * 1024;
const CR_LF = [0x0d, 0x0a];

export interface WarcRecord {
  /** Byte offset of the record in the (decompressed) archive. */
  offset: number;
  /** WARC header fields, names in lower case. */
  headers: Map<string, string>;
  type: string;
  /** `WARC-Target-URI`, without the angle brackets some writers (wget) put around it. */
  targetUri: string | null;
  /** The record's block when it was wanted and within the size limit; else null. */
  block: Buffer | null;
  /** Set when a wanted block was skipped for its size. */
  oversize: number | null;
}

export interface WarcReadOptions {
  /** Which records' blocks to keep in memory (the rest are skipped over unread). */
  want: (headers: Map<string, string>) => boolean;
  maxBlockBytes: number;
}

function parseHeader(bytes: Buffer, name: string, offset: number): Map<string, string> {
  const lines = bytes.toString('utf8').split(/\r\n/u);
  if (!/^WARC\/\d/u.test(lines[0] ?? '')) {
    throw new NewsgraphError('NG_E015', name, `no WARC record at byte ${offset}`);
  }
  const headers = new Map<string, string>();
  let last = '';
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    if (/^[ \t]/u.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return headers;
}

function targetOf(headers: Map<string, string>): string | null {
  const uri = headers.get('warc-target-uri');
  return uri ? uri.replace(/^<(.*)>$/u, '$1') : null;
}

/**
 * WARC records one by one (ISO 28500: a `WARC/1.x` header, `Content-Length` bytes of block, two
 * CRLFs). Only wanted blocks are held in memory. A truncated or malformed record ends the archive
 * with NG_E015 naming the byte offset, as nothing after it can be framed.
 */
export async function* warcRecords(
  reader: ByteReader,
  name: string,
  options: WarcReadOptions,
): AsyncGenerator<WarcRecord> {
  for (;;) {
    await reader.skipAny(CR_LF);
    const offset = reader.offset;
    try {
      const header = await reader.readUntil(HEADER_END, MAX_HEADER_BYTES);
      if (header === null) return;
      const headers = parseHeader(header, name, offset);
      const length = Number(headers.get('content-length'));
      if (!Number.isSafeInteger(length) || length < 0) {
        throw new NewsgraphError('NG_E015', name, `record at byte ${offset} has no Content-Length`);
      }
      const wanted = options.want(headers);
      const fits = length <= options.maxBlockBytes;
      const block = wanted && fits ? await reader.read(length) : null;
      if (block === null) await reader.skip(length);
      const type = (headers.get('warc-type') ?? '').toLowerCase();
      const oversize = wanted && !fits ? length : null;
      yield { offset, headers, type, targetUri: targetOf(headers), block, oversize };
    } catch (error) {
      if (error instanceof NewsgraphError) throw error;
      const detail =
        error instanceof EndOfInput
          ? `record at byte ${offset} is truncated`
          : `record at byte ${offset}: ${(error as Error).message}`;
      throw new NewsgraphError('NG_E015', name, detail);
    }
  }
}
