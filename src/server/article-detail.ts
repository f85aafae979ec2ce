import type { Analysis } from '../analyze/analysis.js';
import type { Store } from '../store/store.js';

/** One stored article with every analysis layer, for the dashboard's article view. */
export interface ArticleDetail {
  id: number;
  title: string | null;
  url: string | null;
  published: string | null;
  publishedSource: string | null;
  outlet: string | null;
  byline: string | null;
  source: string;
  storedAt: string;
  nearDuplicateOf: number | null;
  text: string;
  entities: Analysis['entities'];
  times: Analysis['times'];
  quotes: Analysis['quotes'];
  events: Analysis['events'];
}

const nullable = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** The article with that id, or null; its layers come from the analysis stored with it. */
export async function articleDetail(store: Store, id: number): Promise<ArticleDetail | null> {
  const [row] = await store.select(
    `SELECT id, title, url, published, published_source, source, stored_at, near_duplicate_of,
       text, analysis FROM articles WHERE id = ?`,
    [id],
  );
  if (!row) return null;
  // SQLite keeps the analysis as JSON text, PostgreSQL as JSONB (already parsed).
  const analysis = (
    typeof row.analysis === 'string' ? JSON.parse(row.analysis) : row.analysis
  ) as Analysis;
  return {
    id: Number(row.id),
    title: nullable(row.title),
    url: nullable(row.url),
    published: nullable(row.published),
    publishedSource: nullable(row.published_source),
    outlet: analysis.article.site ?? null,
    byline: analysis.article.byline ?? null,
    source: String(row.source),
    storedAt: row.stored_at instanceof Date ? row.stored_at.toISOString() : String(row.stored_at),
    nearDuplicateOf: row.near_duplicate_of === null ? null : Number(row.near_duplicate_of),
    text: String(row.text),
    entities: analysis.entities,
    times: analysis.times,
    quotes: analysis.quotes,
    events: analysis.events,
  };
}
