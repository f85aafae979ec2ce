import { NewsgraphError } from '../doc/errors.js';
import { openPostgresStore, type PostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//iu;

/** A `postgres://…` URL, with an optional `?schema=name` of newsgraph's own (taken out here). */
export function openPostgres(db: string): Promise<PostgresStore> {
  if (!POSTGRES_URL.test(db)) {
    throw new NewsgraphError('NG_E008', '--db', 'the job queue needs a postgres:// database');
  }
  const url = new URL(db);
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  return openPostgresStore(url.href, schema ? { schema } : {});
}

/** `--db`: a `postgres://` (or `postgresql://`) URL, else a SQLite file path. */
export function openStore(db: string): Promise<Store> {
  if (POSTGRES_URL.test(db)) return openPostgres(db);
  return Promise.resolve(openSqliteStore(db));
}
