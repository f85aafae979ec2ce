/**
 * Migrations for fast aggregates and event clusters, one per engine.
 *
 * `event_rollup` counts events per (source, target, period, date precision, quad) with their
 * Goldstein sum, at two grains: months (`grain` 7, `period` 2021-03) and years (`grain` 4, `period`
 * 2021), so a dyad's monthly series or an actor's network for a year over millions of events reads
 * thousands of rows, not millions. A partial date (2021-03) stays whole in `period`, and
 * `precision` is the date's length, so date bounds stay exact. Triggers keep it in step with `events` on
 * every write path (insert, reprocess, cascade delete). Missing actors and dates are '' there, so
 * the key has no NULLs.
 *
 * `event_clusters` groups reports of one event across articles (GDELT's NumMentions, NumSources,
 * NumArticles); `clusters.ts` assigns them on insert. Existing events are backfilled here with
 * same-day clusters.
 */

export const ROLLUP_GRAINS = [7, 4] as const;

/**
 * What a rollup keeps of an event's actors: the whole code (`event_rollup`) or its country, the
 * first three letters (`event_country_rollup`, `schema-country-rollup.ts`). NOTE: coupled to
 * `src/query/rollup-filter.ts`, which matches actors in each table its own way.
 */
export interface RollupSpec {
  table: string;
  actor: (column: string) => string;
  /** Whether the quad class is part of the key (default true); `event_pair_rollup` leaves it out. */
  quad?: boolean;
}

/** A rollup's key columns, then its counts. */
export function keyColumns(spec: RollupSpec): string {
  return `grain, source_actor, target_actor, period, precision${spec.quad === false ? '' : ', quad'}`;
}
const columnsOf = (spec: RollupSpec) => `${keyColumns(spec)}, events, goldstein_sum, goldstein_n`;

export const ACTOR_ROLLUP: RollupSpec = {
  table: 'event_rollup',
  actor: (column) => `coalesce(${column}, '')`,
};

/**
 * The rollup key of an event row but its grain (`row` is `new.`, `old.`, or '' for a table's own
 * columns). NOTE: the grain stays out of GROUP BY, where a number would name a column.
 */
export function rollupKey(grain: number, row = '', spec: RollupSpec = ACTOR_ROLLUP): string {
  const date = `coalesce(${row}date, '')`;
  return `${spec.actor(`${row}source_actor`)}, ${spec.actor(`${row}target_actor`)},
    CASE WHEN length(${date}) < 10 THEN ${date} ELSE substr(${date}, 1, ${grain}) END,
    length(${date})${spec.quad === false ? '' : `, ${row}quad`}`;
}

/** Rebuilds a rollup from `events` in one pass: the backfill, and what a bulk load runs after. */
export function rebuildRollup(spec: RollupSpec): string {
  return `DELETE FROM ${spec.table};
  ${ROLLUP_GRAINS.map(
    (g) => `INSERT INTO ${spec.table} (${columnsOf(spec)})
    SELECT ${g}, ${rollupKey(g, '', spec)}, count(*), coalesce(sum(goldstein), 0), count(goldstein)
    FROM events GROUP BY ${rollupKey(g, '', spec)};`,
  ).join('\n')}`;
}

/** The actor rollup's rebuild, as migration 5 ran it. */
export const REBUILD_ROLLUP = rebuildRollup(ACTOR_ROLLUP);

const BACKFILL_CLUSTERS = `INSERT INTO event_clusters (source_actor, target_actor, root, day)
    SELECT DISTINCT coalesce(source_actor, ''), coalesce(target_actor, ''), root, coalesce(date, '')
    FROM events;
  UPDATE events SET cluster_id = (SELECT c.id FROM event_clusters c
    WHERE c.source_actor = coalesce(events.source_actor, '') AND c.target_actor = coalesce(events.target_actor, '')
      AND c.root = events.root AND c.day = coalesce(events.date, ''));
  UPDATE event_clusters SET
    mentions = (SELECT count(*) FROM events e WHERE e.cluster_id = event_clusters.id),
    articles = (SELECT count(DISTINCT e.article_id) FROM events e WHERE e.cluster_id = event_clusters.id),
    sources = (SELECT count(DISTINCT coalesce(a.outlet, a.source)) FROM events e
      JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = event_clusters.id);`;

function clusterTables(id: string, ref: string, text: string): string {
  return `CREATE TABLE event_clusters (
     id ${id},
     source_actor ${text} NOT NULL, target_actor ${text} NOT NULL, root ${text} NOT NULL,
     day ${text} NOT NULL,
     mentions INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0,
     sources INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX event_clusters_key ON event_clusters (source_actor, target_actor, root, day);
   ALTER TABLE events ADD COLUMN cluster_id ${ref} REFERENCES event_clusters(id) ON DELETE SET NULL;
   CREATE INDEX events_cluster ON events (cluster_id);`;
}

/**
 * Actor filters are prefixes of at least a country code (RUS matches RUSGOV), so the indexes lead
 * with the grain and the first three letters: equality there, then a range over periods; they carry
 * the counts, so a query reads the index alone (in SQLite, which appends the key; PostgreSQL's are
 * rebuilt with INCLUDE in `schema-country-rollup.ts`). NOTE: coupled to `src/query/rollup-filter.ts`,
 * which writes these expressions the same way.
 */
const ROLLUP_INDEXES = `CREATE INDEX event_rollup_pair ON event_rollup (grain, substr(source_actor, 1, 3),
     substr(target_actor, 1, 3), period, events, goldstein_sum, goldstein_n);
   CREATE INDEX event_rollup_source ON event_rollup
     (grain, substr(source_actor, 1, 3), period, events, goldstein_sum, goldstein_n);
   CREATE INDEX event_rollup_target ON event_rollup
     (grain, substr(target_actor, 1, 3), period, events, goldstein_sum, goldstein_n);
   CREATE INDEX event_rollup_period ON event_rollup (grain, period);`;

function rollupTable(text: string, suffix: string): string {
  return `CREATE TABLE event_rollup (
     grain INTEGER NOT NULL,
     source_actor ${text} NOT NULL, target_actor ${text} NOT NULL, period ${text} NOT NULL,
     precision INTEGER NOT NULL, quad INTEGER NOT NULL,
     events INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL, goldstein_n INTEGER NOT NULL,
     PRIMARY KEY (grain, source_actor, target_actor, period, precision, quad)
   )${suffix};
   ${ROLLUP_INDEXES}`;
}

const sqliteOldKey = (grain: number, spec: RollupSpec) => `grain = ${grain}
  AND source_actor = ${spec.actor('old.source_actor')} AND target_actor = ${spec.actor('old.target_actor')}
  AND period = CASE WHEN length(coalesce(old.date, '')) < 10 THEN coalesce(old.date, '')
    ELSE substr(old.date, 1, ${grain}) END
  AND precision = length(coalesce(old.date, ''))${spec.quad === false ? '' : ' AND quad = old.quad'}`;

/** A rollup's per-row insert trigger, named `<table>_insert`. */
export function sqliteInsertTrigger(spec: RollupSpec): string {
  return `CREATE TRIGGER ${spec.table}_insert AFTER INSERT ON events BEGIN
  ${ROLLUP_GRAINS.map(
    (g) => `INSERT INTO ${spec.table} VALUES (${g}, ${rollupKey(g, 'new.', spec)}, 1,
      coalesce(new.goldstein, 0), new.goldstein IS NOT NULL)
    ON CONFLICT DO UPDATE SET events = events + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum,
      goldstein_n = goldstein_n + excluded.goldstein_n;`,
  ).join('\n')}
  END;`;
}

/** A rollup's per-row delete trigger (reprocessing, cascade deletes); empty rows go. */
export function sqliteDeleteTrigger(spec: RollupSpec): string {
  return `CREATE TRIGGER ${spec.table}_delete AFTER DELETE ON events BEGIN
  ${ROLLUP_GRAINS.map(
    (
      g,
    ) => `UPDATE ${spec.table} SET events = events - 1, goldstein_sum = goldstein_sum - coalesce(old.goldstein, 0),
      goldstein_n = goldstein_n - (old.goldstein IS NOT NULL) WHERE ${sqliteOldKey(g, spec)};
    DELETE FROM ${spec.table} WHERE ${sqliteOldKey(g, spec)} AND events <= 0;`,
  ).join('\n')}
  END;`;
}

/** Exported for bulk loads, which drop it, load, rebuild the rollup once and restore it. */
export const SQLITE_ROLLUP_INSERT_TRIGGER = sqliteInsertTrigger(ACTOR_ROLLUP);

export const SQLITE_ROLLUP_MIGRATION = `${rollupTable('TEXT', ' WITHOUT ROWID')}
  ${SQLITE_ROLLUP_INSERT_TRIGGER}
  ${sqliteDeleteTrigger(ACTOR_ROLLUP)}
  ${REBUILD_ROLLUP}
  ALTER TABLE articles ADD COLUMN outlet TEXT;
  UPDATE articles SET outlet = json_extract(analysis, '$.article.site');
  ${clusterTables('INTEGER PRIMARY KEY', 'INTEGER', 'TEXT')}
  ${BACKFILL_CLUSTERS}`;

/** An events transition table grouped by a rollup's key at both grains, as `d`. */
const PG_GROUPED = (table: string, spec: RollupSpec) =>
  `(${ROLLUP_GRAINS.map(
    (
      g,
    ) => `SELECT ${g}, ${rollupKey(g, '', spec)}, count(*), coalesce(sum(goldstein), 0), count(goldstein)
    FROM ${table} GROUP BY ${rollupKey(g, '', spec)}`,
  ).join(' UNION ALL ')}) d (grain, s, t, p, pr, ${spec.quad === false ? '' : 'q, '}n, g, gn)`;

const PG_KEY_MATCH = (spec: RollupSpec) => `r.grain = d.grain AND r.source_actor = d.s
  AND r.target_actor = d.t AND r.period = d.p AND r.precision = d.pr${spec.quad === false ? '' : ' AND r.quad = d.q'}`;

/**
 * A rollup's statement-level triggers with transition tables (`<table>_add`, `<table>_remove`):
 * a COPY of millions updates the rollup once.
 */
export function postgresRollupTriggers(spec: RollupSpec): string {
  const t = spec.table;
  return `CREATE FUNCTION ${t}_add() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO ${t} AS r (${columnsOf(spec)})
      SELECT * FROM ${PG_GROUPED('new_events', spec)} ORDER BY ${keyColumns(spec)
        .split(',')
        .map((_, i) => i + 1)
        .join(', ')}
    ON CONFLICT (${keyColumns(spec)}) DO UPDATE SET
      events = r.events + excluded.events, goldstein_sum = r.goldstein_sum + excluded.goldstein_sum,
      goldstein_n = r.goldstein_n + excluded.goldstein_n;
    RETURN NULL;
  END $$;
  CREATE FUNCTION ${t}_remove() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE ${t} r SET events = r.events - d.n, goldstein_sum = r.goldstein_sum - d.g,
      goldstein_n = r.goldstein_n - d.gn
    FROM ${PG_GROUPED('old_events', spec)} WHERE ${PG_KEY_MATCH(spec)};
    DELETE FROM ${t} r USING ${PG_GROUPED('old_events', spec)} WHERE ${PG_KEY_MATCH(spec)} AND r.events <= 0;
    RETURN NULL;
  END $$;
  CREATE TRIGGER ${t}_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION ${t}_add();
  CREATE TRIGGER ${t}_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_events
    FOR EACH STATEMENT EXECUTE FUNCTION ${t}_remove();`;
}

/** Statement-level triggers with transition tables: a COPY of millions updates the rollup once. */
export const POSTGRES_ROLLUP_MIGRATION = `${rollupTable('TEXT COLLATE "C"', '')}
  ${postgresRollupTriggers(ACTOR_ROLLUP)}
  ${REBUILD_ROLLUP}
  ALTER TABLE articles ADD COLUMN outlet TEXT;
  UPDATE articles SET outlet = analysis->'article'->>'site';
  ${clusterTables('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'BIGINT', 'TEXT COLLATE "C"')}
  ${BACKFILL_CLUSTERS}`;
