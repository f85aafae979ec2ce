import { dyadSides, type EventFilter, type Where, whereClause } from './event-filter.js';

/**
 * Past every character of an actor code or ISO date: `code >= 'RUS' AND code < 'RUS~'` is the
 * prefix match `RUS%` as an index range. NOTE: coupled to the rollup's byte-order ("C") collation.
 */
const PAST = '~';

/** The rollup's grains (`src/store/schema-rollup.ts`): a period is a date's first 7 or 4 characters. */
export type Grain = 7 | 4;

/** The rollup tables (`src/store/schema-rollup.ts`, `schema-country-rollup.ts`, `schema-pair-rollup.ts`). */
export type RollupTable = 'event_rollup' | 'event_country_rollup' | 'event_pair_rollup';

type Clause = [string, (string | number)[]];

/**
 * An actor match in a rollup table: in `event_rollup` a prefix match, with the country code's
 * equality first for its indexes; in `event_country_rollup`, which holds country codes only (and
 * is read only when every actor named is one), plain equality.
 * NOTE: coupled to `ROLLUP_INDEXES` in `src/store/schema-rollup.ts`.
 */
function matcher(table: RollupTable): (column: string, value: string) => Clause {
  if (table === 'event_country_rollup') return (column, value) => [`${column} = ?`, [value]];
  return (column, value) => [
    `(substr(${column}, 1, 3) = ? AND ${column} >= ? AND ${column} < ?)`,
    [value.slice(0, 3), value, `${value}${PAST}`],
  ];
}

function both(a: Clause, b: Clause): Clause {
  return [`(${a[0]} AND ${b[0]})`, [...a[1], ...b[1]]];
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

/** Every actor code a filter names; the country rollup answers when each is a bare country. */
function namedActors(filter: EventFilter): string[] {
  const named = [filter.actor, filter.source, filter.target];
  if (filter.dyad !== undefined) named.push(...dyadSides(filter.dyad));
  return named.filter((code): code is string => Boolean(code));
}

export interface RollupOptions {
  /** Whether the country rollup may answer: not when actor codes are grouped on (a network). */
  countries?: boolean;
  /** Whether the pair rollup (no quad class) may answer, when the filter names no quad class. */
  pairs?: boolean;
  /** A condition on `r` that every branch adds (the series' date precision, say). */
  extra?: string;
}

/**
 * Disjoint alternatives: `actor` is source or target, a dyad is either way round. Each branch is
 * one combination, and excludes the rows of the branches before it, so their union counts every
 * row once while each branch can read one index range.
 */
function alternatives(filter: EventFilter, match: ReturnType<typeof matcher>): Clause[][] {
  const choices: Clause[][] = [];
  const actor = filter.actor?.toUpperCase();
  if (actor) choices.push([match('r.source_actor', actor), match('r.target_actor', actor)]);
  if (filter.dyad !== undefined) {
    const [left, right] = dyadSides(filter.dyad);
    choices.push([
      both(match('r.source_actor', left), match('r.target_actor', right)),
      both(match('r.source_actor', right), match('r.target_actor', left)),
    ]);
  }
  return choices.reduce<Clause[][]>(
    (branches, choice) => branches.flatMap((branch) => choice.map((c) => [...branch, c])),
    [[]],
  );
}

/**
 * The rows of a rollup that a filter selects at a grain, as a FROM item `(…) r` with the table's
 * columns, or null when the rollup cannot answer there (a CAMEO code, a modality, or a date bound
 * inside a period). Validates exactly as `whereClause` does, and means the same.
 */
export function rollupRows(
  filter: EventFilter,
  grain: Grain,
  options?: RollupOptions,
): Where | null {
  whereClause(filter); // validation, with the same messages
  if (filter.code !== undefined || filter.modality !== undefined) return null;
  if (filter.from && !aligned(filter.from, grain, 'start')) return null;
  if (filter.to && !aligned(filter.to, grain, 'end')) return null;
  const countries =
    (options?.countries ?? true) && namedActors(filter).every((code) => code.length === 3);
  const pairs = options?.pairs === true && filter.quad === undefined;
  const table: RollupTable = countries
    ? 'event_country_rollup'
    : pairs
      ? 'event_pair_rollup'
      : 'event_rollup';
  const match = matcher(table);
  const common: Clause[] = [['r.grain = ?', [grain]]];
  const source = filter.source?.toUpperCase();
  if (source) common.push(match('r.source_actor', source));
  const target = filter.target?.toUpperCase();
  if (target) common.push(match('r.target_actor', target));
  if (filter.quad !== undefined) common.push(['r.quad = ?', [filter.quad]]);
  if (filter.from) common.push(fromBound(filter.from, grain));
  if (filter.to) common.push(toBound(filter.to, grain));
  if (options?.extra) common.push([options.extra, []]);
  const branches = alternatives(filter, match);
  const selects = branches.map((branch, k) => {
    const earlier = branches.slice(0, k).map((b): Clause => {
      const all = b.reduce(both, ['1 = 1', []]);
      return [`NOT ${all[0]}`, all[1]];
    });
    const parts = [...common, ...branch, ...earlier];
    return {
      sql: `SELECT r.* FROM ${table} r WHERE ${parts.map((p) => p[0]).join(' AND ')}`,
      params: parts.flatMap((p) => p[1]),
    };
  });
  return {
    sql: `(${selects.map((s) => s.sql).join(' UNION ALL ')}) r`,
    params: selects.flatMap((s) => s.params),
  };
}

/** The coarsest grain that answers a filter exactly, with its rows; null when none does. */
export function coarsestRollup(filter: EventFilter, options?: RollupOptions): Where | null {
  return rollupRows(filter, 4, options) ?? rollupRows(filter, 7, options);
}
