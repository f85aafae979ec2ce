import {
  POSTGRES_ACTOR_COUNTS_MIGRATION,
  REBUILD_ACTOR_COUNTS,
  SQLITE_ACTOR_COUNTS_INSERT_TRIGGER,
  SQLITE_ACTOR_COUNTS_MIGRATION,
} from './schema-actor-counts.js';
import { PAIR_ROLLUP, POSTGRES_PAIR_TABLE, SQLITE_PAIR_TABLE } from './schema-pair-rollup.js';
import {
  postgresRollupTriggers,
  REBUILD_ROLLUP,
  type RollupSpec,
  rebuildRollup,
  SQLITE_ROLLUP_INSERT_TRIGGER,
  sqliteDeleteTrigger,
  sqliteInsertTrigger,
} from './schema-rollup.js';

/**
 * The country rollup: `event_rollup` with each actor cut to its first three letters (RUSGOV and
 * RUSMIL count as RUS), so a country dyad's monthly series reads one row per direction, month and
 * quad class (a few hundred), not one per pair of actor codes (tens of thousands). Same grains,
 * date precision, trigger maintenance and rebuild as `event_rollup`; a missing actor is ''.
 * Queries read it when every actor they name is a bare country code (`src/query/rollup-filter.ts`).
 */
export const COUNTRY_ROLLUP: RollupSpec = {
  table: 'event_country_rollup',
  actor: (column) => `substr(coalesce(${column}, ''), 1, 3)`,
};

const COLUMNS = (text: string) => `
     grain INTEGER NOT NULL,
     source_actor ${text} NOT NULL, target_actor ${text} NOT NULL, period ${text} NOT NULL,
     precision INTEGER NOT NULL, quad INTEGER NOT NULL,
     events INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL, goldstein_n INTEGER NOT NULL`;
const KEY = 'grain, source_actor, target_actor, period, precision, quad';

const DYAD_INDEX = `CREATE INDEX events_country_pair ON events
     (substr(source_actor, 1, 3), substr(target_actor, 1, 3), date);`;

/**
 * Lookups by source (and dyad) use the primary key; the target index and the period index carry
 * the counts, so a query reads the index alone (SQLite appends the key of a WITHOUT ROWID table to
 * every index; PostgreSQL names the columns it carries in INCLUDE). `events_country_pair` lets the
 * event list of a dyad read its newest events in date order from an index, rather than sort every
 * one of them. NOTE: coupled to `src/query/rollup-filter.ts` and `src/query/dyad-events.ts`.
 */
const SQLITE_TABLE = `CREATE TABLE event_country_rollup (${COLUMNS('TEXT')},
     PRIMARY KEY (${KEY})
   ) WITHOUT ROWID;
   CREATE INDEX event_country_rollup_target ON event_country_rollup
     (grain, target_actor, period, events, goldstein_sum, goldstein_n);
   CREATE INDEX event_country_rollup_period ON event_country_rollup
     (grain, period, events, goldstein_sum, goldstein_n);
   ${DYAD_INDEX}`;

const COUNTS = 'events, goldstein_sum, goldstein_n';

/**
 * PostgreSQL reads an index alone only when it holds every column a query touches: without them
 * the network of one actor in one year fetched thousands of scattered heap pages.
 */
const POSTGRES_TABLE = `CREATE TABLE event_country_rollup (${COLUMNS('TEXT COLLATE "C"')},
     PRIMARY KEY (${KEY}) INCLUDE (${COUNTS})
   );
   CREATE INDEX event_country_rollup_target ON event_country_rollup (grain, target_actor, period)
     INCLUDE (source_actor, precision, quad, ${COUNTS});
   CREATE INDEX event_country_rollup_period ON event_country_rollup (grain, period)
     INCLUDE (source_actor, target_actor, precision, quad, ${COUNTS});
   ${DYAD_INDEX}
   DROP INDEX event_rollup_source;
   DROP INDEX event_rollup_target;
   CREATE INDEX event_rollup_source ON event_rollup (grain, substr(source_actor, 1, 3), period)
     INCLUDE (source_actor, target_actor, precision, quad, ${COUNTS});
   CREATE INDEX event_rollup_target ON event_rollup (grain, substr(target_actor, 1, 3), period)
     INCLUDE (source_actor, target_actor, precision, quad, ${COUNTS});`;

/** Rebuilds both rollups and the actor counts from `events`: what a bulk load runs after loading. */
export const REBUILD_ROLLUPS = `${REBUILD_ROLLUP}
  ${rebuildRollup(COUNTRY_ROLLUP)}
  ${rebuildRollup(PAIR_ROLLUP)}
  ${REBUILD_ACTOR_COUNTS}`;

/** The per-row insert triggers that a bulk load drops, and restores after `REBUILD_ROLLUPS`. */
export const SQLITE_INSERT_TRIGGERS = {
  event_rollup_insert: SQLITE_ROLLUP_INSERT_TRIGGER,
  event_country_rollup_insert: sqliteInsertTrigger(COUNTRY_ROLLUP),
  event_pair_rollup_insert: sqliteInsertTrigger(PAIR_ROLLUP),
  event_actors_insert: SQLITE_ACTOR_COUNTS_INSERT_TRIGGER,
} as const;

export const SQLITE_COUNTRY_ROLLUP_MIGRATION = `${SQLITE_TABLE}
  ${SQLITE_INSERT_TRIGGERS.event_country_rollup_insert}
  ${sqliteDeleteTrigger(COUNTRY_ROLLUP)}
  ${rebuildRollup(COUNTRY_ROLLUP)}
  ${SQLITE_PAIR_TABLE}
  ${SQLITE_INSERT_TRIGGERS.event_pair_rollup_insert}
  ${sqliteDeleteTrigger(PAIR_ROLLUP)}
  ${rebuildRollup(PAIR_ROLLUP)}
  ${SQLITE_ACTOR_COUNTS_MIGRATION}`;

export const POSTGRES_COUNTRY_ROLLUP_MIGRATION = `${POSTGRES_TABLE}
  ${postgresRollupTriggers(COUNTRY_ROLLUP)}
  ${rebuildRollup(COUNTRY_ROLLUP)}
  ${POSTGRES_PAIR_TABLE}
  ${postgresRollupTriggers(PAIR_ROLLUP)}
  ${rebuildRollup(PAIR_ROLLUP)}
  ${POSTGRES_ACTOR_COUNTS_MIGRATION}`;
