import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { NewsgraphError } from '../doc/errors.js';

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function headerEnd(block: Buffer): { at: number; size: number } | null {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, size: 4 };
  return lf >= 0 ? { at: lf, size: 2 } : null;
}

/** An HTTP/1.x response as archived in a WARC `response` record: status, headers, raw body. */
export function parseHttpResponse(block: Buffer, name: string): HttpResponse {
  const end = headerEnd(block);
  if (!end) throw new NewsgraphError('NG_E015', name, 'HTTP headers do not end');
  const lines = block.subarray(0, end.at).toString('latin1').split(/\r?\n/u);
  const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/u.exec(lines[0] ?? '')?.[1]);
  if (!Number.isInteger(status)) throw new NewsgraphError('NG_E015', name, 'no HTTP status line');
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  return { status, headers, body: block.subarray(end.at + end.size) };
}

/** Undoes `Transfer-Encoding: chunked`; a body cut short keeps what was complete. */
export function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Undoes `Content-Encoding` (gzip, deflate, br), refusing output past `maxBytes`. */
export function decodeContent(body: Buffer, encoding: string, name: string, maxBytes: number) {
  const coding = encoding.trim().toLowerCase();
  const limit = { maxOutputLength: maxBytes };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body, limit);
    if (coding === 'deflate') return inflateSync(body, limit);
    if (coding === 'br') return brotliDecompressSync(body, limit);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new NewsgraphError('NG_E004', name, `over ${maxBytes} bytes once decoded`);
    }
    throw new NewsgraphError('NG_E015', name, `${coding}: ${(error as Error).message}`);
  }
  return body;
}
