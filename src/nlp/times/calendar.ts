/**
 * The reference date (publication date) at the precision it is known: a year, a month or a day.
 * Relative expressions resolve only down to that precision.
 */
export interface Reference {
  year: number;
  month?: number;
  day?: number;
}

/** Reads the date part of an ISO 8601 value ("2021", "2021-12", "2021-12-20T08:00:00Z"). */
export function parseReference(value: string | null): Reference | null {
  const m = value === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const ref: Reference = { year: Number(m[1]) };
  if (m[2] !== undefined) ref.month = Number(m[2]);
  if (m[3] !== undefined) ref.day = Number(m[3]);
  return ref;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2021", "2021-12" or "2021-12-06", as precise as the parts given. */
export function formatDate(year: number, month?: number, day?: number): string {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatReference(ref: Reference): string {
  return formatDate(ref.year, ref.month, ref.month === undefined ? undefined : ref.day);
}

/** Month arithmetic: 2021-12 plus 1 is 2022-01. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A UTC date; months and days out of range roll over ("March 0" is the last of February). */
function utc(year: number, month: number, day: number): Date {
  // setUTCFullYear takes the whole date at once: years below 100 stay literal, and the roll-over
  // is computed in the right year (leap years included).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export function addDays(year: number, month: number, day: number, n: number): string {
  const date = utc(year, month, day + n);
  return formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Sunday = 0. */
export function weekdayOf(year: number, month: number, day: number): number {
  return utc(year, month, day).getUTCDay();
}

/** Days from the first date to the second. */
export function daysBetween(
  a: { year: number; month: number; day: number },
  b: { year: number; month: number; day: number },
): number {
  return Math.round(
    (utc(b.year, b.month, b.day).getTime() - utc(a.year, a.month, a.day).getTime()) / 86_400_000,
  );
}

/** The ISO 8601 week ("2021-W51") of a date, `weeks` weeks later. */
export function isoWeek(year: number, month: number, day: number, weeks = 0): string {
  const date = utc(year, month, day + weeks * 7);
  // ISO weeks belong to the year of their Thursday.
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const ordinal = (thursday.getTime() - utc(weekYear, 1, 1).getTime()) / 86_400_000;
  return `${pad(weekYear, 4)}-W${pad(Math.floor(ordinal / 7) + 1)}`;
}
