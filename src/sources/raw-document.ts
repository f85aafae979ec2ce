/** What every source yields: the bytes of one document and what is known of where they came from. */
export interface RawDocument {
  /** How to name this input in messages: a path, a URL, `stdin`, or `line 12`. */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly url: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetchedAt: string | null;
  /** A hint from the source; extraction sniffs the bytes when it is absent. */
  readonly mediaType?: 'text/html' | 'text/plain';
}
