import type { Analysis } from '../analyze/analysis.js';
import { NewsgraphError } from '../doc/errors.js';
import type { RawDocument } from '../sources/raw-document.js';
import type { PostgresStore } from './postgres.js';
import { insertArticle } from './postgres-articles.js';

export interface QueuedDocument {
  readonly raw: RawDocument;
  readonly published: string | null;
}

export type JobOutcome = 'stored' | 'duplicate' | 'failed' | 'empty';

export interface QueueCounts {
  queued: number;
  done: number;
  failed: number;
}

/** Puts documents on the queue, bytes and all, so a worker on any machine can take them. */
export async function enqueue(
  store: PostgresStore,
  documents: readonly QueuedDocument[],
): Promise<number> {
  let count = 0;
  for (const { raw, published } of documents) {
    await store.pool.query(
      'INSERT INTO jobs (name, url, content, published) VALUES ($1, $2, $3, $4)',
      [raw.name, raw.url, Buffer.from(raw.bytes), published],
    );
    count++;
  }
  return count;
}

interface JobRow {
  id: string;
  name: string;
  url: string | null;
  content: Buffer;
  published: string | null;
}

/**
 * Takes one queued job and finishes it in a single transaction: the row stays locked
 * (`FOR UPDATE SKIP LOCKED`) while it is analysed, and the article and the job's new status commit
 * together. A worker that dies mid-job rolls back, unlocking the job for the next worker, so every
 * document is stored exactly once.
 */
export async function runOneJob(
  store: PostgresStore,
  analyse: (raw: RawDocument, published: string | null) => Analysis,
  pauseMs = 0,
): Promise<JobOutcome> {
  const client = await store.pool.connect();
  try {
    await client.query('BEGIN');
    const taken = await client.query<JobRow>(
      `SELECT id, name, url, content, published FROM jobs WHERE status = 'queued'
       ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1`,
    );
    const job = taken.rows[0];
    if (!job) {
      await client.query('COMMIT');
      return 'empty';
    }
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const raw = { name: job.name, bytes: job.content, url: job.url, headers: {}, fetchedAt: null };
    let analysis: Analysis;
    try {
      analysis = analyse(raw, job.published);
    } catch (error) {
      // A bad document fails its job and the queue goes on; a storage error rolls everything back.
      await client.query(
        "UPDATE jobs SET status = 'failed', error = $2, finished_at = now() WHERE id = $1",
        [job.id, (error as Error).message],
      );
      await client.query('COMMIT');
      return 'failed';
    }
    const outcome = (await insertArticle(client, analysis, job.name)) ? 'stored' : 'duplicate';
    await client.query("UPDATE jobs SET status = 'done', finished_at = now() WHERE id = $1", [
      job.id,
    ]);
    await client.query('COMMIT');
    return outcome;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw new NewsgraphError('NG_E012', 'job queue', (error as Error).message);
  } finally {
    client.release();
  }
}

export async function queueCounts(store: PostgresStore): Promise<QueueCounts> {
  const result = await store.pool.query<{ status: string; n: string }>(
    'SELECT status, count(*) AS n FROM jobs GROUP BY status',
  );
  const counts: QueueCounts = { queued: 0, done: 0, failed: 0 };
  for (const row of result.rows) counts[row.status as keyof QueueCounts] = Number(row.n);
  return counts;
}
