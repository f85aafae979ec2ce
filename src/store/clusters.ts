/**
 * Event clusters: reports of one event across articles (same source and target actor codes, same
 * CAMEO root, dates within a day of the cluster's first report) become one cluster with GDELT's
 * counts: mentions (event rows), articles, and sources (outlets).
 *
 * The steps are written once as generators that yield SQL (`?` placeholders) and receive rows, so
 * SQLite runs them synchronously inside its transaction and PostgreSQL asynchronously inside its
 * own (`runSync`, `runAsync`).
 */

export type Row = Record<string, unknown>;
export interface Query {
  sql: string;
  params: (string | number | null)[];
}
export type Steps<T> = Generator<Query, T, Row[]>;

/** How far apart, in days, two reports of one event may be dated. */
export const CLUSTER_WINDOW_DAYS = 1;

export interface ClusterKey {
  sourceActor: string | null;
  targetActor: string | null;
  root: string;
  date: string | null;
}

const DAY_MS = 86_400_000;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day dates match within the window; partial dates (2021-12) and undated events only exactly. */
function window(day: string): [string, string] {
  if (!FULL_DATE.test(day) || Number.isNaN(Date.parse(day))) return [day, day];
  return [shift(day, -CLUSTER_WINDOW_DAYS), shift(day, CLUSTER_WINDOW_DAYS)];
}

function distance(a: string, b: string): number {
  return a === b ? 0 : Math.abs(Date.parse(a) - Date.parse(b)) || Number.POSITIVE_INFINITY;
}

/** The id of the cluster an event joins: the nearest in date among matching ones, else a new one. */
export function* clusterFor(key: ClusterKey): Steps<number> {
  const source = key.sourceActor ?? '';
  const target = key.targetActor ?? '';
  const day = key.date ?? '';
  const [from, to] = window(day);
  const candidates = yield {
    sql: `SELECT id, day FROM event_clusters WHERE source_actor = ? AND target_actor = ? AND root = ?
      AND day >= ? AND day <= ? ORDER BY id LIMIT 50`,
    params: [source, target, key.root, from, to],
  };
  let best: Row | undefined;
  for (const row of candidates) {
    if (!best || distance(String(row.day), day) < distance(String(best.day), day)) best = row;
  }
  if (best) return Number(best.id);
  const created = yield {
    sql: 'INSERT INTO event_clusters (source_actor, target_actor, root, day) VALUES (?, ?, ?, ?) RETURNING id',
    params: [source, target, key.root, day],
  };
  return Number(created[0]?.id);
}

/** The clusters an article's events belong to, before a reprocess replaces them. */
export function* clustersOfArticle(articleId: number): Steps<number[]> {
  const rows = yield {
    sql: 'SELECT DISTINCT cluster_id FROM events WHERE article_id = ? AND cluster_id IS NOT NULL',
    params: [articleId],
  };
  return rows.map((r) => Number(r.cluster_id));
}

/** Recounts clusters from their events, and drops the ones left empty. */
export function* recount(ids: Iterable<number>): Steps<void> {
  for (const id of new Set(ids)) {
    yield {
      sql: `UPDATE event_clusters SET
        mentions = (SELECT count(*) FROM events e WHERE e.cluster_id = ?),
        articles = (SELECT count(DISTINCT e.article_id) FROM events e WHERE e.cluster_id = ?),
        sources = (SELECT count(DISTINCT coalesce(a.outlet, a.source)) FROM events e
          JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ?)
        WHERE id = ?`,
      params: [id, id, id, id],
    };
    yield { sql: 'DELETE FROM event_clusters WHERE id = ? AND mentions = 0', params: [id] };
  }
}

export function runSync<T>(steps: Steps<T>, execute: (query: Query) => Row[]): T {
  let next = steps.next();
  while (!next.done) next = steps.next(execute(next.value));
  return next.value;
}

export async function runAsync<T>(
  steps: Steps<T>,
  execute: (query: Query) => Promise<Row[]>,
): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await execute(next.value));
  return next.value;
}
