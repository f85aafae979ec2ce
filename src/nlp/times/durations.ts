import type { Found } from './mention.js';
import { COUNT, count } from './relative.js';
import { alternation, NUMBER_WORDS, SET_LEADS, SET_WORDS, UNITS } from './vocabulary.js';

const UNIT = `(${alternation([...UNITS.keys()])})s?`;
const NUMBER = `\\d{1,3}|${alternation([...NUMBER_WORDS.keys()])}`;
// "three years", "24-hour"; "a year" only after "for" ("for a year"), else "a year which…" would count.
const DURATION = new RegExp(
  `(?:\\bfor\\s+(an?)|\\b(${NUMBER}))[\\s-]+${UNIT}\\b(?![\\s-]+ago\\b)`,
  'gi',
);
// "the past year", "the last two months": a stretch ending at the reference, given as its length.
const STRETCH = new RegExp(`\\bthe\\s+(?:past|last)\\s+(?:(${COUNT})\\s+)?${UNIT}\\b`, 'gi');
const EVERY = new RegExp(
  `\\b(?:${alternation(SET_LEADS)})\\s+(?:(other|${NUMBER})\\s+)?${UNIT}\\b`,
  'gi',
);
const SET_WORD = new RegExp(`\\b(${alternation([...SET_WORDS.keys()])})\\b`, 'g');

function period(n: number, unitWord: string): string | null {
  const unit = UNITS.get(unitWord.toLowerCase());
  if (!unit || !Number.isFinite(n) || n <= 0) return null;
  const amount = n * unit.times;
  const clock = unit.unit === 'hour' || unit.unit === 'minute';
  return clock ? `PT${amount}${unit.designator}` : `P${amount}${unit.designator}`;
}

/** DURATION ("three years" → P3Y) and SET ("every year" → P1Y) expressions; no reference needed. */
export function findDurations(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(DURATION)) {
    const value = period(count((m[1] ?? m[2]) as string), m[3] as string);
    if (value === null) continue;
    // The "for" of "for a year" is a signal, not part of the expression.
    const start = m[1] === undefined ? m.index : m.index + m[0].indexOf(m[1]);
    found.push({
      start,
      end: m.index + m[0].length,
      type: 'DURATION',
      mention: { kind: 'fixed', value },
    });
  }
  for (const m of text.matchAll(STRETCH)) {
    const value = period(m[1] === undefined ? 1 : count(m[1]), m[2] as string);
    if (value === null) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DURATION',
      mention: { kind: 'fixed', value },
    });
  }
  for (const m of text.matchAll(EVERY)) {
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
  for (const m of text.matchAll(SET_WORD)) {
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
