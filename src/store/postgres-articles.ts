import type pg from 'pg';
import type { Analysis } from '../analyze/analysis.js';
import {
  BAND_CANDIDATES,
  nearDuplicateStep,
  pickDuplicate,
  SET_NEAR_DUPLICATE,
  SET_SIMHASH,
} from './near-duplicates.js';
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

/** `?` placeholders, as the engine-neutral SQL in `src/query` writes them, to PostgreSQL's `$n`. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/gu, () => `$${++n}`);
}

async function markNearDuplicate(client: pg.PoolClient, id: string, text: string): Promise<void> {
  const step = nearDuplicateStep(text);
  await client.query(numbered(SET_SIMHASH), [step.hash, ...step.bands, id]);
  const candidates = await client.query(numbered(BAND_CANDIDATES), [id, ...step.bands]);
  const original = pickDuplicate(step, candidates.rows);
  if (original !== null) await client.query(numbered(SET_NEAR_DUPLICATE), [original, id]);
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
  if (id === undefined) return false;
  await insertAll(client, id, rows);
  await markNearDuplicate(client, id, analysis.article.text);
  return true;
}
