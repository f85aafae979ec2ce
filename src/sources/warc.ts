import { NewsgraphError } from '../doc/errors.js';
import { ByteReader } from './byte-reader.js';
import { openMaybeGzip, streamFailure } from './gzip.js';
import { dechunk, decodeContent, parseHttpResponse } from './http-payload.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import type { RawDocument } from './raw-document.js';
import { errorItem, type SourceItem } from './source-item.js';
import { type WarcRecord, warcRecords } from './warc-records.js';

export interface WarcOptions {
  maxBytes?: number;
  /** Called for each record passed over (not a response or resource, not HTML, not 2xx). */
  onSkip?: (record: WarcRecord, reason: string) => void;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)/iu;

function wanted(headers: Map<string, string>): boolean {
  const type = headers.get('warc-type')?.toLowerCase();
  const uri = headers.get('warc-target-uri') ?? '';
  if (!/^<?https?:/iu.test(uri)) return false;
  if (type === 'response') return /application\/http/iu.test(headers.get('content-type') ?? '');
  return type === 'resource' && HTML_TYPE.test(headers.get('content-type') ?? '');
}

/** The HTML page a wanted record holds, or the reason it holds none. */
function pageOf(record: WarcRecord, archive: string, maxBytes: number): RawDocument | string {
  const name = `${archive}#${record.targetUri ?? `byte ${record.offset}`}`;
  const block = record.block as Buffer;
  let headers: Record<string, string> = {};
  let body = block;
  if (record.type === 'response') {
    const http = parseHttpResponse(block, name);
    if (http.status < 200 || http.status > 299) return `HTTP ${http.status}`;
    headers = http.headers;
    if (!HTML_TYPE.test(headers['content-type'] ?? 'text/html')) return 'not HTML';
    body = http.body;
    if (/chunked/iu.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
    const encoding = headers['content-encoding'];
    if (encoding) body = decodeContent(body, encoding, name, maxBytes);
  }
  const declared = headers['content-type'] ?? record.headers.get('content-type');
  return {
    name,
    bytes: body,
    url: record.targetUri,
    headers,
    fetchedAt: record.headers.get('warc-date') ?? null,
    // Without a declared type, extraction sniffs the bytes.
    ...(declared ? { mediaType: 'text/html' as const } : {}),
  };
}

/**
 * The HTML pages of a WARC or WARC.gz file, streamed record by record in bounded memory:
 * `response` records with a 2xx HTML payload (content and transfer encodings undone) and HTML
 * `resource` records. A bad record gives an error item; a truncated archive ends with one.
 */
export async function* readWarc(
  path: string,
  options: WarcOptions = {},
): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  let stream: AsyncIterable<Buffer>;
  try {
    stream = await openMaybeGzip(path);
  } catch (error) {
    yield errorItem(path, new NewsgraphError('NG_E005', path, (error as Error).message));
    return;
  }
  const reader = new ByteReader(stream[Symbol.asyncIterator]());
  const records = warcRecords(reader, path, { want: wanted, maxBlockBytes: maxBytes });
  try {
    for await (const record of records) {
      if (record.oversize !== null) {
        const name = `${path}#${record.targetUri}`;
        yield errorItem(name, new NewsgraphError('NG_E004', name, `${record.oversize} bytes`));
        continue;
      }
      if (!record.block) {
        options.onSkip?.(record, record.type);
        continue;
      }
      try {
        const page = pageOf(record, path, maxBytes);
        if (typeof page === 'string') options.onSkip?.(record, page);
        else yield { kind: 'document', raw: page };
      } catch (error) {
        yield errorItem(`${path}#${record.targetUri}`, error);
      }
    }
  } catch (error) {
    yield errorItem(path, streamFailure(path, error));
  }
}
