import { PassThrough } from 'node:stream';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { EventRow } from './event-row.js';
import { writeEventsParquet, writeRowsParquet } from './parquet.js';

const EVENT: EventRow = {
  articleId: 7,
  url: 'https://news.example/a',
  title: 'T',
  storedAt: '2023-03-07T10:11:12.000Z',
  code: '057',
  root: '05',
  quad: 1,
  goldstein: 8,
  sourceActor: 'CHL',
  sourceName: 'Chile',
  sourceCountry: 'CHL',
  targetActor: 'PER',
  targetName: null,
  targetCountry: 'PER',
  date: '2023-03-06',
  location: null,
  negated: false,
  modality: 'asserted',
  evidence: { start: 0, end: 12, text: 'Chile and Perú signed' },
  cluster: { id: 3, mentions: 2, articles: 2, sources: 1 },
};

async function written(write: (out: PassThrough) => Promise<void>): Promise<ArrayBuffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  out.end();
  const bytes = Buffer.concat(chunks);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function* rows<T>(items: T[]) {
  yield* items;
}

describe('Parquet export', () => {
  it('writes events that a Parquet reader reads back, typed and with cluster counts', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...EVENT, articleId: i + 1 }));
    const file = await written((out) => writeEventsParquet(rows(many), out));
    expect(Buffer.from(file.slice(0, 4)).toString()).toBe('PAR1');
    const read = await parquetReadObjects({ file });
    expect(read).toHaveLength(2500);
    expect(read[2499]).toMatchObject({
      article_id: 2500,
      code: '057',
      goldstein: 8,
      negated: false,
      target_name: null,
      evidence_text: 'Chile and Perú signed',
      num_mentions: 2,
      num_sources: 1,
    });
  });

  it('types a table’s columns from its values', async () => {
    const table = [
      { article_id: 1, name: 'Chile', score: 0.5, actor: null },
      { article_id: 2, name: 'Peru', score: 2, actor: 'PER' },
    ];
    const file = await written((out) => writeRowsParquet(rows(table), out));
    expect(await parquetReadObjects({ file })).toEqual(table);
  });
});
