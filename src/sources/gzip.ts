import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { NewsgraphError } from '../doc/errors.js';

const CHUNK = 64 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function leadingBytes(path: string, count: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(count), 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A file's bytes as a stream, gunzipped when it starts with the gzip signature (concatenated
 * members, as in WARC.gz, are read one after another).
 */
export async function openMaybeGzip(path: string): Promise<Readable> {
  const file = createReadStream(path, { highWaterMark: CHUNK });
  if (!isGzip(await leadingBytes(path, 2))) return file;
  const gunzip = createGunzip({ chunkSize: CHUNK });
  file.on('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}

/** Gunzips one in-memory document, refusing output past `maxBytes` and naming truncation. */
export function gunzipDocument(name: string, bytes: Uint8Array, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new NewsgraphError('NG_E004', name, `over ${maxBytes} bytes once gunzipped`);
    }
    throw new NewsgraphError('NG_E015', name, `gzip: ${(error as Error).message}`);
  }
}

/** A stream error (a truncated or corrupt gzip member) as a coded error naming the input. */
export function streamFailure(name: string, error: unknown): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const message = (error as Error).message ?? String(error);
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return code.startsWith('Z_') || /unexpected end|incorrect header|invalid/iu.test(message)
    ? new NewsgraphError('NG_E015', name, `gzip: ${message}`)
    : new NewsgraphError('NG_E005', name, message);
}
