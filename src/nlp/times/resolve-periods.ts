import { formatDate, type Reference } from './calendar.js';
import type { Mention } from './mention.js';

/** The part ("Q3", "H1") of a year, against the reference when the year is not stated. */
export function resolvePart(m: Mention & { kind: 'part' }, ref: Reference | null): string | null {
  const size = m.unit === 'Q' ? 3 : 6;
  const count = 12 / size;
  if (m.year !== undefined && m.n !== undefined) return `${formatDate(m.year)}-${m.unit}${m.n}`;
  if (!ref) return null;
  if (m.n !== undefined) {
    const stated = m.yearOffset === undefined ? undefined : ref.year + m.yearOffset;
    // The latest such part begun by the reference.
    const begun = ref.month === undefined || (m.n - 1) * size < ref.month;
    const year = stated ?? (begun ? ref.year : ref.year - 1);
    return `${formatDate(year)}-${m.unit}${m.n}`;
  }
  if (ref.month === undefined) return null;
  const index = ref.year * count + Math.floor((ref.month - 1) / size) + (m.offset ?? 0);
  return `${formatDate(Math.floor(index / count))}-${m.unit}${(index % count) + 1}`;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function resolveSeason(
  m: Mention & { kind: 'season' },
  ref: Reference | null,
): string | null {
  if (m.year !== undefined) return `${formatDate(m.year)}-${m.season}`;
  if (!ref) return null;
  const start = SEASON_START[m.season] ?? 1;
  // "last fall" is the latest one over by the reference; "this"/bare the one of its year.
  const over = ref.month !== undefined && ref.month >= start + 3;
  const year =
    m.relation === -1 ? (over ? ref.year : ref.year - 1) : ref.year + (m.relation === 1 ? 1 : 0);
  return `${formatDate(year)}-${m.season}`;
}

const DATED = /^(\d{4})((?:-Q\d|-H\d|-\d\d(?:-\d\d)?)?)$/;

/**
 * The calendar values an anaphor can lean on: the latest quarter or half mentioned (news on
 * results compares quarters: "the year-ago quarter"), and the latest date of any precision.
 */
export interface Anchors {
  part: string | null;
  date: string | null;
}

export interface ResolveContext {
  /** The expression is stated as ahead of the reference ("will meet on Feb. 1"). */
  forward?: boolean;
  /** The tense of the expression's clause; decides before `forward` does. */
  tense?: 'past' | 'future';
  anchors?: Anchors;
}

/** Records a resolved value as an anchor for later anaphors. */
export function anchorOn(anchors: Anchors, value: string | null): void {
  if (value === null || !DATED.test(value)) return;
  anchors.date = value;
  if (/-[QH]\d$/.test(value)) anchors.part = value;
}

/** The previous date moved by whole years: 1989-Q3 a year earlier is 1988-Q3. */
export function resolveAnaphor(
  m: Mention & { kind: 'anaphor' },
  ref: Reference | null,
  anchors: Anchors | undefined,
): string | null {
  if (m.year !== undefined) {
    const part = anchors?.part ? DATED.exec(anchors.part) : null;
    return formatDate(m.year) + (part?.[2] ?? '');
  }
  const previous = (m.on === 'part' ? null : anchors?.date) ?? null;
  // "a year earlier" compares with the quarter spoken of; "that year" is the latest date's.
  const chosen = m.offset === 0 ? (previous ?? anchors?.part) : (anchors?.part ?? previous);
  const dated = chosen ? DATED.exec(chosen) : null;
  const year = dated ? Number(dated[1]) + m.offset : ref ? ref.year + m.offset : null;
  if (year === null) return null;
  if (m.month !== undefined) return formatDate(year, m.month, m.day);
  return formatDate(year) + (dated && m.precision !== 'year' ? (dated[2] ?? '') : '');
}
