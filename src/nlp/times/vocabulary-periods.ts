/**
 * Vocabularies for parts of years and days, deictic words and extent conventions (TimeML 1.2.1
 * guidelines, as annotated in TimeBank and AQUAINT). Built through `words()`/`table()`, which refuse
 * empty entries.
 */
import { table, words } from './vocabulary.js';

/** Ordinals of quarters and halves ("the third quarter", "the final quarter" is the fourth). */
// biome-ignore format: a table reads better packed
export const PART_ORDINALS = table('part ordinals', [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3],
  ['4th', 4], ['final', 0], ['last', 0],
]);

/** Cues before a bare "quarter"/"half", with the parts they count from the reference's own. */
// biome-ignore format: a table reads better packed
export const PART_SHIFTS = table('part shifts', [
  ['latest', -1], ['past', -1], ['previous', -1], ['last', -1], ['recent', -1],
  ['most recent', -1], ['current', 0], ['this', 0], ['next', 1], ['coming', 1],
]);

/** Year phrases that place a part or season: "this year's", "of last year". */
// biome-ignore format: a table reads better packed
export const YEAR_SHIFTS = table('year shifts', [
  ['this year', 0], ['last year', -1], ['next year', 1], ['the current year', 0],
]);

/** Season words (lowercase) and their TIMEX3 tokens. */
// biome-ignore format: a table reads better packed
export const SEASONS = table('seasons', [
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
] as const);

/** Parts of a day and their TIMEX3 tokens. */
// biome-ignore format: a table reads better packed
export const DAY_PARTS = table('day parts', [
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
] as const);

/** Words for the present, past and future as a whole (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF). */
// biome-ignore format: a table reads better packed
export const DEICTIC_WORDS = table('deictic words', [
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['at present', 'PRESENT_REF'], ['the time being', 'PRESENT_REF'], ['these days', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['the past', 'PAST_REF'], ['recent years', 'PAST_REF'],
  ['the future', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'],
  ['the near term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'], ['the short term', 'FUTURE_REF'],
]);

/** Phrases for the same date a year before the one just mentioned ("a year earlier"). */
// biome-ignore format: a word list reads better packed
export const YEAR_BEFORE = words('year before', [
  'a year earlier', 'a year before', 'year-earlier', 'year-ago', 'the year-earlier period',
  'the year-ago period', 'the year-earlier quarter', 'the year-ago quarter', 'the year-before quarter',
  'the same period a year earlier', 'the same period a year ago', 'the same period last year',
  'the same quarter last year', 'the same quarter a year earlier', 'the corresponding period last year',
  "last year's quarter", "last year's period",
]);
/** Phrases for the year before the one just mentioned. */
export const PREVIOUS_YEAR = words('previous year', [
  'the previous year',
  'the year before',
  'the prior year',
]);

/** Approximators TimeML keeps inside a duration's extent ("nearly five months"). */
// biome-ignore format: a word list reads better packed
export const DURATION_MODS = words('duration mods', [
  'nearly', 'almost', 'about', 'approximately', 'roughly', 'more than', 'less than', 'fewer than',
  'at least', 'at most', 'up to',
]);
/** Words before "a"/"one" that make "a week" a length ("within a week", "nearly an hour"). */
// biome-ignore format: a word list reads better packed
export const ARTICLE_DURATION_LEADS = words('article duration leads', [
  'for', 'within', 'barely', 'nearly', 'almost', 'about', 'over', 'than', 'as long as', 'only',
  'just', 'under', 'in less than',
]);
/** Words between "the" and a duration that TimeML keeps in its extent ("the first nine months"). */
// biome-ignore format: a word list reads better packed
export const DURATION_LEADS = words('duration leads', [
  'first', 'last', 'past', 'next', 'latest', 'previous', 'coming', 'following', 'final', 'initial',
  'remaining', 'same',
]);
/** "the end of 1990": phrases TimeML keeps in a date's extent (recorded as its mod). */
// biome-ignore format: a word list reads better packed
export const POINT_LEADS = words('point leads', [
  'the end of', 'the beginning of', 'the start of', 'the middle of', 'the close of', 'the rest of',
  'the turn of', 'earlier in', 'later in', 'early in', 'late in',
]);
/** Vague counts of a unit: "several years" is PXY, "recent months" PXM. */
// biome-ignore format: a word list reads better packed
export const VAGUE_COUNTS = words('vague counts', [
  'several', 'many', 'a few', 'few', 'some', 'recent', 'coming',
]);
