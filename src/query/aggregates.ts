import { NewsgraphError } from '../doc/errors.js';
import type { Store } from '../store/store.js';
import { dyadEvents } from './dyad-events.js';
import { type EventFilter, type Where, whereClause } from './event-filter.js';
import { coarsestRollup, rollupRows } from './rollup-filter.js';

/** Periods both engines can cut from an ISO date by its prefix. */
const PERIOD_LENGTH = { year: 4, month: 7, day: 10 } as const;
export type Period = keyof typeof PERIOD_LENGTH;

export interface SeriesPoint {
  period: string;
  quad: number;
  events: number;
  /** Mean Goldstein score of the period's events of that quad class, or null. */
  goldstein: number | null;
}

export interface Edge {
  source: string;
  target: string;
  events: number;
  goldstein: number | null;
}

function mean(value: unknown): number | null {
  return value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100;
}

/** `WHERE … AND more`, or `WHERE more` when the filter gave no clause. */
function and(where: string, more: string): string {
  return `${where ? `${where} AND` : 'WHERE'} ${more}`;
}

/** `FROM … e WHERE …`: the events a filter selects, plus a condition; a dyad by its index ranges. */
function eventsWhere(filter: EventFilter, more: string): Where {
  const dyad = dyadEvents(filter);
  if (dyad) return { sql: `FROM ${dyad.sql} WHERE ${more}`, params: dyad.params };
  const where = whereClause(filter);
  return { sql: `FROM events e ${and(where.sql, more)}`, params: where.params };
}

/**
 * Events per period and quad class, with their mean Goldstein score, for a filter (often a dyad).
 * Read from a rollup (the country rollup when every actor named is a country) unless the filter
 * or the period needs single days or codes; then a dyad reads its index ranges (`dyad-events.ts`).
 */
export async function eventSeries(
  store: Store,
  filter: EventFilter,
  period: Period,
): Promise<SeriesPoint[]> {
  const length = PERIOD_LENGTH[period];
  if (!length) throw new NewsgraphError('NG_E008', '--period', 'use day, month or year');
  const rollup =
    period === 'day'
      ? null
      : rollupRows(filter, period === 'year' ? 4 : 7, { extra: `r.precision >= ${length}` });
  const periodOf = (column: string) => `substr(${column}, 1, ${length})`;
  const [sql, params] = rollup
    ? [
        `SELECT ${periodOf('r.period')} AS period, r.quad, sum(r.events) AS events,
           sum(r.goldstein_sum) / nullif(sum(r.goldstein_n), 0) AS goldstein
         FROM ${rollup.sql}
         GROUP BY ${periodOf('r.period')}, r.quad ORDER BY period, r.quad`,
        rollup.params,
      ]
    : (() => {
        const where = eventsWhere(filter, `length(e.date) >= ${length}`);
        return [
          `SELECT ${periodOf('e.date')} AS period, e.quad, count(*) AS events, avg(e.goldstein) AS goldstein
           ${where.sql}
           GROUP BY ${periodOf('e.date')}, e.quad ORDER BY period, e.quad`,
          where.params,
        ] as const;
      })();
  const rows = await store.select(sql, params);
  return rows.map((r) => ({
    period: String(r.period),
    quad: Number(r.quad),
    events: Number(r.events),
    goldstein: mean(r.goldstein),
  }));
}

/** Actors as nodes and event counts as weighted, directed edges, heaviest first (rollup as above). */
export async function actorNetwork(
  store: Store,
  filter: EventFilter,
  limit: number,
): Promise<Edge[]> {
  const rollup = coarsestRollup(filter, {
    countries: false,
    pairs: true,
    extra: "r.source_actor <> '' AND r.target_actor <> ''",
  });
  const top = Math.min(Math.max(1, limit), 10_000);
  const [sql, params] = rollup
    ? [
        `SELECT r.source_actor, r.target_actor, sum(r.events) AS events,
           sum(r.goldstein_sum) / nullif(sum(r.goldstein_n), 0) AS goldstein
         FROM ${rollup.sql}
         GROUP BY r.source_actor, r.target_actor
         ORDER BY events DESC, r.source_actor, r.target_actor LIMIT ?`,
        rollup.params,
      ]
    : (() => {
        const where = eventsWhere(
          filter,
          'e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL',
        );
        return [
          `SELECT e.source_actor, e.target_actor, count(*) AS events, avg(e.goldstein) AS goldstein
           ${where.sql}
           GROUP BY e.source_actor, e.target_actor
           ORDER BY events DESC, e.source_actor, e.target_actor LIMIT ?`,
          where.params,
        ] as const;
      })();
  const rows = await store.select(sql, [...params, top]);
  return rows.map((r) => ({
    source: String(r.source_actor),
    target: String(r.target_actor),
    events: Number(r.events),
    goldstein: mean(r.goldstein),
  }));
}
