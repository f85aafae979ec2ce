import pg from 'pg';
import type { Analysis } from '../analyze/analysis.js';
import { NewsgraphError } from '../doc/errors.js';
import { insertArticle, numbered, replaceArticleAnalysis } from './postgres-articles.js';
import { POSTGRES_MIGRATIONS } from './schema.js';
import type { Store, StoreSummary } from './store.js';

export interface PostgresOptions {
  /** A schema of its own (created if missing), e.g. one per test run; default: `public`. */
  schema?: string;
}

/** Shown in messages instead of the URL, which may hold a password. */
function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/u, '//***@');
}

async function migrate(client: pg.PoolClient, schema: string | undefined): Promise<void> {
  await client.query('BEGIN');
  try {
    // Several workers may start at once: one migrates, the others wait and find it done.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('newsgraph-migrate'))");
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS newsgraph_migrations (version INTEGER PRIMARY KEY)',
    );
    const done = await client.query<{ v: number | null }>(
      'SELECT max(version) AS v FROM newsgraph_migrations',
    );
    for (let v = done.rows[0]?.v ?? 0; v < POSTGRES_MIGRATIONS.length; v++) {
      await client.query(POSTGRES_MIGRATIONS[v] as string);
      await client.query('INSERT INTO newsgraph_migrations VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** PostgreSQL, for several workers or servers sharing one database. */
export interface PostgresStore extends Store {
  readonly engine: 'postgres';
  /** For the job queue, which stores articles inside its own transactions. */
  readonly pool: pg.Pool;
}

export async function openPostgresStore(
  url: string,
  options?: PostgresOptions,
): Promise<PostgresStore> {
  const name = redact(url);
  const schema = options?.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/u.test(schema)) {
    throw new NewsgraphError('NG_E008', name, `bad schema name ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 10_000,
    // The schema is set at connection start-up, before any query can run on the connection.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', () => {}); // an idle client's error surfaces on the next query instead
  try {
    const client = await pool.connect();
    try {
      await migrate(client, schema);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw new NewsgraphError('NG_E012', name, (error as Error).message);
  }

  const count = async (table: string): Promise<number> =>
    Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);

  return {
    engine: 'postgres',
    pool,
    async saveAnalysis(analysis: Analysis, source: string) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const stored = await insertArticle(client, analysis, source);
        await client.query('COMMIT');
        return stored;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw new NewsgraphError('NG_E012', source, (error as Error).message);
      } finally {
        client.release();
      }
    },
    async replaceAnalysis(id: number, analysis: Analysis) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await replaceArticleAnalysis(client, id, analysis);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw new NewsgraphError('NG_E012', `article ${id}`, (error as Error).message);
      } finally {
        client.release();
      }
    },
    async summary(): Promise<StoreSummary> {
      const [articles, entities, quotes, events] = await Promise.all(
        ['articles', 'entities', 'quotes', 'events'].map(count),
      );
      return {
        articles: articles ?? 0,
        entities: entities ?? 0,
        quotes: quotes ?? 0,
        events: events ?? 0,
      };
    },
    async select(sql, params) {
      return (await pool.query(numbered(sql), [...params])).rows as Record<string, unknown>[];
    },
    async close() {
      await pool.end();
    },
  };
}
