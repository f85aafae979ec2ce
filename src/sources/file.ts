import { open, stat } from 'node:fs/promises';
import { NewsgraphError } from '../doc/errors.js';
import { gunzipDocument, isGzip } from './gzip.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import type { RawDocument } from './raw-document.js';

function mediaTypeOf(path: string): RawDocument['mediaType'] {
  if (/\.x?html?(?:\.gz)?$/iu.test(path)) return 'text/html';
  if (/\.txt(?:\.gz)?$/iu.test(path)) return 'text/plain';
  return undefined;
}

function document(
  name: string,
  bytes: Uint8Array,
  mediaType?: RawDocument['mediaType'],
): RawDocument {
  return {
    name,
    bytes,
    url: null,
    headers: {},
    fetchedAt: null,
    ...(mediaType ? { mediaType } : {}),
  };
}

/**
 * Reads one file, refusing (before reading) anything over the size limit; a gzip file
 * (`page.html.gz`) is gunzipped, with the same limit on what it unpacks to.
 */
export async function readFileDocument(
  path: string,
  maxBytes = MAX_DOCUMENT_BYTES,
): Promise<RawDocument> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new NewsgraphError('NG_E005', path, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError(
      'NG_E005',
      path,
      (error as NodeJS.ErrnoException).code ?? 'unreadable',
    );
  }
  if (size > maxBytes)
    throw new NewsgraphError('NG_E004', path, `${size} bytes, limit ${maxBytes}`);
  const handle = await open(path, 'r');
  try {
    const bytes = await handle.readFile();
    const plain = isGzip(bytes) ? gunzipDocument(path, bytes, maxBytes) : bytes;
    return document(path, plain, mediaTypeOf(path));
  } finally {
    await handle.close();
  }
}

/** Reads standard input up to the size limit. */
export async function readStdinDocument(maxBytes = MAX_DOCUMENT_BYTES): Promise<RawDocument> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new NewsgraphError('NG_E004', 'stdin', `limit ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return document('stdin', Buffer.concat(chunks));
}
