import { matchesIf } from './gate.js';
import type { Found, Mention } from './mention.js';
import { SPELLED_YEAR, yearNumber } from './spelled.js';
import { alternation } from './vocabulary.js';
import { PART_ORDINALS, PART_SHIFTS, SEASONS, YEAR_SHIFTS } from './vocabulary-periods.js';
import { ANY_NUMBER, anchored, matchesAt, WordStarts, withOptionalThe } from './word-starts.js';

const YEAR = '(?:19|20)\\d\\d';
const ORDINAL = alternation([...PART_ORDINALS.keys()]);
const YEAR_SHIFT = alternation([...YEAR_SHIFTS.keys()]);
// "the 1988 third quarter", "this year's third quarter", "the fiscal first quarter", "third-quarter",
// "the first half of 2009", "the fourth quarter of last year".
const PART = anchored(
  new RegExp(
    `\\b(?:the\\s+)?(?:(${YEAR})\\s+|(${YEAR_SHIFT})'s\\s+)?(?:fiscal\\s+)?(${ORDINAL})[\\s-]+(quarter|half)\\b(?:\\s+of\\s+(?:(?:fiscal\\s+)?(${YEAR})\\b|(${YEAR_SHIFT})\\b))?`,
    'gi',
  ),
  withOptionalThe([ANY_NUMBER, ...YEAR_SHIFTS.keys(), 'fiscal', ...PART_ORDINALS.keys()]),
);
// "the latest quarter", "this quarter", "the quarter" (news on results: the one last completed).
const BARE_PART = anchored(
  new RegExp(
    `\\b(?:the\\s+)?(?:(${alternation([...PART_SHIFTS.keys()])})\\s+)?(?:fiscal\\s+)?(quarter|period)\\b(?![\\s-]+(?:century|mile|point|percent|of\\s+(?:a|an|the|its|their|his|her)\\b))`,
    'gi',
  ),
  withOptionalThe([...PART_SHIFTS.keys(), 'fiscal', 'quarter', 'period']),
);
const SEASON = anchored(
  new RegExp(
    `\\b(?:(this|last|next|early|late|the)\\s+)?(${alternation([...SEASONS.keys()])})\\b(?:\\s+(?:of\\s+)?(${YEAR}|${SPELLED_YEAR})\\b)?`,
    'gi',
  ),
  ['this', 'last', 'next', 'early', 'late', ...withOptionalThe([...SEASONS.keys()])],
);
// "the 1988 quarter", "the 1989 period": the part of a year spoken of, in another year.
const YEAR_PERIOD = anchored(new RegExp(`\\bthe\\s+(${YEAR})\\s+(?:quarter|period)\\b`, 'gi'), [
  `the ${ANY_NUMBER}`,
]);
const FISCAL_YEAR = anchored(new RegExp(`\\bfiscal\\s+(?:year\\s+)?(${YEAR})\\b`, 'gi'), [
  'fiscal',
]);
// Words each pattern above must contain, with the same flags: a text without them skips it.
// NOTE: coupled to PART, BARE_PART and YEAR_PERIOD.
const HAS_PART_WORD = /quarter|half/i;
const HAS_QUARTER_OR_PERIOD = /quarter|period/i;
// SEASON's matches contain a season word (same flags).
const HAS_SEASON = new RegExp(alternation([...SEASONS.keys()]), 'i');

function yearShift(phrase: string | undefined): number | undefined {
  return phrase === undefined
    ? undefined
    : YEAR_SHIFTS.get(phrase.toLowerCase().replace(/\s+/g, ' '));
}

/** Quarters, halves, seasons and fiscal years: parts of a year that TIMEX3 values name (1989-Q3). */
export function findPeriods(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  const push = (m: RegExpMatchArray, mention: Mention, type: Found['type'] = 'DATE') =>
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, type, mention });
  for (const m of matchesIf(words, HAS_PART_WORD, PART)) {
    const unit = (m[4] as string).toLowerCase() === 'half' ? 'H' : 'Q';
    const ordinal = PART_ORDINALS.get((m[3] as string).toLowerCase()) ?? 0;
    const stated = m[1] ?? m[5];
    const shift = yearShift(m[2] ?? m[6]);
    // "last quarter" alone is the one before this (a shift); "the last quarter of 2009" is Q4.
    if (
      ordinal === 0 &&
      stated === undefined &&
      shift === undefined &&
      /last/i.test(m[3] as string)
    )
      continue;
    const n = ordinal === 0 ? (unit === 'Q' ? 4 : 2) : ordinal;
    if (unit === 'H' && n > 2) continue;
    const mention: Mention = { kind: 'part', unit, n };
    if (stated !== undefined) mention.year = Number(stated);
    if (shift !== undefined) mention.yearOffset = shift;
    // "the third-quarter loss": "the" belongs to the noun an adjectival part modifies.
    const adjective = /^the\s+[a-z0-9]+-(?:quarter|half)$/i.test(m[0]);
    const skip = adjective ? (/^the\s+/i.exec(m[0])?.[0].length ?? 0) : 0;
    found.push({
      start: (m.index ?? 0) + skip,
      end: (m.index ?? 0) + m[0].length,
      type: 'DATE',
      mention,
    });
  }
  for (const m of matchesIf(words, HAS_QUARTER_OR_PERIOD, BARE_PART)) {
    const cue = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    // A bare "quarter" needs "the" or a cue: "a quarter" is a fraction; "period" needs a cue
    // ("the latest period" is the latest quarter in results news, "the period" anything).
    if (cue === undefined && !/^the\s/i.test(m[0])) continue;
    if (cue === undefined && (m[2] as string).toLowerCase() === 'period') continue;
    push(m, {
      kind: 'part',
      unit: 'Q',
      offset: cue === undefined ? -1 : (PART_SHIFTS.get(cue) ?? -1),
    });
  }
  for (const m of matchesIf(words, HAS_SEASON, SEASON)) {
    const cue = m[1]?.toLowerCase();
    const year = m[3] === undefined ? undefined : yearNumber(m[3]);
    // A bare season word is often no date ("the fall of the wall"): a cue or a year is needed.
    if (year === undefined && (cue === undefined || cue === 'the')) continue;
    const season = SEASONS.get((m[2] as string).toLowerCase());
    if (season === undefined || !/^[a-z]/.test(m[2] as string)) continue;
    const relation = cue === 'last' ? -1 : cue === 'next' ? 1 : 0;
    const mention: Mention = { kind: 'season', season, relation };
    if (year !== undefined) mention.year = year;
    push(m, mention);
  }
  for (const m of matchesAt(words, FISCAL_YEAR)) push(m, { kind: 'date', year: Number(m[1]) });
  for (const m of matchesIf(words, HAS_QUARTER_OR_PERIOD, YEAR_PERIOD))
    push(m, { kind: 'anaphor', offset: 0, on: 'part', year: Number(m[1]) });
  return found;
}
