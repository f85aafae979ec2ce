/**
 * Versioned migrations, one list per engine with the same tables and columns; an engine records
 * how many have run. NOTE: coupled to `rows.ts` (column order of the inserts).
 */
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
   CREATE TABLE entities (
     article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     entity_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
     actor TEXT, country TEXT, mentions INTEGER NOT NULL,
     PRIMARY KEY (article_id, entity_id)
   );
   CREATE TABLE quotes (
     article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
     kind TEXT NOT NULL, speaker TEXT, text TEXT NOT NULL
   );
   CREATE TABLE events (
     article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL,
     source_actor TEXT, target_actor TEXT, source_name TEXT, target_name TEXT,
     source_country TEXT, target_country TEXT, date TEXT, location TEXT,
     negated INTEGER NOT NULL, modality TEXT NOT NULL,
     evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL
   );
   CREATE INDEX events_dyad ON events (source_actor, target_actor, date);`,
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
   CREATE TABLE entities (
     article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     entity_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
     actor TEXT, country TEXT, mentions INTEGER NOT NULL,
     PRIMARY KEY (article_id, entity_id)
   );
   CREATE TABLE quotes (
     article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
     kind TEXT NOT NULL, speaker TEXT, text TEXT NOT NULL
   );
   CREATE TABLE events (
     article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein DOUBLE PRECISION,
     source_actor TEXT, target_actor TEXT, source_name TEXT, target_name TEXT,
     source_country TEXT, target_country TEXT, date TEXT COLLATE "C", location TEXT,
     negated BOOLEAN NOT NULL, modality TEXT NOT NULL,
     evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL
   );
   CREATE INDEX events_dyad ON events (source_actor, target_actor, date);`,
];
