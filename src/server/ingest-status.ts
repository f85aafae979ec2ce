import type { Store, StoreSummary } from '../store/store.js';
import { outletColumn } from './search-words.js';

export interface IngestStatus {
  engine: Store['engine'];
  summary: StoreSummary;
  /** Articles per outlet, with when the last one was stored. */
  outlets: { outlet: string | null; articles: number; lastStored: string }[];
  recent: { articleId: number; title: string | null; source: string; storedAt: string }[];
  /** The PostgreSQL job queue (`enqueue`/`worker`); SQLite ingests have none. */
  queue: { queued: number; done: number; failed: number } | null;
  /** Failed jobs grouped by the folder (or host) they came from, and the latest of them. */
  failuresBySource: { source: string; failed: number }[];
  failures: { jobId: number; name: string; error: string; finishedAt: string | null }[];
}

const stamp = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

function sourceOf(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash > 0 ? name.slice(0, slash) : name;
}

async function queueStatus(store: Store) {
  const counts = { queued: 0, done: 0, failed: 0 };
  const rows = await store.select('SELECT status, count(*) AS n FROM jobs GROUP BY status', []);
  for (const row of rows) counts[String(row.status) as keyof typeof counts] = Number(row.n);
  const failed = await store.select(
    "SELECT id, name, error, finished_at FROM jobs WHERE status = 'failed' ORDER BY id DESC LIMIT 1000",
    [],
  );
  const bySource = new Map<string, number>();
  for (const row of failed) {
    const source = sourceOf(String(row.name));
    bySource.set(source, (bySource.get(source) ?? 0) + 1);
  }
  return {
    queue: counts,
    failuresBySource: [...bySource].map(([source, n]) => ({ source, failed: n })),
    failures: failed.slice(0, 50).map((row) => ({
      jobId: Number(row.id),
      name: String(row.name),
      error: String(row.error ?? ''),
      finishedAt: row.finished_at === null ? null : stamp(row.finished_at),
    })),
  };
}

/** What has been ingested, and for the PostgreSQL queue what is waiting and what failed. */
export async function ingestStatus(store: Store): Promise<IngestStatus> {
  const outlet = outletColumn(store);
  const outlets = await store.select(
    `SELECT ${outlet} AS outlet, count(*) AS n, max(a.stored_at) AS last_stored FROM articles a
     GROUP BY ${outlet} ORDER BY n DESC LIMIT 50`,
    [],
  );
  const recent = await store.select(
    'SELECT id, title, source, stored_at FROM articles ORDER BY id DESC LIMIT 10',
    [],
  );
  const jobs =
    store.engine === 'postgres'
      ? await queueStatus(store)
      : { queue: null, failuresBySource: [], failures: [] };
  return {
    engine: store.engine,
    summary: await store.summary(),
    outlets: outlets.map((r) => ({
      outlet: r.outlet === null ? null : String(r.outlet),
      articles: Number(r.n),
      lastStored: stamp(r.last_stored),
    })),
    recent: recent.map((r) => ({
      articleId: Number(r.id),
      title: r.title === null ? null : String(r.title),
      source: String(r.source),
      storedAt: stamp(r.stored_at),
    })),
    ...jobs,
  };
}
