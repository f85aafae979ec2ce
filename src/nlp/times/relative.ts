import type { Found } from './mention.js';
import {
  alternation,
  DAY_WORDS,
  MONTH_NAMES,
  MONTHS,
  NUMBER_WORD,
  numberWordValue,
  SHIFT_CUES,
  UNITS,
  WEEKDAYS,
} from './vocabulary.js';
import { DURATION_MODS } from './vocabulary-periods.js';
import { anchored, matchesAt, WordStarts } from './word-starts.js';

export const COUNT = `\\d{1,3}|an?|${NUMBER_WORD}`;

export function count(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  return /^\d+$/.test(lower) ? Number(lower) : numberWordValue(lower);
}

const SHIFT = anchored(
  new RegExp(`\\b(${alternation([...SHIFT_CUES.keys()])})\\s+(week|month|year)\\b`, 'gi'),
  [...SHIFT_CUES.keys()],
);
const DAY = anchored(new RegExp(`\\b(${alternation([...DAY_WORDS.keys()])})\\b`, 'gi'), [
  ...DAY_WORDS.keys(),
]);
// "two weeks ago", "nearly four years ago" (TimeML keeps the approximator): found from the rare
// "ago" back, as a pattern led by optional words would be tried at every word of the text.
const AGO = anchored(/\bago\b/gi, ['ago']);
const AGO_BEFORE = new RegExp(
  `\\b(?:(?:${alternation(DURATION_MODS)})\\s+)?(${COUNT})[\\s-]+(day|week|month|year|decade)s?\\s+$`,
  'i',
);
const WEEKDAY = anchored(
  new RegExp(`\\b(?:(last|next|coming)\\s+)?(${alternation(WEEKDAYS)})\\b`, 'gi'),
  ['last', 'next', 'coming', ...WEEKDAYS],
);
const MONTH_RELATION = anchored(
  new RegExp(`\\b(last|next|this)\\s+(${alternation(MONTH_NAMES)})\\b`, 'gi'),
  ['last', 'next', 'this'],
);
// A weekday directly before a date ("Monday, December 6") is carried by that date.
const DATE_AFTER = new RegExp(`^,?\\s+(?:\\d|the\\s+\\d|${alternation(MONTH_NAMES)})`);

const capitalised = (word: string): boolean => /^[A-Z][a-z]/.test(word);

function startsSentence(text: string, index: number): boolean {
  return /(?:^|[.!?"“]\s*|\n\s*)$/.test(text.slice(Math.max(0, index - 4), index));
}

/** Expressions that only make sense against the reference date: "last month", "Tuesday", "today". */
export function findRelative(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  for (const m of matchesAt(words, SHIFT)) {
    const cue = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[2] as string).toLowerCase() as 'week' | 'month' | 'year';
    const offset = SHIFT_CUES.get(cue) ?? 0;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: { kind: 'shift', unit, offset },
    });
  }
  for (const m of matchesAt(words, DAY)) {
    const word = m[1] as string;
    // "India Today", "USA Today": a capitalised day word inside a name.
    if (
      capitalised(word) &&
      !startsSentence(text, m.index) &&
      /[A-Z]\w*\s$/.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      continue;
    const offset = DAY_WORDS.get(word.toLowerCase()) ?? 0;
    found.push({
      start: m.index,
      end: m.index + word.length,
      type: 'DATE',
      mention: { kind: 'shift', unit: 'day', offset },
    });
  }
  for (const ago of matchesAt(words, AGO)) {
    const window = text.slice(Math.max(0, ago.index - 60), ago.index);
    const m = AGO_BEFORE.exec(window);
    if (!m) continue;
    const unit = (m[2] as string).toLowerCase();
    const n = count(m[1] as string) * (UNITS.get(unit)?.times ?? 1);
    found.push({
      start: ago.index - window.length + m.index,
      end: ago.index + ago[0].length,
      type: 'DATE',
      mention: {
        kind: 'shift',
        unit: unit === 'decade' ? 'year' : (unit as 'day' | 'week' | 'month' | 'year'),
        offset: -n,
      },
    });
  }
  for (const m of matchesAt(words, WEEKDAY)) {
    const name = m[2] as string;
    const weekday = WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase());
    if (!capitalised(name) || weekday < 0) continue;
    if (DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    const cue = m[1]?.toLowerCase();
    const relation = cue === 'last' ? -1 : cue === undefined ? 0 : 1;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: { kind: 'weekday', weekday, relation },
    });
  }
  for (const m of matchesAt(words, MONTH_RELATION)) {
    const month = MONTHS.get(m[2] as string);
    if (month === undefined) continue;
    const cue = (m[1] as string).toLowerCase();
    const relation = cue === 'last' ? -1 : cue === 'this' ? 0 : 1;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: { kind: 'date', month, relation },
    });
  }
  return found;
}
