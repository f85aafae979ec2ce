import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { NewsgraphError } from '../doc/errors.js';
import { streamFailure } from './gzip.js';
import type { RawDocument } from './raw-document.js';
import { errorItem, type SourceItem } from './source-item.js';

/** One article record: `{"id", "html" | "text", "url"?, "published"?}`. */
export interface ArticleRecord {
  id?: unknown;
  html?: unknown;
  text?: unknown;
  url?: unknown;
  published?: unknown;
}

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);

function idOf(record: ArticleRecord): string | null {
  return record.id === undefined || record.id === null ? null : String(record.id);
}

/** A parsed record to a source item: its page as a raw document, or an error for its id. */
export function recordItem(value: unknown, name: string): SourceItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorItem(name, new NewsgraphError('NG_E006', name, 'not an object'), null);
  }
  const record = value as ArticleRecord;
  const id = idOf(record);
  const named = id === null ? name : `${name} (id ${id})`;
  const html = optionalString(record.html);
  const content = html ?? optionalString(record.text);
  if (content === undefined) return errorItem(named, new NewsgraphError('NG_E007', named), id);
  const raw: RawDocument = {
    name: named,
    bytes: new TextEncoder().encode(content),
    url: optionalString(record.url) ?? null,
    headers: {},
    fetchedAt: null,
    mediaType: html === undefined ? 'text/plain' : 'text/html',
  };
  const published = optionalString(record.published);
  return { kind: 'document', raw, id, ...(published ? { published } : {}) };
}

/** One JSON line to an item; a line that is not JSON gives NG_E006 with a null id. */
export function lineItem(line: string, name: string): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return errorItem(name, new NewsgraphError('NG_E006', name, (error as Error).message), null);
  }
  return recordItem(value, name);
}

/** JSON Lines, one article per line, in order; blank lines are passed over. */
export async function* readJsonLines(stream: Readable, source: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() !== '') yield lineItem(line, `${source} line ${lineNumber}`);
    }
  } catch (error) {
    yield errorItem(source, streamFailure(source, error));
  }
}

/** A `.json` file: one article record, or an array of them. */
export function* jsonRecords(text: string, source: string): Generator<SourceItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield errorItem(source, new NewsgraphError('NG_E006', source, (error as Error).message));
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (const [index, record] of records.entries()) {
    yield recordItem(record, Array.isArray(value) ? `${source}[${index}]` : source);
  }
}
