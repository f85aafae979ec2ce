import { addDays, formatDate, isoWeek, type Reference, weekdayOf } from './calendar.js';
import type { Found, Mention } from './mention.js';
import { alternation, table } from './vocabulary.js';
import { anchored, matchesAt, WordStarts } from './word-starts.js';

type Holiday = Mention & { kind: 'holiday' };
type Rule = Pick<Holiday, 'month' | 'day' | 'weekday' | 'nth'>;

/**
 * Holidays with one date wherever the news comes from, and US ones by their US names (news in
 * TimeBank is American). Not "Independence Day" or "Labour Day", whose dates differ by country.
 */
// biome-ignore format: a table reads better packed
const HOLIDAYS = table<Rule>('holidays', [
  ["New Year's Day", { month: 1, day: 1 }], ["New Year's Eve", { month: 12, day: 31 }],
  ['Christmas Day', { month: 12, day: 25 }], ['Christmas Eve', { month: 12, day: 24 }],
  ['Christmas', { month: 12, day: 25 }], ['Halloween', { month: 10, day: 31 }],
  ["Valentine's Day", { month: 2, day: 14 }], ['Veterans Day', { month: 11, day: 11 }],
  ['Thanksgiving Day', { month: 11, weekday: 4, nth: 4 }],
  ['Thanksgiving', { month: 11, weekday: 4, nth: 4 }],
  ['Memorial Day', { month: 5, weekday: 1, nth: -1 }],
  ['Martin Luther King Day', { month: 1, weekday: 1, nth: 3 }],
  // The Tuesday after the first Monday: the first Tuesday from the 2nd on.
  ['Election Day', { month: 11, day: 2, weekday: 2, nth: 1 }],
]);

// Matched from the name on, the cue checked behind it: a leading optional group would make the
// regex try every word of the text.
const HOLIDAY = anchored(
  new RegExp(
    `\\b(${alternation([...HOLIDAYS.keys()])})(?![\\w'’])(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b)?`,
    'g',
  ),
  [...HOLIDAYS.keys()],
);
const CUE_BEFORE = /\b(last|next|this)\s+$/;
const WEEKEND = anchored(/\bweekend\b(?!['’]s)/gi, ['weekend']);
const WEEKEND_CUE_BEFORE = /\b(the|this|last|next)\s+$/i;

/** Holidays ("Thanksgiving Day", "last Christmas") and weekends ("over the weekend"). */
export function findNamedDays(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  for (const m of matchesAt(words, HOLIDAY)) {
    const rule = HOLIDAYS.get(m[1] as string);
    if (!rule) continue;
    const mention: Mention = { kind: 'holiday', ...rule };
    const cue = CUE_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    if (cue) mention.relation = cue[1] === 'last' ? -1 : cue[1] === 'next' ? 1 : 0;
    if (m[2] !== undefined) mention.year = Number(m[2]);
    const start = m.index - (cue?.[0].length ?? 0);
    found.push({ start, end: m.index + m[0].length, type: 'DATE', mention });
  }
  for (const m of matchesAt(words, WEEKEND)) {
    const before = WEEKEND_CUE_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    if (!before) continue;
    const cue = (before[1] as string).toLowerCase();
    found.push({
      start: m.index - before[0].length,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: { kind: 'weekend', relation: cue === 'last' ? -1 : cue === 'next' ? 1 : 0 },
    });
  }
  return found;
}

/** The holiday's date in a year. */
export function holidayIn(m: Holiday, year: number): string {
  if (m.weekday === undefined) return formatDate(year, m.month, m.day);
  const start = m.nth === -1 ? lastDay(year, m.month) - 6 : (m.day ?? 1) + 7 * ((m.nth ?? 1) - 1);
  const shift = (m.weekday - weekdayOf(year, m.month, start) + 7) % 7;
  return formatDate(year, m.month, start + shift);
}

function lastDay(year: number, month: number): number {
  return Number(addDays(year, month + 1, 1, -1).slice(8));
}

/**
 * The ISO week of a weekend (`1990-W32-WE`): "the weekend" is the latest one begun by the
 * reference (the one just past on a weekday), or in a future clause the next; "last" and "next"
 * the one before or after that.
 */
export function resolveWeekend(
  m: Mention & { kind: 'weekend' },
  ref: Reference | null,
  future: boolean,
): string | null {
  if (ref?.month === undefined || ref.day === undefined) return null;
  const today = weekdayOf(ref.year, ref.month, ref.day);
  // Back to the latest Saturday (today if Saturday; yesterday if Sunday).
  const saturday = -((today + 1) % 7);
  const weeks = m.relation !== 0 ? m.relation : future && today !== 0 && today !== 6 ? 1 : 0;
  const date = addDays(ref.year, ref.month, ref.day, saturday + 7 * weeks);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return `${isoWeek(y, mo, d)}-WE`;
}
