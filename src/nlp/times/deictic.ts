import { matchesIf } from './gate.js';
import type { Found } from './mention.js';
import { alternation, UNITS } from './vocabulary.js';
import {
  DAY_PARTS,
  DEICTIC_WORDS,
  PREVIOUS_YEAR,
  VAGUE_COUNTS,
  YEAR_BEFORE,
} from './vocabulary-periods.js';
import { anchored, matchesAt, WordStarts } from './word-starts.js';

const DEICTIC = anchored(new RegExp(`\\b(${alternation([...DEICTIC_WORDS.keys()])})\\b`, 'gi'), [
  ...DEICTIC_WORDS.keys(),
]);
// "now" as a conjunction or discourse word is still PRESENT_REF in TimeML; "by now", "until now"
// too. Not "now-defunct" (an adjective part).
const NOT_AFTER = /^-\w/;
const YEAR_BEFORE_RE = anchored(
  new RegExp(`\\b(?:${alternation(YEAR_BEFORE)})\\b`, 'gi'),
  YEAR_BEFORE,
);
const PREVIOUS_YEAR_RE = anchored(
  new RegExp(`\\b(?:${alternation(PREVIOUS_YEAR)})\\b`, 'gi'),
  PREVIOUS_YEAR,
);
// "a year ago" counts back from the reference, unless a quarter is the subject (results news).
const YEAR_AGO = anchored(/\b(?:a|one)\s+year\s+ago\b/gi, ['a', 'one']);
// Every phrase of YEAR_BEFORE and PREVIOUS_YEAR says "year" (a test checks it), YEAR_AGO "ago".
const HAS_YEAR = /year/i;
const HAS_AGO = /ago/i;
const UNIT_WORDS = alternation([...UNITS.keys()]);
// "several years", "a few weeks": a duration of unknown length (PXY, PXW).
const VAGUE = anchored(
  new RegExp(`\\b(?:${alternation(VAGUE_COUNTS)})\\s+(${UNIT_WORDS})s\\b`, 'gi'),
  VAGUE_COUNTS,
);
// "for years", "within weeks": the unit alone is the expression.
const PLURAL_ALONE = anchored(
  new RegExp(`\\b(?:for|in|over|within)\\s+(${UNIT_WORDS})s\\b(?!\\s+(?:of|ago)\\b)`, 'gi'),
  ['for', 'in', 'over', 'within'],
);

const PART_OF_TODAY = anchored(
  new RegExp(`\\b(this|last)\\s+(${alternation([...DAY_PARTS.keys()])})\\b`, 'gi'),
  ['this', 'last'],
);
// PART_OF_TODAY's matches name a part of the day (same flags): texts without one skip it.
const HAS_DAY_PART = new RegExp(alternation([...DAY_PARTS.keys()]), 'i');

function vagueValue(unitWord: string): string | null {
  const unit = UNITS.get(unitWord.toLowerCase());
  if (!unit) return null;
  if (unit.unit === 'hour' || unit.unit === 'minute') return `PTX${unit.designator}`;
  return unit.unit === 'decade' ? 'PXDE' : `PX${unit.designator}`;
}

/**
 * Words for the present, past or future as a whole ("now" PRESENT_REF), dates a year before the
 * previous one ("a year earlier"), and durations of unstated length ("several years" PXY).
 */
export function findDeictic(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  for (const m of matchesAt(words, DEICTIC)) {
    const end = m.index + m[0].length;
    if (NOT_AFTER.test(text.slice(end, end + 2))) continue;
    const value = DEICTIC_WORDS.get((m[1] as string).toLowerCase().replace(/\s+/g, ' '));
    if (value === undefined) continue;
    found.push({ start: m.index, end, type: 'DATE', mention: { kind: 'fixed', value } });
  }
  for (const m of matchesIf(words, HAS_YEAR, YEAR_BEFORE_RE)) {
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, type: 'DATE', mention: { kind: 'anaphor', offset: -1 } });
  }
  for (const m of matchesIf(words, HAS_AGO, YEAR_AGO)) {
    const end = m.index + m[0].length;
    found.push({
      start: m.index,
      end,
      type: 'DATE',
      mention: { kind: 'anaphor', offset: -1, on: 'part' },
    });
  }
  for (const m of matchesIf(words, HAS_YEAR, PREVIOUS_YEAR_RE)) {
    const end = m.index + m[0].length;
    found.push({
      start: m.index,
      end,
      type: 'DATE',
      mention: { kind: 'anaphor', offset: -1, precision: 'year' },
    });
  }
  for (const m of matchesAt(words, VAGUE)) {
    const value = vagueValue(m[1] as string);
    if (value === null) continue;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, type: 'DURATION', mention: { kind: 'fixed', value } });
  }
  for (const m of matchesAt(words, PLURAL_ALONE)) {
    const value = vagueValue(m[1] as string);
    if (value === null) continue;
    const end = m.index + m[0].length;
    const start = end - (m[1] as string).length - 1;
    found.push({ start, end, type: 'DURATION', mention: { kind: 'fixed', value } });
  }
  for (const m of matchesIf(words, HAS_DAY_PART, PART_OF_TODAY)) {
    const part = DAY_PARTS.get((m[2] as string).toLowerCase());
    if (part === undefined) continue;
    const offset = (m[1] as string).toLowerCase() === 'last' ? -1 : 0;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      mention: { kind: 'daypart', day: { kind: 'shift', unit: 'day', offset }, part },
    });
  }
  return found;
}
