import { dyadSides, type EventFilter, type Where, whereClause } from './event-filter.js';
import { EVENT_ORDER, eventsQuery } from './event-row.js';
import { coarsestRollup } from './rollup-filter.js';

type Clause = [string, (string | number)[]];

/** `column LIKE 'RUS%'`, led by the country code's equality that `events_country_pair` indexes. */
function side(column: string, code: string): Clause {
  return [`substr(${column}, 1, 3) = ? AND ${column} LIKE ?`, [code.slice(0, 3), `${code}%`]];
}

/**
 * A dyad's events as two disjoint branches, one per direction: the second leaves out what the
 * first holds (`USA-USAGOV` both ways round), so each event is listed once. Within a branch the
 * source and target countries are fixed, so `events_country_pair` yields its events by date.
 */
function dyadBranches(filter: EventFilter & { dyad: string }): Where[] {
  const [left, right] = dyadSides(filter.dyad);
  const rest = whereClause({ ...filter, dyad: undefined });
  const restSql = rest.sql.replace(/^WHERE /u, '');
  const branch = (a: string, b: string, not?: [string, string]): Where => {
    const [s, sp] = side('e.source_actor', a);
    const [t, tp] = side('e.target_actor', b);
    const parts = [s, t];
    const params = [...sp, ...tp];
    if (not) {
      // Both actors are non-null here (the LIKEs above hold), so NOT is plain negation.
      parts.push('NOT (e.source_actor LIKE ? AND e.target_actor LIKE ?)');
      params.push(`${not[0]}%`, `${not[1]}%`);
    }
    // `substr(date, 1, n) <= to` as a range the index can end: ISO dates sort below '~'.
    if (filter.to) {
      parts.push('e.date < ?');
      params.push(`${filter.to}~`);
    }
    if (restSql) parts.push(restSql);
    return { sql: `WHERE ${parts.join(' AND ')}`, params: [...params, ...rest.params] };
  };
  return [branch(left, right), branch(right, left, [left, right])];
}

/**
 * A dyad's events as a FROM item `(…) e`, each direction an index range, for aggregates the
 * rollups cannot answer (daily series, CAMEO codes); null for a filter without a dyad.
 */
export function dyadEvents(filter: EventFilter): Where | null {
  if (filter.dyad === undefined) return null;
  const branches = dyadBranches({ ...filter, dyad: filter.dyad });
  return {
    sql: `(${branches.map((b) => `SELECT e.* FROM events e ${b.sql}`).join(' UNION ALL ')}) e`,
    params: branches.flatMap((b) => b.params),
  };
}

/**
 * How many events a dyad filter matches, as one SELECT: from the rollup when it answers the filter
 * exactly, else counted over the branches (an index range each).
 */
function dyadCount(filter: EventFilter & { dyad: string }): Where {
  const rollup = coarsestRollup(filter);
  if (rollup) {
    return { sql: `SELECT coalesce(sum(r.events), 0) FROM ${rollup.sql}`, params: rollup.params };
  }
  const branches = dyadBranches(filter);
  return {
    sql: `SELECT count(*) FROM (${branches
      .map((b) => `SELECT 1 AS one FROM events e ${b.sql}`)
      .join(' UNION ALL ')}) n`,
    params: branches.flatMap((b) => b.params),
  };
}

/**
 * The event list of a dyad without sorting all its events: each direction's newest
 * `offset + limit` from the index, merged, with the total (`dyadCount`) in the same statement as
 * the rows. Null for a filter without a dyad (the plain query answers it).
 */
export function dyadPage(filter: EventFilter, limit: number, offset: number): Where | null {
  if (filter.dyad === undefined) return null;
  const dyad = { ...filter, dyad: filter.dyad };
  const branches = dyadBranches(dyad);
  const top = (b: Where, k: number) =>
    `SELECT * FROM (SELECT e.* FROM events e ${b.sql} ORDER BY ${EVENT_ORDER} LIMIT ?) d${k}`;
  const total = dyadCount(dyad);
  const from = `(${branches.map(top).join(' UNION ALL ')}) e`;
  return {
    sql: eventsQuery('', { from, total: `(${total.sql})` }),
    params: [
      ...total.params,
      ...branches.flatMap((b) => [...b.params, offset + limit]),
      limit,
      offset,
    ],
  };
}

/** `SELECT … AS total` for a dyad filter, as `dyadPage` counts; null without a dyad. */
export function dyadTotal(filter: EventFilter): Where | null {
  if (filter.dyad === undefined) return null;
  const count = dyadCount({ ...filter, dyad: filter.dyad });
  return { sql: `SELECT (${count.sql}) AS total`, params: count.params };
}
