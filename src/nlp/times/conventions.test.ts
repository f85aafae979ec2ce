import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { createTimes, type TimesOptions } from './index.js';

function analyse(text: string, reference: string, options?: TimesOptions): Doc {
  const doc = new Doc(text, { published: { value: reference, source: 'given' } });
  createTimes({ now: new Date(Date.UTC(2025, 0, 1)), ...options }).run(doc);
  return doc;
}

// [text, reference, expected expression text, expected type, expected value]
type Row = [string, string, string, string, string | null];

// Issue 7: the direction of a weekday or yearless date follows its clause's tense.
// biome-ignore format: a table reads better one row a line
const TENSE: Row[] = [
  ['The king met Bush on Tuesday.', '2000-04-03', 'Tuesday', 'DATE', '2000-03-28'],
  ['The group might come as soon as Tuesday.', '2000-04-03', 'Tuesday', 'DATE', '2000-04-04'],
  ['The reduced dividend is payable Jan. 2.', '1989-11-02', 'Jan. 2', 'DATE', '1990-01-02'],
  ['The doctor was shot on Oct. 23 in his kitchen.', '1999-05-05', 'Oct. 23', 'DATE', '1998-10-23'],
  ['He ruled that the boy must return by Jan. 14.', '2000-01-06', 'Jan. 14', 'DATE', '2000-01-14'],
];

// Issue 7: TIMEX3 values and extents of expressions the stage did not know.
// biome-ignore format: a table reads better one row a line
const CONVENTIONS: Row[] = [
  ['The relatives will sign at 9 a.m. Tuesday.', '2000-04-03', '9 a.m. Tuesday', 'TIME', '2000-04-04T09:00'],
  ['He was taken at noon Thursday.', '1998-02-13', 'noon Thursday', 'TIME', '1998-02-12T12:00'],
  ['Net income for the year ended June 30 rose.', '1989-10-26', 'the year', 'DURATION', 'P1Y'],
  ['Net rose in the third quarter. For the year, sales fell.', '1989-10-26', 'the year', 'DATE', '1989'],
  ['The plant opened in 1985 and closed later that year.', '1998-02-13', 'later that year', 'DATE', '1985'],
  ['The deal was signed in nineteen ninety-six.', '1998-02-27', 'nineteen ninety-six', 'DATE', '1996'],
  ['It happened in January nineteen ninety-seven.', '1998-02-27', 'January nineteen ninety-seven', 'DATE', '1997-01'],
  ['Goals for the year two thousand were set.', '1998-02-27', 'the year two thousand', 'DATE', '2000'],
  ['Officials met over the weekend.', '1990-08-13', 'the weekend', 'DATE', '1990-W32-WE'],
  ['The boy was found on Thanksgiving Day.', '2000-01-07', 'Thanksgiving Day', 'DATE', '1999-11-25'],
  ['Voters go to the polls on Election Day.', '1998-10-26', 'Election Day', 'DATE', '1998-11-03'],
  ['Iraq must withdraw within a week.', '1991-02-23', 'a week', 'DURATION', 'P1W'],
  ['The strike lasted 2 1/2 years.', '1998-02-27', '2 1/2 years', 'DURATION', 'P2Y6M'],
  ['The flights leave each Thursday.', '1998-02-13', 'each Thursday', 'SET', 'XXXX-WXX-4'],
  ['The fair opens each July.', '1998-03-22', 'each July', 'SET', 'XXXX-07'],
  ['The rebels left almost four years ago.', '1999-02-16', 'almost four years ago', 'DATE', '1995'],
  ['Prices fell in recent months.', '1989-10-26', 'recent months', 'DURATION', 'PXM'],
  ['The war began in 1914. On July 25 of that year, troops moved.', '2009-12-19', 'July 25 of that year', 'DATE', '1914-07-25'],
  ['The army crossed the river on Christmas 1776.', '2009-12-19', 'Christmas 1776', 'DATE', '1776-12-25'],
  ['Net rose 5% in the third quarter. Sales in the latest period were flat.', '1989-11-01', 'the latest period', 'DATE', '1989-Q3'],
  ['Net rose in the third quarter, above the 1988 quarter.', '1989-11-01', 'the 1988 quarter', 'DATE', '1988-Q3'],
  ['The treaty has held for nearly forty years.', '1998-01-20', 'nearly forty years', 'DURATION', 'P40Y'],
  ['Deaths rose in the last twenty-four hours.', '1998-01-20', 'the last twenty-four hours', 'DURATION', 'PT24H'],
  ['The index rose 5 p.m. EST, Nov. 6.', '1989-10-30', '5 p.m. EST, Nov. 6', 'TIME', '1989-11-06T17:00-05:00'],
];

describe('TIMEX3 conventions', () => {
  it.each([...TENSE, ...CONVENTIONS])(
    '%s (reference %s) finds %s (%s) = %s',
    (text, reference, expectedText, type, value) => {
      const times = analyse(text, reference, { style: 'timeml' }).times;
      const found = times.find((t) => t.text === expectedText);
      expect(found, JSON.stringify(times)).toBeDefined();
      expect(found?.type).toBe(type);
      expect(found?.value).toBe(value);
    },
  );

  it.each([
    ['The vote was 10 to 250 against.', '10 to 250'],
    ['Two thousand troops arrived.', 'Two thousand'],
    ['The currency lost twenty six percent.', 'twenty six'],
    ['Stocks rose $5 a year.', 'a year'],
    ['For the people, high noon comes.', 'noon'],
  ])('finds no time expression in %s', (text, notExpected) => {
    const times = analyse(text, '1998-08-07', { style: 'timeml' }).times.map((t) => t.text);
    expect(times.some((t) => t.includes(notExpected))).toBe(false);
  });
});
