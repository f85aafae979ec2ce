/**
 * `event_actors`: how many events each actor code takes part in (as source, plus as target), for
 * the dashboard's actor pickers, which otherwise read every event. Kept by triggers on every write
 * path, like the rollups; read by `busiestActors` in `src/query/actors.ts`.
 */

/** One row per actor side of a set of events, as `a`; missing actors are left out. */
const SIDES = (table: string) => `(SELECT source_actor AS a FROM ${table}
  UNION ALL SELECT target_actor FROM ${table}) sides WHERE a IS NOT NULL`;

export const REBUILD_ACTOR_COUNTS = `DELETE FROM event_actors;
  INSERT INTO event_actors (actor, events) SELECT a, count(*) FROM ${SIDES('events')} GROUP BY a;`;

const sqliteAdd = (side: string) => `INSERT INTO event_actors SELECT new.${side}, 1
    WHERE new.${side} IS NOT NULL ON CONFLICT DO UPDATE SET events = events + 1;`;
const sqliteRemove = (side: string) => `UPDATE event_actors SET events = events - 1
    WHERE actor = old.${side};`;

export const SQLITE_ACTOR_COUNTS_INSERT_TRIGGER = `CREATE TRIGGER event_actors_insert
  AFTER INSERT ON events BEGIN
    ${sqliteAdd('source_actor')}
    ${sqliteAdd('target_actor')}
  END;`;

export const SQLITE_ACTOR_COUNTS_MIGRATION = `CREATE TABLE event_actors (
    actor TEXT PRIMARY KEY, events INTEGER NOT NULL
  ) WITHOUT ROWID;
  ${SQLITE_ACTOR_COUNTS_INSERT_TRIGGER}
  CREATE TRIGGER event_actors_delete AFTER DELETE ON events BEGIN
    ${sqliteRemove('source_actor')}
    ${sqliteRemove('target_actor')}
    DELETE FROM event_actors WHERE actor IN (old.source_actor, old.target_actor) AND events <= 0;
  END;
  ${REBUILD_ACTOR_COUNTS}`;

/** A transition table's actors with their counts, as `d`: one row per actor (ON CONFLICT needs it). */
const PG_GROUPED = (table: string) =>
  `(SELECT a, count(*) FROM ${SIDES(table)} GROUP BY a) d (actor, n)`;

export const POSTGRES_ACTOR_COUNTS_MIGRATION = `CREATE TABLE event_actors (
    actor TEXT COLLATE "C" PRIMARY KEY, events INTEGER NOT NULL
  );
  CREATE FUNCTION event_actors_add() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO event_actors AS r (actor, events) SELECT * FROM ${PG_GROUPED('new_events')} ORDER BY 1
    ON CONFLICT (actor) DO UPDATE SET events = r.events + excluded.events;
    RETURN NULL;
  END $$;
  CREATE FUNCTION event_actors_remove() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE event_actors r SET events = r.events - d.n FROM ${PG_GROUPED('old_events')}
      WHERE r.actor = d.actor;
    DELETE FROM event_actors r USING ${PG_GROUPED('old_events')}
      WHERE r.actor = d.actor AND r.events <= 0;
    RETURN NULL;
  END $$;
  CREATE TRIGGER event_actors_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION event_actors_add();
  CREATE TRIGGER event_actors_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_events
    FOR EACH STATEMENT EXECUTE FUNCTION event_actors_remove();
  ${REBUILD_ACTOR_COUNTS}`;
