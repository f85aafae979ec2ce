import {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  formatReference,
  isoWeek,
  type Reference,
  weekdayOf,
} from './calendar.js';
import type { Mention } from './mention.js';
import { holidayIn, resolveWeekend } from './named-days.js';
import {
  type ResolveContext,
  resolveAnaphor,
  resolvePart,
  resolveSeason,
} from './resolve-periods.js';

export { type Anchors, anchorOn, type ResolveContext } from './resolve-periods.js';

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');
// Past dates are the rule in news; a yearless date further ahead than this is last year's.
const MAX_DAYS_AHEAD = 183;
const MAX_MONTHS_AHEAD = 6;
const PAST_DAYS_AHEAD = 62;
const PAST_MONTHS_AHEAD = 2;

function clock(hour: number, minute = 0, offset?: number): string {
  const zone =
    offset === undefined
      ? ''
      : offset === 0
        ? 'Z'
        : `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `T${pad(hour)}:${pad(minute)}${zone}`;
}

type Direction = 'past' | 'future' | undefined;

/** The direction a context states: its clause's tense, else a forward-looking cue. */
function directionOf(context: ResolveContext): Direction {
  return context.tense ?? (context.forward ? 'future' : undefined);
}

/**
 * The year of a yearless month (and day), as near the reference as news usually means: ahead when
 * its clause is future ("will meet on Feb. 1"), not after the reference when past, else the
 * reference's year unless that puts it more than ~6 months ahead.
 */
function yearOf(
  month: number,
  day: number | undefined,
  relation: -1 | 0 | 1 | undefined,
  direction: Direction,
  ref: Reference,
): number | null {
  if (ref.month === undefined) return relation === undefined ? ref.year : null;
  if (relation === -1) return month < ref.month ? ref.year : ref.year - 1;
  if (relation === 1) return month > ref.month ? ref.year : ref.year + 1;
  if (relation === 0) return ref.year;
  const fromReference =
    day !== undefined && ref.day !== undefined
      ? daysBetween(
          { year: ref.year, month: ref.month, day: ref.day },
          { year: ref.year, month, day },
        )
      : null;
  // Stated as ahead ("will meet on Feb. 1"): the next such date, the reference's own included.
  if (direction === 'future') {
    const passed = fromReference !== null ? fromReference < 0 : month < ref.month;
    return passed ? ref.year + 1 : ref.year;
  }
  // Stated as past ("met on Oct. 23"), a date well ahead is last year's; a date just ahead is
  // more often a deadline in another clause ("ruled that he must return by Jan. 14").
  const [maxDays, maxMonths] =
    direction === 'past'
      ? [PAST_DAYS_AHEAD, PAST_MONTHS_AHEAD]
      : [MAX_DAYS_AHEAD, MAX_MONTHS_AHEAD];
  const ahead = fromReference !== null ? fromReference > maxDays : month - ref.month > maxMonths;
  return ahead ? ref.year - 1 : ref.year;
}

function resolveDate(
  m: Mention & { kind: 'date' },
  ref: Reference | null,
  direction: Direction,
): string | null {
  const time = m.hour === undefined ? '' : clock(m.hour, m.minute, m.offset);
  if (m.month === undefined) {
    if (m.year !== undefined) return formatDate(m.year);
    if (m.hour === undefined) return null;
    return ref?.day !== undefined && ref.month !== undefined
      ? formatDate(ref.year, ref.month, ref.day) + time
      : time;
  }
  const year = m.year ?? (ref ? yearOf(m.month, m.day, m.relation, direction, ref) : null);
  if (year === null) return null;
  return formatDate(year, m.month, m.day) + (m.day === undefined ? '' : time);
}

function resolveShift(m: Mention & { kind: 'shift' }, ref: Reference | null): string | null {
  if (!ref) return null;
  if (m.unit === 'year') return formatDate(ref.year + m.offset);
  if (ref.month === undefined) return null;
  if (m.unit === 'month') {
    const { year, month } = addMonths(ref.year, ref.month, m.offset);
    return formatDate(year, month);
  }
  if (ref.day === undefined) return null;
  return m.unit === 'week'
    ? isoWeek(ref.year, ref.month, ref.day, m.offset)
    : addDays(ref.year, ref.month, ref.day, m.offset);
}

/** A bare weekday is the latest one (today included), or in a future clause the next one. */
function resolveWeekday(
  m: Mention & { kind: 'weekday' },
  ref: Reference | null,
  direction: Direction,
): string | null {
  if (ref?.month === undefined || ref.day === undefined) return null;
  const today = weekdayOf(ref.year, ref.month, ref.day);
  const back = (today - m.weekday + 7) % 7;
  const ahead = (m.weekday - today + 7) % 7;
  let shift = direction === 'future' ? ahead : -back;
  if (m.relation === -1) shift = -(back || 7);
  else if (m.relation === 1) shift = ahead || 7;
  return addDays(ref.year, ref.month, ref.day, shift);
}

/** A holiday in the year a date in its month would get ("Thanksgiving" said in January: November's). */
function resolveHoliday(
  m: Mention & { kind: 'holiday' },
  ref: Reference | null,
  context: ResolveContext,
): string | null {
  if (m.year !== undefined) return holidayIn(m, m.year);
  const date: Mention & { kind: 'date' } = { kind: 'date', month: m.month, day: m.day ?? 15 };
  if (m.relation !== undefined) date.relation = m.relation;
  const resolved = resolveDate(date, ref, directionOf(context));
  return resolved === null ? null : holidayIn(m, Number(resolved.slice(0, 4)));
}

/** Compares ISO values at their common precision. */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * The ISO 8601 value of a mention against the reference (null when it needs more precision than
 * the reference has). Spans are intervals `start/end`; "until X" runs from the reference to X and
 * "since X" from X to the reference, with an open end `..` (ISO 8601-2) when there is no reference
 * or the bound lies on the wrong side of it.
 */
export function resolve(
  m: Mention,
  ref: Reference | null,
  context: ResolveContext = {},
): string | null {
  switch (m.kind) {
    case 'part':
      return resolvePart(m, ref);
    case 'season':
      return resolveSeason(m, ref);
    case 'daypart': {
      const day = resolve(m.day, ref, context);
      return day === null || !/^\d{4}-\d\d-\d\d$/.test(day) ? null : `${day}T${m.part}`;
    }
    case 'holiday':
      return resolveHoliday(m, ref, context);
    case 'weekend':
      return resolveWeekend(m, ref, directionOf(context) === 'future');
    case 'clock': {
      const day = resolve(m.day, ref, context);
      return day === null || !/^\d{4}-\d\d-\d\d$/.test(day)
        ? null
        : day + clock(m.hour, m.minute, m.offset);
    }
    case 'anaphor':
      return resolveAnaphor(m, ref, context.anchors);
    case 'date':
      return resolveDate(m, ref, directionOf(context));
    case 'decade':
      return `${m.decade}X`;
    case 'shift':
      return resolveShift(m, ref);
    case 'weekday':
      return resolveWeekday(m, ref, directionOf(context));
    case 'fixed':
      return m.value;
    case 'span': {
      const from = resolve(m.from, ref, context);
      const to = resolve(m.to, ref, context);
      return from === null || to === null ? null : `${from}/${to}`;
    }
    case 'bound': {
      const bound = resolve(m.bound, ref, context);
      if (bound === null) return null;
      const now = ref ? formatReference(ref) : null;
      if (m.cue === 'until')
        return now !== null && !before(bound, now) ? `${now}/${bound}` : `../${bound}`;
      return now !== null && !before(now, bound) ? `${bound}/${now}` : `${bound}/..`;
    }
  }
}
