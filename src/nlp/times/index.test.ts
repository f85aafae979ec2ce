import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { createTimes } from './index.js';

const times = createTimes({ now: new Date(Date.UTC(2025, 0, 1)) });

function analyse(text: string, reference: string | null): Doc {
  const doc = new Doc(
    text,
    reference === null ? {} : { published: { value: reference, source: 'given' } },
  );
  times.run(doc);
  return doc;
}

// [text, reference, expected expression text, expected value]
type Row = [string, string | null, string, string | null];

// The time expressions of the reference article (india-russia-defence), published 2021-12-20.
const REFERENCE_ARTICLE: Row[] = [
  [
    'Having pledged extensive military-technical cooperation until 2030, India and Russia are also working on joint manufacturing.',
    '2021-12-20',
    'until 2030',
    '2021-12-20/2030',
  ],
  [
    'Both countries, during the 2+2 talks held in New Delhi earlier this month, exchanged a white paper.',
    '2021-12-20',
    'earlier this month',
    '2021-12',
  ],
  [
    'Heads of state are expected in New Delhi for the Republic Day celebrations next month.',
    '2021-12-20',
    'next month',
    '2022-01',
  ],
  [
    'The ministers met just ahead of the meeting between PM Narendra Modi and President Vladimir Putin on December 6.',
    '2021-12-20',
    'December 6',
    '2021-12-06',
  ],
  [
    'India remained amongst Russia\'s main partners during 2021 – a year which has been labeled as "extraordinary".',
    '2021-12-20',
    '2021',
    '2021',
  ],
  [
    'The cooperation is reaching a new qualitative level every year.',
    '2021-12-20',
    'every year',
    'P1Y',
  ],
];

// biome-ignore format: a table reads better one row a line
const RELATIVE: Row[] = [
  ['Prices rose later this month.', '2021-12-20', 'later this month', '2021-12'],
  ['Talks resumed this month.', '2021-12-20', 'this month', '2021-12'],
  ['Talks stalled last month.', '2021-12-20', 'last month', '2021-11'],
  ['Growth slowed this year.', '2021-12-20', 'this year', '2021'],
  ['Growth slowed last year.', '2021-12-20', 'last year', '2020'],
  ['Elections are due next year.', '2021-12-20', 'next year', '2022'],
  ['Troops will stay by 2030.', '2021-12-20', 'by 2030', '2021-12-20/2030'],
  ['The deal runs through 2030.', '2021-12-20', 'through 2030', '2021-12-20/2030'],
  ['Trade has doubled since 2019.', '2021-12-20', 'since 2019', '2019/2021-12-20'],
  ['The treaty was signed in 2021.', '2021-12-20', '2021', '2021'],
  ['Relations cooled in the 1990s.', '2021-12-20', 'the 1990s', '199X'],
  ['The ministers meet annually.', '2021-12-20', 'annually', 'P1Y'],
  ['Officials talk every week.', '2021-12-20', 'every week', 'P1W'],
  ['The ban will last for three years.', '2021-12-20', 'three years', 'P3Y'],
  ['A three-year programme was agreed.', '2021-12-20', 'three-year', 'P3Y'],
  ['The envoy arrived on 6 Dec.', '2021-12-20', '6 Dec.', '2021-12-06'],
  ['The envoy left on Tuesday.', '2021-12-20', 'Tuesday', '2021-12-14'],
  ['The envoy returns next Tuesday.', '2021-12-20', 'next Tuesday', '2021-12-21'],
  ['The envoy spoke on Monday.', '2021-12-20', 'Monday', '2021-12-20'],
  ['The envoy spoke yesterday.', '2021-12-20', 'yesterday', '2021-12-19'],
  ['Today the envoy spoke.', '2021-12-20', 'Today', '2021-12-20'],
  ['The envoy speaks tomorrow.', '2021-12-20', 'tomorrow', '2021-12-21'],
  ['The talks began two weeks ago.', '2021-12-20', 'two weeks ago', '2021-W49'],
  ['The talks began last week.', '2021-12-20', 'last week', '2021-W50'],
  ['The talks began three months ago.', '2021-12-20', 'three months ago', '2021-09'],
  ['Fighting resumed in mid-December.', '2021-12-20', 'mid-December', '2021-12'],
  ['Fighting resumed in May.', '2021-12-20', 'May', '2021-05'],
  ['Fighting resumed in March 2020.', '2021-12-20', 'March 2020', '2020-03'],
  ['Trade grew from 2019 to 2021.', '2021-12-20', 'from 2019 to 2021', '2019/2021'],
  ['The summit opened at 10:30 am on December 6.', '2021-12-20', '10:30 am on December 6', '2021-12-06T10:30'],
];

// A yearless date is in the reference's year unless that is more than ~6 months ahead.
// biome-ignore format: a table reads better one row a line
const YEARLESS: Row[] = [
  ['The vote was held on December 6.', '2021-03-01', 'December 6', '2020-12-06'],
  ['The vote is set for June 30.', '2021-01-15', 'June 30', '2021-06-30'],
  ['The vote was held on December 6.', '2021-12', 'December 6', '2021-12-06'],
  ['The vote comes next month.', '2021-12', 'next month', '2022-01'],
  ['The vote was held last December.', '2021-12-20', 'last December', '2020-12'],
  ['The vote was held yesterday.', '2021-12', 'yesterday', null],
];

// Without a reference (none given, none inferable) relative expressions have no value.
// biome-ignore format: a table reads better one row a line
const UNANCHORED: Row[] = [
  ['Talks were held earlier this month.', null, 'earlier this month', null],
  ['Talks were held on December 6.', null, 'December 6', null],
  ['Talks were held in 2021.', null, '2021', '2021'],
  ['Cooperation runs until 2030.', null, 'until 2030', '../2030'],
  ['Talks are held every year.', null, 'every year', 'P1Y'],
  ['Talks were held on March 3, 2019.', null, 'March 3, 2019', '2019-03-03'],
];

describe('times', () => {
  it.each([...REFERENCE_ARTICLE, ...RELATIVE, ...YEARLESS, ...UNANCHORED])(
    '%s (reference %s) finds %s = %s',
    (text, reference, expectedText, expectedValue) => {
      const doc = analyse(text, reference);
      const found = doc.times.find((t) => t.text === expectedText);
      expect(doc.times.map((t) => t.text)).toContain(expectedText);
      expect(found?.value).toBe(expectedValue);
    },
  );

  it.each([
    ['He commanded 2000 troops.', '2000'],
    ['The 2+2 talks were held.', '2'],
    ['The army may march.', 'may'],
    ['India Today reported it.', 'Today'],
    ['It cost $2021 in total.', '2021'],
    ['A year which has been labeled extraordinary.', 'A year'],
  ])('finds no time expression in %s', (text, notExpected) => {
    expect(analyse(text, '2021-12-20').times.map((t) => t.text)).not.toContain(notExpected);
  });

  it('keeps the longest of overlapping expressions, each text a slice of the doc', () => {
    const doc = analyse(
      'On December 6, 2021 at 10:30 am the talks ended until 2030.',
      '2021-12-20',
    );
    expect(doc.times.map((t) => t.text)).toEqual(['December 6, 2021 at 10:30 am', 'until 2030']);
    for (const t of doc.times) expect(t.text).toBe(doc.text.slice(t.start, t.end));
  });

  it('keeps a given publication date and its source', () => {
    const doc = analyse('Talks were held on December 6.', '2021-12-20');
    expect(doc.context.published).toEqual({ value: '2021-12-20', source: 'given' });
  });

  it('handles empty text', () => {
    const doc = analyse('', null);
    expect(doc.times).toEqual([]);
    expect(doc.context.published).toEqual({ value: null, source: null });
  });
});
