import { ACTOR_ROLLUP, type RollupSpec } from './schema-rollup.js';

/**
 * The pair rollup: `event_rollup` without the quad class, for actor networks, which group by actor
 * pair and rarely filter by quad. One actor's network for a year reads a quarter of the rows it
 * would read in `event_rollup` (one per pair and date precision, not per pair, precision and quad).
 * Same grains, date precision, trigger maintenance and rebuild. NOTE: coupled to
 * `src/query/rollup-filter.ts`, which reads it for filters without a quad class.
 */
export const PAIR_ROLLUP: RollupSpec = {
  table: 'event_pair_rollup',
  actor: ACTOR_ROLLUP.actor,
  quad: false,
};

const COLUMNS = (text: string) => `
     grain INTEGER NOT NULL,
     source_actor ${text} NOT NULL, target_actor ${text} NOT NULL, period ${text} NOT NULL,
     precision INTEGER NOT NULL,
     events INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL, goldstein_n INTEGER NOT NULL,
     PRIMARY KEY (grain, source_actor, target_actor, period, precision)`;

/** As `event_rollup`'s indexes: country code, then periods; covering (see `schema-country-rollup.ts`). */
export const SQLITE_PAIR_TABLE = `CREATE TABLE event_pair_rollup (${COLUMNS('TEXT')}) WITHOUT ROWID;
   CREATE INDEX event_pair_rollup_source ON event_pair_rollup
     (grain, substr(source_actor, 1, 3), period, events, goldstein_sum, goldstein_n);
   CREATE INDEX event_pair_rollup_target ON event_pair_rollup
     (grain, substr(target_actor, 1, 3), period, events, goldstein_sum, goldstein_n);`;

const CARRIED = 'source_actor, target_actor, precision, events, goldstein_sum, goldstein_n';

export const POSTGRES_PAIR_TABLE = `CREATE TABLE event_pair_rollup (${COLUMNS('TEXT COLLATE "C"')});
   CREATE INDEX event_pair_rollup_source ON event_pair_rollup
     (grain, substr(source_actor, 1, 3), period) INCLUDE (${CARRIED});
   CREATE INDEX event_pair_rollup_target ON event_pair_rollup
     (grain, substr(target_actor, 1, 3), period) INCLUDE (${CARRIED});`;
