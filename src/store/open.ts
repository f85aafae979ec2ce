import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** `--db`: a `postgres://` (or `postgresql://`) URL, else a SQLite file path. */
export function openStore(db: string): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//iu.test(db)) return openPostgresStore(db);
  return Promise.resolve(openSqliteStore(db));
}
