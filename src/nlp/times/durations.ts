import type { Found } from './mention.js';
import { COUNT, count } from './relative.js';
import {
  alternation,
  MONTH_NAMES,
  NUMBER_WORD,
  NUMBER_WORDS,
  SET_LEADS,
  SET_WORDS,
  UNITS,
  WEEKDAYS,
} from './vocabulary.js';
import { ARTICLE_DURATION_LEADS } from './vocabulary-periods.js';
import { ANY_NUMBER, anchored, matchesAt, WordStarts } from './word-starts.js';

const UNIT = `(${alternation([...UNITS.keys()])})s?`;
const NUMBER = `\\d{1,3}|${NUMBER_WORD}`;
// "three years", "24-hour"; "a year" only after a word that makes it a length ("for a year",
// "within a week", "nearly an hour"), else "a year which…" or "$5 a year" would count.
// "2 1/2 years", "two and a half hours": a half more (P2Y6M). The word boundary both branches
// start with is tested once, before them.
const DURATION = anchored(
  new RegExp(
    `\\b(?:(?:${alternation(ARTICLE_DURATION_LEADS)})\\s+(an?|one)|(${NUMBER}))(\\s+1/2|\\s+and\\s+a\\s+half|-and-a-half)?[\\s-]+${UNIT}\\b(?![\\s-]+ago\\b)`,
    'gid',
  ),
  [...ARTICLE_DURATION_LEADS, ...NUMBER_WORDS.keys(), ANY_NUMBER],
);
// "the past year", "the last two months": a stretch ending at the reference, given as its length.
const STRETCH = anchored(
  new RegExp(`\\bthe\\s+(?:past|last)\\s+(?:(${COUNT})\\s+)?${UNIT}\\b`, 'gi'),
  ['the past', 'the last'],
);
const EVERY = anchored(
  new RegExp(`\\b(?:${alternation(SET_LEADS)})\\s+(?:(other|${NUMBER})\\s+)?${UNIT}\\b`, 'gi'),
  SET_LEADS,
);
// "each Thursday" (XXXX-WXX-4), "every July" (XXXX-07).
const EVERY_NAMED = anchored(
  new RegExp(
    `\\b(?:${alternation(SET_LEADS)})\\s+(${alternation(WEEKDAYS)}|${alternation(MONTH_NAMES)})\\b`,
    'g',
  ),
  SET_LEADS,
);
const SET_WORD = anchored(new RegExp(`\\b(${alternation([...SET_WORDS.keys()])})\\b`, 'g'), [
  ...SET_WORDS.keys(),
]);

// Half of each unit in the next smaller one: "2 1/2 years" is P2Y6M.
const HALVES: Record<string, string> = {
  year: '6M',
  month: '15D',
  day: 'T12H',
  hour: '30M',
  minute: '30S',
};

function period(n: number, unitWord: string, half = false): string | null {
  const unit = UNITS.get(unitWord.toLowerCase());
  if (!unit || !Number.isFinite(n) || n <= 0) return null;
  const amount = n * unit.times;
  const clock = unit.unit === 'hour' || unit.unit === 'minute';
  const whole = clock ? `PT${amount}${unit.designator}` : `P${amount}${unit.designator}`;
  if (!half) return whole;
  const rest = unit.times === 1 ? HALVES[unit.unit] : undefined;
  return rest === undefined ? null : whole + rest;
}

/** TIMEX3 SET values of a named day or month: Monday is XXXX-WXX-1, July XXXX-07. */
function namedSet(name: string): string | null {
  const weekday = WEEKDAYS.indexOf(name);
  if (weekday >= 0) return `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
  const month = MONTH_NAMES.indexOf(name);
  return month >= 0 ? `XXXX-${String(month + 1).padStart(2, '0')}` : null;
}

/** DURATION ("three years" → P3Y) and SET ("every year" → P1Y) expressions; no reference needed. */
export function findDurations(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  for (const m of matchesAt(words, DURATION)) {
    const value = period(count((m[1] ?? m[2]) as string), m[4] as string, m[3] !== undefined);
    if (value === null) continue;
    // The "for" of "for a year" is a signal, not part of the expression (approximators such as
    // "nearly" are put back by the extent rules).
    const start = m.indices?.[1]?.[0] ?? m.index;
    found.push({
      start,
      end: m.index + m[0].length,
      type: 'DURATION',
      mention: { kind: 'fixed', value },
    });
  }
  for (const m of matchesAt(words, STRETCH)) {
    const value = period(m[1] === undefined ? 1 : count(m[1]), m[2] as string);
    if (value === null) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DURATION',
      mention: { kind: 'fixed', value },
    });
  }
  for (const m of matchesAt(words, EVERY)) {
    const n = m[1] === undefined ? 1 : m[1].toLowerCase() === 'other' ? 2 : count(m[1]);
    const value = period(n, m[2] as string);
    if (value === null) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'SET',
      mention: { kind: 'fixed', value },
    });
  }
  for (const m of matchesAt(words, EVERY_NAMED)) {
    const value = namedSet(m[1] as string);
    if (value === null) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'SET',
      mention: { kind: 'fixed', value },
    });
  }
  for (const m of matchesAt(words, SET_WORD)) {
    const value = SET_WORDS.get(m[1] as string);
    if (value === undefined) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'SET',
      mention: { kind: 'fixed', value },
    });
  }
  return found;
}
