import { NewsgraphError } from '../doc/errors.js';
import type { Store } from '../store/store.js';
import { type EventFilter, whereClause } from './event-filter.js';

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

/** Events per period and quad class, with their mean Goldstein score, for a filter (often a dyad). */
export async function eventSeries(
  store: Store,
  filter: EventFilter,
  period: Period,
): Promise<SeriesPoint[]> {
  const length = PERIOD_LENGTH[period];
  if (!length) throw new NewsgraphError('NG_E008', '--period', 'use day, month or year');
  const where = whereClause(filter);
  const dated = `${where.sql ? `${where.sql} AND` : 'WHERE'} length(e.date) >= ${length}`;
  const rows = await store.select(
    `SELECT substr(e.date, 1, ${length}) AS period, e.quad, count(*) AS events, avg(e.goldstein) AS goldstein
     FROM events e ${dated} GROUP BY substr(e.date, 1, ${length}), e.quad ORDER BY period, e.quad`,
    where.params,
  );
  return rows.map((r) => ({
    period: String(r.period),
    quad: Number(r.quad),
    events: Number(r.events),
    goldstein: mean(r.goldstein),
  }));
}

/** Actors as nodes and event counts as weighted, directed edges, heaviest first. */
export async function actorNetwork(
  store: Store,
  filter: EventFilter,
  limit: number,
): Promise<Edge[]> {
  const where = whereClause(filter);
  const known = `${where.sql ? `${where.sql} AND` : 'WHERE'} e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL`;
  const rows = await store.select(
    `SELECT e.source_actor, e.target_actor, count(*) AS events, avg(e.goldstein) AS goldstein
     FROM events e ${known} GROUP BY e.source_actor, e.target_actor
     ORDER BY events DESC, e.source_actor, e.target_actor LIMIT ?`,
    [...where.params, Math.min(Math.max(1, limit), 10_000)],
  );
  return rows.map((r) => ({
    source: String(r.source_actor),
    target: String(r.target_actor),
    events: Number(r.events),
    goldstein: mean(r.goldstein),
  }));
}
