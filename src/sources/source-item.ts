import { isNewsgraphError, NewsgraphError } from '../doc/errors.js';
import type { RawDocument } from './raw-document.js';

/** What a source yields per document: its bytes, or an error naming it so the run can go on. */
export type SourceItem =
  | {
      kind: 'document';
      raw: RawDocument;
      /** The record's own id (JSON Lines input). */
      id?: string | null;
      /** A publication date known from the source (a feed, a sitemap, a JSON record). */
      published?: string;
    }
  | { kind: 'error'; name: string; id?: string | null; error: NewsgraphError };

export function errorItem(name: string, error: unknown, id?: string | null): SourceItem {
  const failure = isNewsgraphError(error)
    ? error
    : new NewsgraphError('NG_E005', name, (error as Error).message ?? String(error));
  return { kind: 'error', name, error: failure, ...(id !== undefined ? { id } : {}) };
}
