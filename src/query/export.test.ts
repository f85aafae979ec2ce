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
  cluster: { id: 41, mentions: 3, articles: 2, sources: 2 },
};

async function lines(
  format: 'jsonl' | 'csv' | 'gdelt' | 'plover',
  events: EventRow[] = [EVENT],
): Promise<string[]> {
  const out: string[] = [];
  async function* all() {
    yield* events;
  }
  for await (const line of exportLines(format, all())) out.push(line);
  return out;
}

describe('exports', () => {
  it('writes PLOVER records with the type, mode and context of the CAMEO code', async () => {
    const statement = { ...EVENT, code: '010', root: '01' };
    const records = (await lines('plover', [EVENT, statement])).map((l) => JSON.parse(l));
    expect(records).toHaveLength(1); // CAMEO 01 statements have no PLOVER type
    expect(records[0]).toMatchObject({
      event: 'AGREE',
      date: '2021-12-06',
      source: [{ actorText: 'Sergei Shoigu', code: 'RUSGOV' }],
      target: [{ actorText: 'India', code: 'IND' }],
      eventLoc: 'New Delhi',
      cameo: { code: '0312', modality: 'intended', negated: false },
    });
  });

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
    expect([at('GLOBALEVENTID'), at('NumMentions'), at('NumSources'), at('NumArticles')]).toEqual([
      '41',
      '3',
      '2',
      '2',
    ]);
  });

  it('writes one GDELT row per event cluster, however many reports it has', async () => {
    const other = { ...EVENT, cluster: { id: 42, mentions: 1, articles: 1, sources: 1 } };
    const rows = (await lines('gdelt', [EVENT, { ...EVENT, articleId: 8 }, other])).slice(1);
    expect(rows.map((row) => row.split('\t')[0])).toEqual(['41', '42']);
  });

  it('quotes CSV fields and defuses spreadsheet formulas from article text', async () => {
    const [, row] = await lines('csv');
    expect(row?.endsWith(`"'=HYPERLINK(""x""), ""quoted""\tand tabbed",41,3,2,2`)).toBe(true);
  });

  it('writes one JSON object per line', async () => {
    const [row] = await lines('jsonl');
    expect(JSON.parse(row ?? '')).toEqual(EVENT);
  });
});
