import { once } from 'node:events';
import Database from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openPostgresStore } from '../src/store/postgres.js';
import { REBUILD_ROLLUPS, SQLITE_INSERT_TRIGGERS } from '../src/store/schema-country-rollup.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { ARTICLES, eventValues, generateEvents } from './events.js';

const EVENT_COLUMNS = `article_id, code, root, quad, goldstein, source_actor, target_actor, source_name,
  target_name, source_country, target_country, date, location, negated, modality, evidence_start,
  evidence_end, evidence_text, cluster_id`;

function article(i: number): (string | number)[] {
  const hash = `bench-${i}`;
  return [hash, 'bench', `Generated article ${i}.`, '{}'];
}

/**
 * Bulk-loads `count` generated events into a new SQLite file with the store's schema: one
 * transaction, one prepared statement. As bulk loads do, the per-row rollup triggers are dropped for
 * the load, each rollup rebuilt in one GROUP BY per grain, and the triggers restored.
 */
export async function loadSqlite(path: string, count: number): Promise<void> {
  await openSqliteStore(path).close(); // migrations
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  for (const name of Object.keys(SQLITE_INSERT_TRIGGERS)) db.exec(`DROP TRIGGER ${name}`);
  // Indexes are built once after the load, faster than row by row.
  const indexes = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL",
    )
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
  const insertArticle = db.prepare(
    'INSERT INTO articles (id, content_hash, source, text, analysis) VALUES (?, ?, ?, ?, ?)',
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (${EVENT_COLUMNS}) VALUES (${'?, '.repeat(18)}?)`,
  );
  db.transaction(() => {
    for (let i = 1; i <= ARTICLES; i++) insertArticle.run(i, ...article(i));
    let n = 0;
    for (const event of generateEvents(count))
      insertEvent.run(...eventValues(event, (n++ % ARTICLES) + 1));
    for (const index of indexes) db.exec(index.sql);
    const rollupIndexes = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'event_%rollup' AND sql IS NOT NULL",
      )
      .all() as { name: string; sql: string }[];
    for (const index of rollupIndexes) db.exec(`DROP INDEX ${index.name}`);
    db.exec(REBUILD_ROLLUPS);
    for (const index of rollupIndexes) db.exec(index.sql);
    for (const trigger of Object.values(SQLITE_INSERT_TRIGGERS)) db.exec(trigger);
  })();
  db.pragma('optimize');
  db.exec('ANALYZE');
  db.close();
}

function copyField(value: string | number | null): string {
  return value === null ? '\\N' : String(value);
}

/**
 * Bulk-loads into a fresh PostgreSQL schema with COPY, triggers off (`session_replication_role`)
 * and the events indexes dropped as bulk loads do, then rebuilds indexes and rollup once each.
 */
export async function loadPostgres(url: string, schema: string, count: number): Promise<void> {
  await (await openPostgresStore(url, { schema })).close(); // migrations
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    for (let i = 1; i <= ARTICLES; i++) {
      await client.query(
        'INSERT INTO articles (content_hash, source, text, analysis) VALUES ($1, $2, $3, $4)',
        article(i),
      );
    }
    await client.query('SET session_replication_role = replica');
    const indexes = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = $1 AND tablename = 'events'`,
      [schema],
    );
    for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);
    const CHUNK = 1_000_000;
    const events = generateEvents(count);
    for (let done = 0; done < count; done += CHUNK) {
      const stream = client.query(copyFrom(`COPY events (${EVENT_COLUMNS}) FROM STDIN`));
      const end = Math.min(count, done + CHUNK);
      let lines: string[] = [];
      for (let n = done; n < end; n++) {
        const { value } = events.next();
        if (!value) break;
        const values = eventValues(value, (n % ARTICLES) + 1);
        values[13] = 'f'; // negated is BOOLEAN here
        lines.push(values.map(copyField).join('\t'));
        if (lines.length === 10_000) {
          if (!stream.write(`${lines.join('\n')}\n`)) await once(stream, 'drain');
          lines = [];
        }
      }
      if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
      stream.end();
      await once(stream, 'finish');
    }
    for (const index of indexes.rows) await client.query(index.definition);
    await client.query('SET session_replication_role = DEFAULT');
    const rollupIndexes = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = $1 AND tablename LIKE 'event_%rollup'
         AND indexname NOT LIKE '%_pkey'`,
      [schema],
    );
    for (const index of rollupIndexes.rows) await client.query(`DROP INDEX ${index.name}`);
    await client.query("SET work_mem = '256MB'");
    await client.query(REBUILD_ROLLUPS);
    for (const index of rollupIndexes.rows) await client.query(index.definition);
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}
