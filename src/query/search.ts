import { NewsgraphError } from '../doc/errors.js';
import type { Store } from '../store/store.js';
import type { Page } from './event-filter.js';

export interface SearchHit {
  articleId: number;
  title: string | null;
  url: string | null;
  published: string | null;
  /** A passage around the matches, the matched words in [brackets]; article text, so escape it. */
  snippet: string;
}

export interface SearchPage {
  total: number;
  rows: SearchHit[];
}

/** The words of a query; FTS5 gets each quoted, so no user input is read as query syntax. */
function terms(query: string): string[] {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0)
    throw new NewsgraphError('NG_E008', 'search query', 'no words to search for');
  return words.slice(0, 32);
}

// NOTE: snippet() cannot sit beside a window function, hence the materialised hits.
const SQLITE_ARTICLES = `WITH hits AS MATERIALIZED (
    SELECT rowid AS id, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, rank
    FROM articles_fts WHERE articles_fts MATCH ?)
  SELECT a.id, a.title, a.url, a.published, h.snippet, count(*) OVER () AS total
  FROM hits h JOIN articles a ON a.id = h.id ORDER BY h.rank LIMIT ? OFFSET ?`;

const POSTGRES_ARTICLES = `SELECT a.id, a.title, a.url, a.published,
    ts_headline('english', a.text, q, 'MaxWords=24, MinWords=8, StartSel=[, StopSel=]') AS snippet,
    count(*) OVER () AS total
  FROM articles a, websearch_to_tsquery('english', ?) q
  WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT ? OFFSET ?`;

/** Articles whose title or text hold every word of the query, best first. */
export async function searchArticles(store: Store, query: string, page: Page): Promise<SearchPage> {
  const words = terms(query);
  const [sql, match] =
    store.engine === 'sqlite'
      ? [SQLITE_ARTICLES, words.map((w) => `"${w}"`).join(' ')]
      : [POSTGRES_ARTICLES, words.join(' ')];
  const raw = await store.select(sql, [match, page.limit, page.offset]);
  return {
    total: raw.length > 0 ? Number(raw[0]?.total) : 0,
    rows: raw.map((r) => ({
      articleId: Number(r.id),
      title: r.title === null ? null : String(r.title),
      url: r.url === null ? null : String(r.url),
      published: r.published === null ? null : String(r.published),
      snippet: String(r.snippet),
    })),
  };
}
