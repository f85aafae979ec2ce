import type { Store } from '../store/store.js';

/** What `export --what` can write besides events, each read a page of articles at a time. */
export const TABLES = {
  articles: `SELECT id AS article_id, url, title, published, published_source, source,
      analysis_version, near_duplicate_of, stored_at
    FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
  entities: `SELECT e.article_id, e.entity_id, e.type, e.name, e.actor, e.country, e.mentions
    FROM entities e
    WHERE e.article_id IN (SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?)
    ORDER BY e.article_id, e.entity_id`,
  quotes: `SELECT q.article_id, q.start_offset, q.end_offset, q.kind, q.speaker,
      s.name AS speaker_name, s.actor AS speaker_actor, q.text
    FROM quotes q LEFT JOIN entities s ON s.article_id = q.article_id AND s.entity_id = q.speaker
    WHERE q.article_id IN (SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?)
    ORDER BY q.article_id, q.start_offset`,
} as const;

export type TableName = keyof typeof TABLES;

const PAGE = 200;

function plain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] =
      value instanceof Date
        ? value.toISOString()
        : typeof value === 'bigint'
          ? Number(value)
          : value;
  }
  return out;
}

/** Every row of a table, in article order, a page of articles at a time (bounded memory). */
export async function* tableRows(
  store: Store,
  table: TableName,
): AsyncGenerator<Record<string, unknown>> {
  for (let after = 0; ; ) {
    const ids = await store.select('SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?', [
      after,
      PAGE,
    ]);
    if (ids.length === 0) return;
    const rows = await store.select(TABLES[table], [after, PAGE]);
    for (const row of rows) yield plain(row);
    after = Number(ids.at(-1)?.id);
    if (ids.length < PAGE) return;
  }
}
