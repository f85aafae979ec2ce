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

// biome-ignore format: a table reads better one row a line
const PERIODS: Row[] = [
  ['Profit rose in the third quarter.', '1989-10-26', 'the third quarter', 'DATE', '1989-Q3'],
  ['Third-quarter profit rose.', '1989-10-26', 'Third-quarter', 'DATE', '1989-Q3'],
  ['The third-quarter loss widened.', '1989-10-26', 'third-quarter', 'DATE', '1989-Q3'],
  ['Sales fell in the fourth quarter.', '1990-02-10', 'the fourth quarter', 'DATE', '1989-Q4'],
  ['Sales fell in the fourth quarter of 2005.', '2006-01-27', 'the fourth quarter of 2005', 'DATE', '2005-Q4'],
  ['Sales fell in the first quarter of last year.', '2009-05-07', 'the first quarter of last year', 'DATE', '2008-Q1'],
  ["Sales fell in this year's third quarter.", '1989-11-01', "this year's third quarter", 'DATE', '1989-Q3'],
  ['Sales fell in the 1988 third quarter.', '1989-10-26', 'the 1988 third quarter', 'DATE', '1988-Q3'],
  ['Sales rose in the quarter.', '1989-10-26', 'the quarter', 'DATE', '1989-Q3'],
  ['Sales rose in the latest quarter.', '1989-10-26', 'the latest quarter', 'DATE', '1989-Q3'],
  ['Sales will rise this quarter.', '1989-10-26', 'this quarter', 'DATE', '1989-Q4'],
  ['Sales rose in the first half.', '1989-10-26', 'the first half', 'DATE', '1989-H1'],
  ['Sales rose in the last half of 1989.', '1990-02-01', 'the last half of 1989', 'DATE', '1989-H2'],
  ['Profit rose in fiscal 1989.', '1989-10-26', 'fiscal 1989', 'DATE', '1989'],
  ['Prices fell last fall.', '1999-01-22', 'last fall', 'DATE', '1998-FA'],
  ['Prices will fall this summer.', '1998-02-05', 'this summer', 'DATE', '1998-SU'],
  ['The siege lasted through the winter of 1942.', '2009-12-19', 'the winter of 1942', 'DATE', '1942-WI'],
];

// biome-ignore format: a table reads better one row a line
const DEICTIC: Row[] = [
  ['Prices are now higher.', '1998-08-07', 'now', 'DATE', 'PRESENT_REF'],
  ['He is currently abroad.', '1998-08-07', 'currently', 'DATE', 'PRESENT_REF'],
  ['He recently resigned.', '1998-08-07', 'recently', 'DATE', 'PAST_REF'],
  ['Growth was slow in recent years.', '1998-08-07', 'recent years', 'DATE', 'PAST_REF'],
  ['Rates may rise in the future.', '1998-08-07', 'the future', 'DATE', 'FUTURE_REF'],
  ['The talks took several years.', '1998-08-07', 'several years', 'DURATION', 'PXY'],
  ['He has waited for years.', '1998-08-07', 'years', 'DURATION', 'PXY'],
  ['The fire burned for one minute.', '1998-08-07', 'one minute', 'DURATION', 'PT1M'],
  ['He spoke this morning.', '1998-02-06', 'this morning', 'TIME', '1998-02-06TMO'],
  ['He spoke last night.', '1998-01-20', 'last night', 'TIME', '1998-01-19TNI'],
  ['He spoke Friday morning.', '1998-08-07', 'Friday morning', 'TIME', '1998-08-07TMO'],
];

// biome-ignore format: a table reads better one row a line
const ANAPHORS: Row[] = [
  ['Net rose in the third quarter from $5 a year earlier.', '1989-10-26', 'a year earlier', 'DATE', '1988-Q3'],
  ['Net rose in the third quarter from $5 in the year-ago quarter.', '1989-10-26', 'the year-ago quarter', 'DATE', '1988-Q3'],
  ['Net rose in the third quarter from $5 a year ago.', '1989-10-26', 'a year ago', 'DATE', '1988-Q3'],
  ['Net rose from $5 a year ago.', '1989-10-26', 'a year ago', 'DATE', '1988'],
  ['Output fell in 1985, after rising the previous year.', '1989-10-26', 'the previous year', 'DATE', '1984'],
];

// biome-ignore format: a table reads better one row a line
const EXTENTS: Row[] = [
  ['Sales rose in the first nine months.', '1989-10-26', 'the first nine months', 'DURATION', 'P9M'],
  ['Prices will hold for the next two years.', '1989-10-26', 'the next two years', 'DURATION', 'P2Y'],
  ['It took nearly five months.', '1989-10-26', 'nearly five months', 'DURATION', 'P5M'],
  ['The deal closed at the end of 1990.', '1989-10-26', 'the end of 1990', 'DATE', '1990'],
  ['Prices soared in the late 1970s.', '1998-02-19', 'the late 1970s', 'DATE', '197X'],
  ['Elections are due early next year.', '1998-02-19', 'early next year', 'DATE', '1999'],
  ['The delegation will arrive Tuesday.', '1998-08-17', 'Tuesday', 'DATE', '1998-08-18'],
  ['The delegation will arrive on Feb. 1.', '1989-10-26', 'Feb. 1', 'DATE', '1990-02-01'],
  ['They met this September.', '1998-02-05', 'this September', 'DATE', '1998-09'],
];

describe('time categories', () => {
  it.each([...PERIODS, ...DEICTIC, ...ANAPHORS, ...EXTENTS])(
    '%s (reference %s) finds %s (%s) = %s',
    (text, reference, expectedText, type, value) => {
      const found = analyse(text, reference).times.find((t) => t.text === expectedText);
      expect(found, JSON.stringify(analyse(text, reference).times)).toBeDefined();
      expect(found?.type).toBe(type);
      expect(found?.value).toBe(value);
    },
  );

  it.each([
    ['The 6-year-old boy was found.', '6-year'],
    ['He is 52 years old.', '52 years'],
    ['Shares rose 1.20 a share.', '1.20 a'],
    ['The stock closed up 7/8.', '7/8'],
    ['The now-defunct firm.', 'now'],
    ['A quarter of the votes.', 'quarter'],
    ['Prices could fall again.', 'fall'],
  ])('finds no time expression in %s', (text, notExpected) => {
    const times = analyse(text, '1998-08-07').times.map((t) => t.text);
    expect(times.some((t) => t.includes(notExpected))).toBe(false);
  });

  it.each([
    ['Cooperation runs until 2030.', '2030', '2030'],
    ['Trade grew from 2019 to 2021.', '2019', '2019'],
    ['Relations cooled in the 1990s.', 'the 1990s', '199'],
  ])(
    'in TimeML style splits ranges and writes decades the TIMEX3 way: %s',
    (text, expectedText, value) => {
      const times = analyse(text, '2021-12-20', { style: 'timeml' }).times;
      expect(times.find((t) => t.text === expectedText)?.value).toBe(value);
    },
  );
});
