import {
  POSTGRES_COUNTRY_ROLLUP_MIGRATION,
  SQLITE_COUNTRY_ROLLUP_MIGRATION,
} from './schema-country-rollup.js';
import { POSTGRES_ROLLUP_MIGRATION, SQLITE_ROLLUP_MIGRATION } from './schema-rollup.js';

/**
 * Versioned migrations, one list per engine with the same tables and columns; an engine records
 * how many have run. NOTE: coupled to `rows.ts` (column order of the inserts).
 */
/** The same in both engines but for the type of the article id. */
function ENTITIES_AND_QUOTES(id: string): string {
  return `CREATE TABLE entities (
     article_id ${id} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     entity_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
     actor TEXT, country TEXT, mentions INTEGER NOT NULL,
     PRIMARY KEY (article_id, entity_id)
   );
   CREATE TABLE quotes (
     article_id ${id} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
     kind TEXT NOT NULL, speaker TEXT, text TEXT NOT NULL
   );`;
}

function NEAR_DUPLICATES(id: string): string {
  const bands = [0, 1, 2, 3];
  return [
    'ALTER TABLE articles ADD COLUMN simhash TEXT;',
    `ALTER TABLE articles ADD COLUMN near_duplicate_of ${id};`,
    ...bands.map((b) => `ALTER TABLE articles ADD COLUMN band${b} TEXT;`),
    ...bands.map((b) => `CREATE INDEX articles_band${b} ON articles (band${b});`),
  ].join('\n');
}

export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     id INTEGER PRIMARY KEY,
     content_hash TEXT NOT NULL UNIQUE,
     source TEXT NOT NULL,
     url TEXT,
     title TEXT,
     published TEXT,
     published_source TEXT,
     text TEXT NOT NULL,
     analysis TEXT NOT NULL,
     stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
   );
   ${ENTITIES_AND_QUOTES('INTEGER')}
   CREATE TABLE events (
     article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL,
     source_actor TEXT, target_actor TEXT, source_name TEXT, target_name TEXT,
     source_country TEXT, target_country TEXT, date TEXT, location TEXT,
     negated INTEGER NOT NULL, modality TEXT NOT NULL,
     evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL
   );
   CREATE INDEX events_dyad ON events (source_actor, target_actor, date);`,
  // 2: full-text search over articles and quotes, kept in step by triggers.
  `CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
   CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
     INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
   END;
   CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
     INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
   END;
   INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles;
   CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes');
   CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
     INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
   END;
   CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
     INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
   END;
   INSERT INTO quotes_fts(rowid, text) SELECT rowid, text FROM quotes;`,
  // 3: which pipeline version coded each article (`reprocess` reports what an update changed).
  'ALTER TABLE articles ADD COLUMN analysis_version TEXT;',
  // 4: near-duplicate articles (syndicated copies): SimHash, its four bands indexed.
  NEAR_DUPLICATES('INTEGER'),
  // 5: the daily rollup behind series and networks, and event clusters.
  SQLITE_ROLLUP_MIGRATION,
  // 6: the country rollup, the events' index of country pairs, and actor counts.
  SQLITE_COUNTRY_ROLLUP_MIGRATION,
];

export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     content_hash TEXT NOT NULL UNIQUE,
     source TEXT NOT NULL,
     url TEXT,
     title TEXT,
     published TEXT,
     published_source TEXT,
     text TEXT NOT NULL,
     analysis JSONB NOT NULL,
     stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
   );
   ${ENTITIES_AND_QUOTES('BIGINT')}
   CREATE TABLE events (
     article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein DOUBLE PRECISION,
     source_actor TEXT, target_actor TEXT, source_name TEXT, target_name TEXT,
     source_country TEXT, target_country TEXT, date TEXT COLLATE "C", location TEXT,
     negated BOOLEAN NOT NULL, modality TEXT NOT NULL,
     evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL
   );
   CREATE INDEX events_dyad ON events (source_actor, target_actor, date);`,
  // 2: full-text search over articles and quotes.
  `ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS
     (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
   CREATE INDEX articles_search ON articles USING gin (search);
   ALTER TABLE quotes ADD COLUMN search tsvector GENERATED ALWAYS AS
     (to_tsvector('english', text)) STORED;
   CREATE INDEX quotes_search ON quotes USING gin (search);`,
  // 3: the job queue shared by workers (`FOR UPDATE SKIP LOCKED`); documents travel in the row.
  `CREATE TABLE jobs (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name TEXT NOT NULL,
     url TEXT,
     content BYTEA NOT NULL,
     published TEXT,
     status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'failed')),
     error TEXT,
     enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     finished_at TIMESTAMPTZ
   );
   CREATE INDEX jobs_queued ON jobs (id) WHERE status = 'queued';`,
  // 4: which pipeline version coded each article.
  'ALTER TABLE articles ADD COLUMN analysis_version TEXT;',
  // 5: near-duplicate articles.
  NEAR_DUPLICATES('BIGINT'),
  // 6: the daily rollup behind series and networks, and event clusters.
  POSTGRES_ROLLUP_MIGRATION,
  // 7: the country rollup, the events' index of country pairs, and actor counts.
  POSTGRES_COUNTRY_ROLLUP_MIGRATION,
];
