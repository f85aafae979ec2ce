import { describe, expect, it } from 'vitest';
import type { EventRow } from './event-row.js';
import { exportLines } from './export.js';
import { GDELT_COLUMNS } from './gdelt.js';

const EVENT: EventRow = {
  articleId: 7,
  url: 'https://news.example/a',
  title: 'T',
  storedAt: '2023-03-07T10:11:12.000Z',
  code: '0312',
  root: '03',
  quad: 1,
  goldstein: 5.2,
  sourceActor: 'RUSGOV',
  sourceName: 'Sergei Shoigu',
  sourceCountry: 'RUS',
  targetActor: 'IND',
  targetName: 'India',
  targetCountry: 'IND',
  date: '2021-12-06',
  location: 'New Delhi',
  negated: false,
  modality: 'intended',
  evidence: { start: 0, end: 20, text: '=HYPERLINK("x"), "quoted"\tand tabbed' },
};

async function lines(format: 'jsonl' | 'csv' | 'gdelt'): Promise<string[]> {
  const out: string[] = [];
  async function* one() {
    yield EVENT;
  }
  for await (const line of exportLines(format, one())) out.push(line);
  return out;
}

describe('exports', () => {
  it('writes GDELT 2.0 rows of 61 tab-separated columns', async () => {
    const [header, row] = await lines('gdelt');
    expect(header?.split('\t')).toEqual([...GDELT_COLUMNS]);
    const fields = row?.split('\t') ?? [];
    expect(fields).toHaveLength(61);
    const at = (name: string) =>
      fields[GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])];
    expect(at('SQLDATE')).toBe('20211206');
    expect(at('Actor1Code')).toBe('RUSGOV');
    expect(at('Actor1Type1Code')).toBe('GOV');
    expect(at('EventBaseCode')).toBe('031');
    expect(at('EventRootCode')).toBe('03');
    expect(at('ActionGeo_FullName')).toBe('New Delhi');
    expect(at('DATEADDED')).toBe('20230307101112');
  });

  it('quotes CSV fields and defuses spreadsheet formulas from article text', async () => {
    const [, row] = await lines('csv');
    expect(row?.endsWith(`"'=HYPERLINK(""x""), ""quoted""\tand tabbed"`)).toBe(true);
  });

  it('writes one JSON object per line', async () => {
    const [row] = await lines('jsonl');
    expect(JSON.parse(row ?? '')).toEqual(EVENT);
  });
});
