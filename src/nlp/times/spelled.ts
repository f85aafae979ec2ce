import type { Found } from './mention.js';
import { alternation, COUNT_NOUNS, table } from './vocabulary.js';
import { anchored, matchesAt, WordStarts } from './word-starts.js';

// "twenty-six percent", "two thousand troops": counts, not years.
const NOT_YEAR_AFTER = [...COUNT_NOUNS, 'percent', 'per', 'dollar', 'years', 'year', 'of'];

// biome-ignore format: a table reads better packed
const CENTURIES = table('spelled centuries', [
  ['eighteen', 1800], ['nineteen', 1900], ['twenty', 2000],
]);
// biome-ignore format: a table reads better packed
const TENS = table('spelled tens', [
  ['ten', 10], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
// biome-ignore format: a table reads better packed
const UNITS = table('spelled units', [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9],
]);
const TEENS = table('spelled teens', [
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

const unit = alternation([...UNITS.keys()]);
const within = `(?:${alternation([...TENS.keys()])})(?:[\\s-](?:${unit}))?|${alternation([...TEENS.keys()])}`;
/**
 * A year in words, as broadcast transcripts write them: "nineteen ninety-six", "two thousand",
 * "two thousand and one". A regex source without groups, for other patterns to embed.
 */
export const SPELLED_YEAR = `(?:${alternation([...CENTURIES.keys()])})\\s+(?:${within})|two\\s+thousand(?:\\s+and\\s+(?:${unit}|${within}))?`;

function lookup(word: string): number {
  const w = word.toLowerCase();
  return TENS.get(w) ?? UNITS.get(w) ?? TEENS.get(w) ?? 0;
}

/** The number of a year in digits or words ("1996", "nineteen ninety-six"); NaN if neither. */
export function yearNumber(phrase: string): number {
  if (/^\d+$/.test(phrase)) return Number(phrase);
  const words = phrase.toLowerCase().split(/[\s-]+/);
  if (words[0] === 'two' && words[1] === 'thousand')
    return 2000 + words.slice(2).reduce((sum, w) => sum + lookup(w), 0);
  const century = CENTURIES.get(words[0] ?? '');
  if (century === undefined) return Number.NaN;
  return century + words.slice(1).reduce((sum, w) => sum + lookup(w), 0);
}

// "the year two thousand", "in nineteen ninety-one"; "two thousand" alone needs "the year" or a
// preposition and no noun after it ("two thousand troops").
const SPELLED = anchored(
  new RegExp(
    `\\b(?:the\\s+year\\s+)?(${SPELLED_YEAR})\\b(?![\\s-]+(?:${alternation(NOT_YEAR_AFTER)})\\b)`,
    'gi',
  ),
  ['the year', ...CENTURIES.keys(), 'two'],
);
const LEAD = /\b(?:in|by|since|until|of|from|to|year)\s+$/i;

/** Years written in words. */
export function findSpelledYears(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  for (const m of matchesAt(words, SPELLED)) {
    const phrase = m[1] as string;
    const year = yearNumber(phrase);
    if (Number.isNaN(year)) continue;
    const plain = !/^the\s/i.test(m[0]);
    if (plain && /^two/i.test(phrase) && !LEAD.test(text.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      mention: { kind: 'date', year },
    });
  }
  return found;
}
