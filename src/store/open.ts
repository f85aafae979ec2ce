import { existsSync } from 'node:fs';
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

export interface OpenOptions {
  /** Commands that only read refuse a SQLite path that does not exist, rather than create it. */
  existing?: boolean;
}

/** `--db`: a `postgres://` (or `postgresql://`) URL, else a SQLite file path. */
export async function openStore(db: string, options?: OpenOptions): Promise<Store> {
  if (POSTGRES_URL.test(db)) return openPostgres(db);
  if (options?.existing && !existsSync(db)) {
    throw new NewsgraphError('NG_E005', db, 'no such database (run newsgraph ingest first)');
  }
  return openSqliteStore(db);
}
