import { addMonths, formatDate } from './calendar.js';
import { type Found, isDeictic, type Mention } from './mention.js';

export interface InferOptions {
  /** The analysis time: an article is not published after it. Defaults to the clock. */
  now?: Date;
}

interface Evidence {
  years: number[];
  /** Months of yearless dates, and of dated ones as `[year, month]`. */
  months: Array<[number | undefined, number]>;
}

/** Dates stated as past or present: not forward-looking, not the far end of an "until" span. */
function collect(m: Mention, into: Evidence, maxYear: number): void {
  if (m.kind === 'span') {
    collect(m.from, into, maxYear);
    collect(m.to, into, maxYear);
  } else if (m.kind === 'bound' && m.cue === 'since') {
    collect(m.bound, into, maxYear);
  } else if (m.kind === 'date' && m.relation === undefined) {
    if (m.year !== undefined && m.year > maxYear) return;
    if (m.year !== undefined) into.years.push(m.year);
    if (m.month !== undefined) into.months.push([m.year, m.month]);
  }
}

function hasShift(found: readonly Found[], unit: 'month' | 'year', offset: number): boolean {
  return found.some(
    (f) => f.mention.kind === 'shift' && f.mention.unit === unit && f.mention.offset === offset,
  );
}

/**
 * The publication date implied by the article's own expressions, at most to the month: one date
 * in the text does not say on which day the article was written. Null when there is no evidence.
 * 1. Without an expression that points at the writer's present ("this month", "December 6",
 *    "Tuesday") the text may be about any past, so nothing is inferred.
 * 2. The year is the latest one stated as past or present (not after `now`); none, nothing inferred.
 * 3. The month is the latest month named without a year, or with that year: the article was
 *    written in it or later. None, and the year alone is the answer.
 * 4. "last month" (or "last year" for a year alone) without "this month" ("this year") means the
 *    named period is the one before the article's.
 */
export function inferPublished(found: readonly Found[], options?: InferOptions): string | null {
  const now = options?.now ?? new Date();
  // 1. Evidence of the present.
  if (!found.some((f) => isDeictic(f.mention))) return null;
  const evidence: Evidence = { years: [], months: [] };
  for (const f of found) if (!f.forward) collect(f.mention, evidence, now.getUTCFullYear());
  // 2. The year.
  if (evidence.years.length === 0) return null;
  const year = evidence.years.reduce((a, b) => Math.max(a, b));
  // 3. The month.
  const months = evidence.months.filter(([y]) => y === undefined || y === year).map(([, m]) => m);
  if (months.length === 0) {
    // 4. A named year that is "last year".
    const shifted = hasShift(found, 'year', -1) && !hasShift(found, 'year', 0);
    return formatDate(shifted && year < now.getUTCFullYear() ? year + 1 : year);
  }
  let month = { year, month: months.reduce((a, b) => Math.max(a, b)) };
  // 4. A named month that is "last month".
  if (hasShift(found, 'month', -1) && !hasShift(found, 'month', 0))
    month = addMonths(year, month.month, 1);
  const value = formatDate(month.year, month.month);
  const current = formatDate(now.getUTCFullYear(), now.getUTCMonth() + 1);
  return value > current ? formatDate(year) : value;
}
