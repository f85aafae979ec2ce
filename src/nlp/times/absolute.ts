import { matchesIf } from './gate.js';
import type { Found } from './mention.js';
import { SPELLED_YEAR, yearNumber } from './spelled.js';
import {
  AMBIGUOUS_MONTHS,
  alternation,
  COUNT_NOUNS,
  MONTH_LEADS,
  MONTH_NAMES,
  MONTH_PARTS,
  MONTHS,
} from './vocabulary.js';

const YEAR = '(?:19|20)\\d\\d';
const PART = `(?:(?:${alternation(MONTH_PARTS)})[- ]?)`;
// Not a digit run, an amount, a score or a date part around it ("$2000", "2+2", "12/2021", "2021.5").
// The word boundary is tested before the look-behind (both hold at one position, so the order
// does not change the matches): it fails cheaply inside words, where most positions are.
const YEAR_ALONE = new RegExp(
  `\\b(?<![\\d$€£#.,/+:]|\\d[-–])(${PART})?(${YEAR})\\b(?![%\\d]|[.,/:]\\d|[-–]\\d|s\\b|'s\\b)`,
  'gi',
);
const YEAR_SPAN = new RegExp(
  `\\b(?<![\\d$€£#.,/+])(${YEAR})\\s?[-–]\\s?(${YEAR}|\\d\\d)\\b(?![%\\d]|[.,/:]\\d)`,
  'g',
);
const DECADE = new RegExp(`\\b(${PART})?((?:19|20)\\d)0s\\b`, 'gi');
// Every decade ends in "0s" (same flags): texts without it skip DECADE.
const HAS_DECADE = /0s/i;
const MONTH = new RegExp(
  `\\b(${PART})?(${alternation(MONTH_NAMES)})\\b(?:,?\\s+(?:of\\s+)?(${YEAR}|${SPELLED_YEAR})\\b)?`,
  'gi',
);
const LEAD_BEFORE = new RegExp(`\\b(?:${alternation(MONTH_LEADS)})[\\s-]+$`, 'i');
const COUNT_AFTER = new RegExp(`^\\s+(?:${alternation(COUNT_NOUNS)})\\b`, 'i');

/** Years, year spans, decades and months without a day (chrono needs a day to see a date). */
export function findAbsolute(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(YEAR_ALONE)) {
    const end = m.index + m[0].length;
    if (COUNT_AFTER.test(text.slice(end, end + 16))) continue;
    found.push({
      start: m.index,
      end,
      type: 'DATE',
      mention: { kind: 'date', year: Number(m[2]) },
    });
  }
  for (const m of text.matchAll(YEAR_SPAN)) {
    const from = Number(m[1]);
    const tail = m[2] as string;
    const to = tail.length === 2 ? Math.floor(from / 100) * 100 + Number(tail) : Number(tail);
    if (to <= from) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: { kind: 'span', from: { kind: 'date', year: from }, to: { kind: 'date', year: to } },
    });
  }
  for (const m of matchesIf(text, HAS_DECADE, DECADE)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: { kind: 'decade', decade: Number(m[2]) },
    });
  }
  for (const m of text.matchAll(MONTH)) {
    const name = m[2] as string;
    const month = MONTHS.get(name);
    if (month === undefined) continue;
    const year = m[3] === undefined ? undefined : yearNumber(m[3]);
    const needsLead = year === undefined && m[1] === undefined && AMBIGUOUS_MONTHS.includes(name);
    if (needsLead && !LEAD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: year === undefined ? { kind: 'date', month } : { kind: 'date', year, month },
    });
  }
  return found;
}
