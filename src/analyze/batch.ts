import { isNewsgraphError, NewsgraphError } from '../doc/errors.js';
import type { RawDocument } from '../sources/raw-document.js';
import type { Analysis } from './analysis.js';
import { type Analyzer, parsePublished } from './analyzer.js';

export interface BatchError {
  id: string | null;
  error: { code: string; message: string };
}

export type BatchResult = (Analysis & { id: string | null }) | BatchError;

export interface BatchInput {
  id?: unknown;
  html?: unknown;
  text?: unknown;
  body?: unknown;
  url?: unknown;
  published?: unknown;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function raw(
  name: string,
  content: string,
  mediaType: RawDocument['mediaType'],
  url?: string,
): RawDocument {
  const bytes = new TextEncoder().encode(content);
  return { name, bytes, url: url ?? null, headers: {}, fetchedAt: null, mediaType };
}

/** One record (`html`, `text` or `body`, with `url` and `published`) to its analysis. */
export function analyzeRecord(analyzer: Analyzer, input: BatchInput, name: string): Analysis {
  const url = optionalString(input.url);
  const date = optionalString(input.published);
  const published = date ? parsePublished(date, `${name} published`) : undefined;
  if (typeof input.body === 'string') return analyzer.analyzeBody(input.body, { url, published });
  if (typeof input.html === 'string') {
    return analyzer.analyzeRaw(raw(name, input.html, 'text/html', url), published);
  }
  if (typeof input.text === 'string') {
    return analyzer.analyzeRaw(raw(name, input.text, 'text/plain', url), published);
  }
  throw new NewsgraphError('NG_E007', name);
}

/** One JSONL line in, one result out: an analysis with the line's id, or an error for that id. */
export function analyzeLine(analyzer: Analyzer, line: string, lineNumber: number): BatchResult {
  const name = `line ${lineNumber}`;
  let input: BatchInput;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error('not an object');
    }
    input = parsed as BatchInput;
  } catch (error) {
    const failure = new NewsgraphError('NG_E006', name, (error as Error).message);
    return { id: null, error: { code: failure.code, message: failure.message } };
  }
  const id = input.id === undefined || input.id === null ? null : String(input.id);
  try {
    return { id, ...analyzeRecord(analyzer, input, id === null ? name : `${name} (id ${id})`) };
  } catch (error) {
    const code = isNewsgraphError(error) ? error.code : 'NG_E000';
    return { id, error: { code, message: (error as Error).message } };
  }
}
