import { NewsgraphError } from '../doc/errors.js';
import type { Store } from '../store/store.js';

/** The words of a query; query syntax is never interpreted, words are words. */
export function queryWords(query: string): string[] {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) {
    throw new NewsgraphError('NG_E008', 'search query', 'no words to search for');
  }
  return words.slice(0, 32);
}

/** The full-text match value each engine wants: FTS5 gets each word quoted. */
export function matchValue(store: Store, words: readonly string[]): string {
  return store.engine === 'sqlite' ? words.map((w) => `"${w}"`).join(' ') : words.join(' ');
}

/** The outlet (site name) of a stored article, read from its analysis JSON. */
export function outletColumn(store: Store): string {
  return store.engine === 'sqlite'
    ? "json_extract(a.analysis, '$.article.site')"
    : "(a.analysis->'article'->>'site')";
}

/** A passage of about `width` characters around the first query word found, else the opening. */
export function passage(text: string, words: readonly string[], width = 220): string {
  const lower = text.toLowerCase();
  const hits = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0);
  const at = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, at - Math.floor(width / 3));
  const cut = text.slice(start, start + width).replace(/\s+/gu, ' ');
  return `${start > 0 ? '…' : ''}${cut}${start + width < text.length ? '…' : ''}`;
}
