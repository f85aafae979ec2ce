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
import { ANY_NUMBER, anchored, matchesAt, WordStarts } from './word-starts.js';

const YEAR = '(?:19|20)\\d\\d';
const PART = `(?:(?:${alternation(MONTH_PARTS)})[- ]?)`;
// Years, spans and decades start at their number or at a month part ("mid-1990s").
// Not a digit run, an amount, a score or a date part around it ("$2000", "2+2", "12/2021", "2021.5").
// The word boundary is tested before the look-behind (both hold at one position, so the order
// does not change the matches): it fails cheaply inside words, where most positions are.
const YEAR_ALONE = anchored(
  new RegExp(
    `\\b(?<![\\d$€£#.,/+:]|\\d[-–])(${PART})?(${YEAR})\\b(?![%\\d]|[.,/:]\\d|[-–]\\d|s\\b|'s\\b)`,
    'gi',
  ),
  [...MONTH_PARTS, ANY_NUMBER],
);
const YEAR_SPAN = anchored(
  new RegExp(
    `\\b(?<![\\d$€£#.,/+])(${YEAR})\\s?[-–]\\s?(${YEAR}|\\d\\d)\\b(?![%\\d]|[.,/:]\\d)`,
    'g',
  ),
  [ANY_NUMBER],
);
const DECADE = anchored(new RegExp(`\\b(${PART})?((?:19|20)\\d)0s\\b`, 'gi'), [
  ...MONTH_PARTS,
  ANY_NUMBER,
]);
// Every decade ends in "0s" (same flags): texts without it skip DECADE.
const HAS_DECADE = /0s/i;
const MONTH = anchored(
  new RegExp(
    `\\b(${PART})?(${alternation(MONTH_NAMES)})\\b(?:,?\\s+(?:of\\s+)?(${YEAR}|${SPELLED_YEAR})\\b)?`,
    'gi',
  ),
  [...MONTH_PARTS, ...MONTH_NAMES],
);
const LEAD_BEFORE = new RegExp(`\\b(?:${alternation(MONTH_LEADS)})[\\s-]+$`, 'i');
const COUNT_AFTER = new RegExp(`^\\s+(?:${alternation(COUNT_NOUNS)})\\b`, 'i');

/** Years, year spans, decades and months without a day (chrono needs a day to see a date). */
export function findAbsolute(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  for (const m of matchesAt(words, YEAR_ALONE)) {
    const end = m.index + m[0].length;
    if (COUNT_AFTER.test(text.slice(end, end + 16))) continue;
    found.push({
      start: m.index,
      end,
      type: 'DATE',
      mention: { kind: 'date', year: Number(m[2]) },
    });
  }
  for (const m of matchesAt(words, YEAR_SPAN)) {
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
  for (const m of matchesIf(words, HAS_DECADE, DECADE)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: { kind: 'decade', decade: Number(m[2]) },
    });
  }
  for (const m of matchesAt(words, MONTH)) {
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
