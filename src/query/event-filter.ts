import { NewsgraphError } from '../doc/errors.js';
import { MODALITIES } from '../doc/types.js';

/** Which events a query or export wants; every field optional, all given ones must hold. */
export interface EventFilter {
  /** Either side is this actor, or an actor code starting with it (`RUS` matches `RUSGOV`). */
  actor?: string;
  source?: string;
  target?: string;
  /** `IND-RUS`: source IND and target RUS, either way round. */
  dyad?: string;
  /** A CAMEO code or its prefix (`05`, `057`). */
  code?: string;
  quad?: number;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Modalities to keep, comma-separated (`asserted,intended`): leaves out denied or hypothetical acts. */
  modality?: string;
}

export interface Page {
  limit: number;
  offset: number;
}

/** A parameterised WHERE clause with `?` placeholders, the same for every engine. */
export interface Where {
  sql: string;
  params: (string | number)[];
}

const ACTOR = /^[A-Za-z]{3}(?:[A-Za-z]{3})*$/u;
const CODE = /^\d{2,4}$/u;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

function check(value: string | undefined, pattern: RegExp, name: string): string | undefined {
  if (value !== undefined && !pattern.test(value)) {
    throw new NewsgraphError('NG_E008', `--${name}`, `not a valid value: ${JSON.stringify(value)}`);
  }
  return value?.toUpperCase();
}

/**
 * Validates a filter and turns it into SQL. Values only ever travel as parameters; the patterns
 * above refuse anything that is not a code or a date before it gets that far.
 */
export function whereClause(filter: EventFilter): Where {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    parts.push(sql);
    params.push(...values);
  };
  const actor = check(filter.actor, ACTOR, 'actor');
  if (actor) add('(e.source_actor LIKE ? OR e.target_actor LIKE ?)', `${actor}%`, `${actor}%`);
  const source = check(filter.source, ACTOR, 'source');
  if (source) add('e.source_actor LIKE ?', `${source}%`);
  const target = check(filter.target, ACTOR, 'target');
  if (target) add('e.target_actor LIKE ?', `${target}%`);
  if (filter.dyad !== undefined) {
    const [left, right] = dyadSides(filter.dyad);
    add(
      '((e.source_actor LIKE ? AND e.target_actor LIKE ?) OR (e.source_actor LIKE ? AND e.target_actor LIKE ?))',
      `${left}%`,
      `${right}%`,
      `${right}%`,
      `${left}%`,
    );
  }
  const code = check(filter.code, CODE, 'code');
  if (code) add('e.code LIKE ?', `${code}%`);
  if (filter.quad !== undefined) {
    if (![1, 2, 3, 4].includes(filter.quad))
      throw new NewsgraphError('NG_E008', '--quad', '1 to 4');
    add('e.quad = ?', filter.quad);
  }
  const modalities = modalitiesOf(filter.modality);
  if (modalities.length > 0)
    add(`e.modality IN (${modalities.map(() => '?').join(', ')})`, ...modalities);
  const from = check(filter.from, DATE, 'from');
  if (from) add('e.date >= ?', from);
  // A partial `to` (2021-12) includes the whole period it names.
  const to = check(filter.to, DATE, 'to');
  if (to) add('substr(e.date, 1, ?) <= ?', to.length, to);
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function modalitiesOf(list: string | undefined): string[] {
  if (list === undefined) return [];
  const values = list.split(',').map((v) => v.trim().toLowerCase());
  const known: readonly string[] = MODALITIES;
  const bad = values.find((v) => !known.includes(v));
  if (bad !== undefined)
    throw new NewsgraphError(
      'NG_E008',
      '--modality',
      `use some of ${MODALITIES.join(', ')}, not ${JSON.stringify(bad)}`,
    );
  return values;
}

export function dyadSides(dyad: string): [string, string] {
  const [a, b, ...rest] = dyad.split('-');
  const left = check(a, ACTOR, 'dyad');
  const right = check(b, ACTOR, 'dyad');
  if (!left || !right || rest.length > 0) {
    throw new NewsgraphError('NG_E008', '--dyad', `use AAA-BBB, not ${JSON.stringify(dyad)}`);
  }
  return [left, right];
}
