import type { Store } from './store.js';

export interface QueryCacheOptions {
  /** How many distinct queries to keep; the least recently used goes first. */
  entries?: number;
  /** Results longer than this are not kept. */
  maxRows?: number;
}

type Rows = Record<string, unknown>[];

/**
 * A store whose read queries are answered from memory while the database is unchanged, for a
 * server that answers the same dashboard queries many times. It caches only when the engine can
 * tell that nothing changed (`changeToken`: SQLite's data_version plus its own writes), so a worker
 * or `ingest` writing from another process is seen at once; otherwise it passes queries through.
 */
export function withQueryCache(store: Store, options?: QueryCacheOptions): Store {
  const entries = options?.entries ?? 500;
  const maxRows = options?.maxRows ?? 2000;
  const cache = new Map<string, Rows>();
  let seenToken: string | null = null;

  const select = async (sql: string, params: readonly (string | number)[]): Promise<Rows> => {
    const token = (await store.changeToken?.()) ?? null;
    if (token === null) return store.select(sql, params);
    if (token !== seenToken) {
      cache.clear();
      seenToken = token;
    }
    const key = JSON.stringify([sql, params]);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key); // re-insert: most recently used last
      cache.set(key, hit);
      return structuredClone(hit);
    }
    const rows = await store.select(sql, params);
    if (rows.length <= maxRows) {
      cache.set(key, structuredClone(rows));
      if (cache.size > entries) cache.delete(cache.keys().next().value as string);
    }
    return rows;
  };
  return {
    engine: store.engine,
    saveAnalysis: (analysis, source) => store.saveAnalysis(analysis, source),
    replaceAnalysis: (id, analysis) => store.replaceAnalysis(id, analysis),
    summary: () => store.summary(),
    select,
    changeToken: () => store.changeToken?.() ?? Promise.resolve(null),
    close: () => store.close(),
  };
}
