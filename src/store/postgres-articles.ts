import type pg from 'pg';
import type { Analysis } from '../analyze/analysis.js';
import {
  clusterFor,
  clustersOfArticle,
  type Query,
  type Row,
  recount,
  runAsync,
} from './clusters.js';
import {
  BAND_CANDIDATES,
  nearDuplicateStep,
  pickDuplicate,
  SET_NEAR_DUPLICATE,
  SET_SIMHASH,
} from './near-duplicates.js';
import { type ArticleRows, articleRows, clusterKey } from './rows.js';

export function placeholders(count: number, from = 1): string {
  return Array.from({ length: count }, (_, i) => `$${i + from}`).join(', ');
}

function executor(client: pg.PoolClient) {
  return async ({ sql, params }: Query): Promise<Row[]> =>
    (await client.query(numbered(sql), params)).rows as Row[];
}

/** Inserts an article's child rows; returns the clusters its events joined. */
async function insertAll(client: pg.PoolClient, id: string, rows: ArticleRows): Promise<number[]> {
  for (const row of rows.entities) {
    await client.query(`INSERT INTO entities VALUES (${placeholders(7)})`, [id, ...row]);
  }
  for (const row of rows.quotes) {
    await client.query(`INSERT INTO quotes VALUES (${placeholders(6)})`, [id, ...row]);
  }
  const clusters: number[] = [];
  for (const row of rows.events) {
    const cluster = await runAsync(clusterFor(clusterKey(row)), executor(client));
    await client.query(`INSERT INTO events VALUES (${placeholders(19)})`, [id, ...row, cluster]);
    clusters.push(cluster);
  }
  return clusters;
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
  const before = await runAsync(clustersOfArticle(id), executor(client));
  for (const table of ['entities', 'quotes', 'events']) {
    await client.query(`DELETE FROM ${table} WHERE article_id = $1`, [id]);
  }
  await client.query('UPDATE articles SET analysis = $2, analysis_version = $3 WHERE id = $1', [
    id,
    rows.article[7],
    rows.article[8],
  ]);
  const after = await insertAll(client, String(id), rows);
  await runAsync(recount([...before, ...after]), executor(client));
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
       analysis_version, outlet)
     VALUES (${placeholders(10)}) ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
    rows.article,
  );
  const id = inserted.rows[0]?.id;
  if (id === undefined) return false;
  await runAsync(recount(await insertAll(client, id, rows)), executor(client));
  await markNearDuplicate(client, id, analysis.article.text);
  return true;
}
