import { dyadSides, type EventFilter, type Where, whereClause } from './event-filter.js';

/**
 * Past every character of an actor code or ISO date: `code >= 'RUS' AND code < 'RUS~'` is the
 * prefix match `RUS%` as an index range. NOTE: coupled to the rollup's byte-order ("C") collation.
 */
const PAST = '~';

/** The rollup's grains (`src/store/schema-rollup.ts`): a period is a date's first 7 or 4 characters. */
export type Grain = 7 | 4;

/**
 * A prefix match, with the country code's equality first for the rollup's indexes.
 * NOTE: coupled to `ROLLUP_INDEXES` in `src/store/schema-rollup.ts`.
 */
function prefix(column: string, value: string): [string, string[]] {
  return [
    `(substr(${column}, 1, 3) = ? AND ${column} >= ? AND ${column} < ?)`,
    [value.slice(0, 3), value, `${value}${PAST}`],
  ];
}

function lastDayOfMonth(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, m ?? 0, 0)).getUTCDate() === d;
}

/** Whether a bound falls on a period's edge at a grain: a period's first day, or its last. */
function aligned(bound: string, grain: Grain, edge: 'start' | 'end'): boolean {
  const rest = bound.slice(grain);
  if (rest === '') return true;
  if (edge === 'start') return rest === '-01' || rest === '-01-01';
  if (grain === 7) return lastDayOfMonth(bound);
  return rest === '-12' || rest === '-12-31';
}

/**
 * `date >= from` over periods, exact for every date precision: a day's period is its first
 * `grain` characters, so with `from` on a period's first day it matches by period; a partial date
 * (2021-03) is its own period and matches by value.
 */
function fromBound(from: string, grain: Grain): [string, string[]] {
  return [
    '(r.period >= ? AND NOT (r.precision < 10 AND r.period < ?))',
    [from.slice(0, grain), from],
  ];
}

/** `substr(date, 1, length(to)) <= to` likewise, `to` on a period's last day; never undated ones. */
function toBound(to: string, grain: Grain): [string, string[]] {
  return ["(r.period > '' AND r.period < ?)", [`${to.slice(0, grain)}${PAST}`]];
}

/**
 * The filter as a WHERE clause over `event_rollup r` at a grain, or null when the rollup cannot
 * answer it there (a CAMEO code, or a date bound inside a period). Validates exactly as
 * `whereClause` does, and means the same.
 */
export function rollupWhere(filter: EventFilter, grain: Grain): Where | null {
  whereClause(filter); // validation, with the same messages
  if (filter.code !== undefined) return null;
  if (filter.from && !aligned(filter.from, grain, 'start')) return null;
  if (filter.to && !aligned(filter.to, grain, 'end')) return null;
  const parts: string[] = ['r.grain = ?'];
  const params: (string | number)[] = [grain];
  const add = ([sql, values]: [string, (string | number)[]]) => {
    parts.push(sql);
    params.push(...values);
  };
  const actor = filter.actor?.toUpperCase();
  if (actor) {
    const [source, values] = prefix('r.source_actor', actor);
    const [target] = prefix('r.target_actor', actor);
    add([`(${source} OR ${target})`, [...values, ...values]]);
  }
  const source = filter.source?.toUpperCase();
  if (source) add(prefix('r.source_actor', source));
  const target = filter.target?.toUpperCase();
  if (target) add(prefix('r.target_actor', target));
  if (filter.dyad !== undefined) {
    const [left, right] = dyadSides(filter.dyad);
    const [ls, lv] = prefix('r.source_actor', left);
    const [rt, rv] = prefix('r.target_actor', right);
    const [rs] = prefix('r.source_actor', right);
    const [lt] = prefix('r.target_actor', left);
    add([`((${ls} AND ${rt}) OR (${rs} AND ${lt}))`, [...lv, ...rv, ...rv, ...lv]]);
  }
  if (filter.quad !== undefined) add(['r.quad = ?', [filter.quad]]);
  if (filter.from) add(fromBound(filter.from, grain));
  if (filter.to) add(toBound(filter.to, grain));
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

/** The coarsest grain that answers a filter exactly, with its clause; null when none does. */
export function coarsestRollup(filter: EventFilter): Where | null {
  return rollupWhere(filter, 4) ?? rollupWhere(filter, 7);
}
