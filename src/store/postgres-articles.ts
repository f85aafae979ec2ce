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
    `INSERT INTO articles (content_hash, source, url, title, published, published_source, text, analysis)
     VALUES (${placeholders(8)}) ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
    rows.article,
  );
  const id = inserted.rows[0]?.id;
  if (id !== undefined) await insertAll(client, id, rows);
  return id !== undefined;
}
