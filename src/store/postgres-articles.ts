import type pg from 'pg';
import type { Analysis } from '../analyze/analysis.js';
import { type ArticleRows, articleRows } from './rows.js';

export function placeholders(count: number, from = 1): string {
  return Array.from({ length: count }, (_, i) => `$${i + from}`).join(', ');
}

async function insertAll(client: pg.PoolClient, id: string, rows: ArticleRows) {
  for (const row of rows.entities) {
    await client.query(`INSERT INTO entities VALUES (${placeholders(7)})`, [id, ...row]);
  }
  for (const row of rows.quotes) {
    await client.query(`INSERT INTO quotes VALUES (${placeholders(6)})`, [id, ...row]);
  }
  for (const row of rows.events) {
    await client.query(`INSERT INTO events VALUES (${placeholders(18)})`, [id, ...row]);
  }
}

/** Replaces an article's analysis and everything derived from it, inside the caller's transaction. */
export async function replaceArticleAnalysis(
  client: pg.PoolClient,
  id: number,
  analysis: Analysis,
) {
  const rows = articleRows(analysis, '');
  for (const table of ['entities', 'quotes', 'events']) {
    await client.query(`DELETE FROM ${table} WHERE article_id = $1`, [id]);
  }
  await client.query('UPDATE articles SET analysis = $2, analysis_version = $3 WHERE id = $1', [
    id,
    rows.article[7],
    rows.article[8],
  ]);
  await insertAll(client, String(id), rows);
}

/**
 * Inserts one analysed article inside the caller's transaction, so a job queue can store the
 * article and mark its job done atomically; false when the same text is stored already.
 */
export async function insertArticle(
  client: pg.PoolClient,
  analysis: Analysis,
  source: string,
): Promise<boolean> {
  const rows = articleRows(analysis, source);
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO articles (content_hash, source, url, title, published, published_source, text, analysis,
       analysis_version)
     VALUES (${placeholders(9)}) ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
    rows.article,
  );
  const id = inserted.rows[0]?.id;
  if (id !== undefined) await insertAll(client, id, rows);
  return id !== undefined;
}
