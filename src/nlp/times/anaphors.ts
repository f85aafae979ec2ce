import { matchesIf } from './gate.js';
import type { Found, Mention } from './mention.js';
import { anchored, WordStarts } from './word-starts.js';

// "the year", "that year", "the fiscal year": the year of the date before it, else the reference's.
// Not "the year-earlier quarter", "the year before" (deictic.ts), "the year two thousand".
const THE_YEAR = anchored(
  /\b(?:the|that)\s+(?:same\s+)?(?:(?:full|fiscal|calendar)\s+)?year\b(?![-\s]+(?:before|earlier|ago|later|two|thousand|\d)|['’]s|-)/gi,
  ['that', 'the same', 'the full', 'the fiscal', 'the calendar', 'the year'],
);
// "the year ended June 30": a year-long period ending at the date after it (TimeML: DURATION).
const PERIOD_ENDING = /^\s+(?:that\s+)?(?:ended|ending|ends|to|through)\s+(?:[A-Z]|\d)/;
const CURRENT_YEAR = anchored(/\bthe\s+current\s+(?:fiscal\s+)?year\b(?!['’]s)/gi, ['the current']);
const FOLLOWING_YEAR = anchored(
  /\b(?:the\s+following\s+year|a\s+year\s+later|the\s+next\s+year)\b(?!['’]s)/gi,
  ['the following', 'a', 'the next'],
);
// Every pattern above says "year": texts without it skip them.
const HAS_YEAR = /year/i;

/** Years named by reference to another date: "the year", "that year", "the following year". */
export function findYearAnaphors(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  for (const m of matchesIf(words, HAS_YEAR, THE_YEAR)) {
    const end = m.index + m[0].length;
    if (PERIOD_ENDING.test(text.slice(end, end + 20))) {
      found.push({
        start: m.index,
        end,
        type: 'DURATION',
        mention: { kind: 'fixed', value: 'P1Y' },
      });
      continue;
    }
    found.push({
      start: m.index,
      end,
      type: 'DATE',
      mention: { kind: 'anaphor', offset: 0, precision: 'year' },
    });
  }
  for (const m of matchesIf(words, HAS_YEAR, CURRENT_YEAR)) {
    const end = m.index + m[0].length;
    found.push({
      start: m.index,
      end,
      type: 'DATE',
      mention: { kind: 'shift', unit: 'year', offset: 0 },
    });
  }
  for (const m of matchesIf(words, HAS_YEAR, FOLLOWING_YEAR)) {
    const end = m.index + m[0].length;
    found.push({
      start: m.index,
      end,
      type: 'DATE',
      mention: { kind: 'anaphor', offset: 1, precision: 'year' },
    });
  }
  return found;
}

/**
 * A yearless date before "of that year" ("July 25 of that year", "November of the same year")
 * is one expression in the year the anaphor names. Expects `found` in text order, no overlaps.
 */
export function joinOfThatYear(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    const next = found[i + 1];
    const date = f.mention;
    const year = next?.mention;
    if (
      date.kind === 'date' &&
      date.month !== undefined &&
      date.year === undefined &&
      date.hour === undefined &&
      year?.kind === 'anaphor' &&
      year.offset === 0 &&
      year.month === undefined &&
      next &&
      /^\s+of\s+$/.test(text.slice(f.end, next.start))
    ) {
      const mention: Mention = { ...year, month: date.month };
      if (date.day !== undefined) mention.day = date.day;
      out.push({ start: f.start, end: next.end, type: 'DATE', mention });
      i++;
      continue;
    }
    out.push(f);
  }
  return out;
}
