/**
 * Vocabularies of the times stage, as data. Every list is built through `words()`, which refuses
 * empty or blank entries: an empty alternative in a pattern would match everywhere.
 */

export function words(group: string, list: readonly string[]): readonly string[] {
  for (const item of list) {
    if (item.trim() === '' || item !== item.trim()) {
      throw new Error(`times vocabulary ${group}: bad entry ${JSON.stringify(item)}`);
    }
  }
  if (list.length === 0) throw new Error(`times vocabulary ${group}: empty`);
  return list;
}

/** A regex alternation of the entries, longest first so `sept` wins over `sep`. */
export function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Full month names, January first. Matched capitalised only. */
// biome-ignore format: a word list reads better packed
export const MONTH_NAMES = words('months', [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
]);

/** Month names and their abbreviations ("Dec", "Dec.", "Sept."), each with its number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i) => {
    const abbr = name.slice(0, 3);
    const extra = name === 'September' ? ['Sept.', 'Sept'] : [];
    const short = name.length > 3 ? [abbr, `${abbr}.`] : [];
    return [name, ...short, ...extra].map((w) => [w, i + 1] as [string, number]);
  }),
);

/** Month names that are also common words: a bare one needs a preposition or modifier before it. */
export const AMBIGUOUS_MONTHS = words('ambiguous months', ['May', 'March']);

/**
 * Words before a bare month name that make it a date ("in May", "since March"). Not "by": "a
 * speech by May".
 */
// biome-ignore format: a word list reads better packed
export const MONTH_LEADS = words('month leads', [
  'in', 'since', 'until', 'till', 'of', 'from', 'through', 'during', 'early', 'late', 'mid',
  'last', 'next', 'this', 'before', 'after', 'end', 'between', 'and', 'to',
]);

/** Modifiers kept inside a month or year expression; they do not change its precision. */
export const MONTH_PARTS = words('month parts', ['early', 'mid', 'late']);

/** Weekday names (Sunday = 0, as `Date.getUTCDay`). Matched capitalised only. */
// biome-ignore format: a word list reads better packed
export const WEEKDAYS = words('weekdays', [
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
]);

/** Number words for counts of time units ("three years", "two weeks ago", "forty years"). */
// biome-ignore format: a table reads better packed
export const NUMBER_WORDS: ReadonlyMap<string, number> = table('number words', [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A number in words as a regex source without groups: "four", "twenty-four", "twenty four". */
export const NUMBER_WORD = `(?:${alternation(TENS_WORDS)})[\\s-](?:${alternation(UNIT_WORDS)})\\b|${alternation([...NUMBER_WORDS.keys()])}`;

/** The value of a number in words ("twenty-four" is 24); NaN when it is none. */
export function numberWordValue(phrase: string): number {
  const parts = phrase.toLowerCase().split(/[\s-]+/);
  let sum = 0;
  for (const part of parts) {
    const value = NUMBER_WORDS.get(part);
    if (value === undefined) return Number.NaN;
    sum += value;
  }
  return sum;
}

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'hour' | 'minute';

/** Time unit words (singular) with their ISO 8601 duration designator and length. */
export const UNITS: ReadonlyMap<string, { unit: Unit; designator: string; times: number }> =
  new Map([
    ['minute', { unit: 'minute', designator: 'M', times: 1 }],
    ['hour', { unit: 'hour', designator: 'H', times: 1 }],
    ['day', { unit: 'day', designator: 'D', times: 1 }],
    ['week', { unit: 'week', designator: 'W', times: 1 }],
    ['month', { unit: 'month', designator: 'M', times: 1 }],
    ['year', { unit: 'year', designator: 'Y', times: 1 }],
    ['decade', { unit: 'decade', designator: 'Y', times: 10 }],
  ]);

export function table<V>(
  group: string,
  entries: ReadonlyArray<readonly [string, V]>,
): ReadonlyMap<string, V> {
  words(
    group,
    entries.map(([key]) => key),
  );
  return new Map(entries);
}

/**
 * Relative cues before "week|month|year", with the shift they mean ("last month" = -1). Not "past"
 * or "previous": "the past year" is a duration, "the previous year" is relative to another event.
 */
// biome-ignore format: a table reads better packed
export const SHIFT_CUES = table('shift cues', [
  ['earlier this', 0], ['later this', 0], ['early this', 0], ['this', 0],
  ['last', -1], ['next', 1], ['coming', 1],
]);

/** Single words naming a day relative to the reference. */
// biome-ignore format: a table reads better packed
export const DAY_WORDS = table('day words', [
  ['yesterday', -1], ['today', 0], ['tonight', 0], ['tomorrow', 1],
]);

/** Recurrence words with their ISO 8601 period (TIMEX3 SET values); matched lowercase only. */
// biome-ignore format: a table reads better packed
export const SET_WORDS = table('set words', [
  ['annually', 'P1Y'], ['yearly', 'P1Y'], ['monthly', 'P1M'], ['weekly', 'P1W'], ['daily', 'P1D'],
  ['hourly', 'PT1H'],
]);
/** Words before a unit that make a recurrence ("every year", "each month"). */
export const SET_LEADS = words('set leads', ['every', 'each']);

/** Cues that bound a span at the date after them: "until 2030" runs from the reference to 2030. */
export const UNTIL_CUES = words('until cues', ['until', 'till', 'through', 'by', 'up to']);
/** Cues that open a span at the date after them: "since 2019" runs from 2019 to the reference. */
export const SINCE_CUES = words('since cues', ['since']);

/**
 * Words shortly before an expression that make it forward-looking: such dates say nothing about
 * when the article was written, so publication-date inference ignores them.
 */
// biome-ignore format: a word list reads better packed
export const FORWARD_CUES = words('forward cues', [
  'will', 'would', 'shall', "'ll", 'plan', 'plans', 'planned', 'planning', 'expected', 'expects',
  'scheduled', 'due', 'aim', 'aims', 'target', 'targets', 'goal', 'upcoming', 'forthcoming',
  'next', 'coming', 'projected', 'forecast',
]);

/** Leading words a date parser may include that are signals, not part of the expression. */
export const SIGNAL_WORDS = words('signal words', ['on', 'at', 'in', 'of', 'from']);

/** Words after a number in 1900–2099 that make it a count, not a year ("2000 troops"). */
// biome-ignore format: a word list reads better packed
export const COUNT_NOUNS = words('count nouns', [
  'people', 'persons', 'troops', 'soldiers', 'men', 'women', 'children', 'units', 'tonnes', 'tons',
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'kg', 'pieces', 'vehicles',
  'tanks', 'aircraft', 'jets', 'missiles', 'dollars', 'rupees', 'euros', 'workers', 'jobs',
  'cases', 'deaths', 'votes', 'seats', 'members', 'homes', 'houses', 'acres', 'hectares',
  'crore', 'lakh', 'million', 'billion', 'mw', 'gw', 'mt', 'barrels', 'points', 'shares',
  'hrs', 'hours', 'gmt', 'utc', 'ist', 'est',
]);
