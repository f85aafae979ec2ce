import type { Writable } from 'node:stream';
import { type BasicType, ByteWriter, parquetWriteRows, type Writer } from 'hyparquet-writer';
import type { EventRow } from './event-row.js';

type Cell = string | number | boolean | null;
type Flat = Record<string, Cell>;

interface Column {
  name: string;
  type: BasicType;
}

/** Event columns as in the CSV export, typed, with the cluster's GDELT counts. */
const EVENT_COLUMNS: Column[] = [
  { name: 'article_id', type: 'INT32' },
  { name: 'url', type: 'STRING' },
  { name: 'date', type: 'STRING' },
  { name: 'code', type: 'STRING' },
  { name: 'root', type: 'STRING' },
  { name: 'quad', type: 'INT32' },
  { name: 'goldstein', type: 'DOUBLE' },
  { name: 'source_actor', type: 'STRING' },
  { name: 'source_name', type: 'STRING' },
  { name: 'target_actor', type: 'STRING' },
  { name: 'target_name', type: 'STRING' },
  { name: 'location', type: 'STRING' },
  { name: 'negated', type: 'BOOLEAN' },
  { name: 'modality', type: 'STRING' },
  { name: 'evidence_start', type: 'INT32' },
  { name: 'evidence_end', type: 'INT32' },
  { name: 'evidence_text', type: 'STRING' },
  { name: 'cluster_id', type: 'INT32' },
  { name: 'num_mentions', type: 'INT32' },
  { name: 'num_sources', type: 'INT32' },
  { name: 'num_articles', type: 'INT32' },
];

function flatEvent(e: EventRow): Flat {
  return {
    article_id: e.articleId,
    url: e.url,
    date: e.date,
    code: e.code,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    source_actor: e.sourceActor,
    source_name: e.sourceName,
    target_actor: e.targetActor,
    target_name: e.targetName,
    location: e.location,
    negated: e.negated,
    modality: e.modality,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    evidence_text: e.evidence.text,
    cluster_id: e.cluster?.id ?? null,
    num_mentions: e.cluster?.mentions ?? null,
    num_sources: e.cluster?.sources ?? null,
    num_articles: e.cluster?.articles ?? null,
  };
}

/** A Parquet writer that hands each finished row group to a stream, so memory stays bounded. */
function streamWriter(out: Writable): Writer {
  const writer: Writer & { index: number } = new ByteWriter();
  const flush = async () => {
    const chunk = Buffer.from(new Uint8Array(writer.buffer, 0, writer.index));
    writer.index = 0;
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  };
  writer.flush = flush;
  writer.finish = flush;
  return writer;
}

async function* mapRows<T>(rows: AsyncIterable<T>, map: (row: T) => Flat): AsyncGenerator<Flat> {
  for await (const row of rows) yield map(row);
}

/** Writes events as one Parquet file (Snappy, row groups of 100,000) to a stream. */
export async function writeEventsParquet(events: AsyncIterable<EventRow>, out: Writable) {
  await parquetWriteRows({
    writer: streamWriter(out),
    rows: mapRows(events, flatEvent),
    columns: EVENT_COLUMNS,
  });
}

/** The column type of a table's values: numbers are DOUBLE unless all are whole, the rest text. */
function columnsOf(rows: readonly Record<string, unknown>[]): Column[] {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return names.map((name) => {
    const values = rows.map((row) => row[name]).filter((v) => v !== null && v !== undefined);
    const numeric = values.length > 0 && values.every((v) => typeof v === 'number');
    const whole =
      numeric && values.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31);
    return { name, type: whole ? 'INT32' : numeric ? 'DOUBLE' : 'STRING' };
  });
}

function cell(value: unknown, type: BasicType): Cell {
  if (value === null || value === undefined) return null;
  return type === 'STRING' ? String(value) : (value as number);
}

/**
 * Writes any table's rows as Parquet, typed from the first 1,000 rows (whole numbers INT32, other
 * numbers DOUBLE, the rest strings).
 */
export async function writeRowsParquet(
  rows: AsyncIterable<Record<string, unknown>>,
  out: Writable,
) {
  const iterator = rows[Symbol.asyncIterator]();
  const head: Record<string, unknown>[] = [];
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    head.push(next.value);
    if (head.length === 1000) break;
  }
  const columns = columnsOf(head);
  if (columns.length === 0) columns.push({ name: 'article_id', type: 'INT32' });
  async function* all() {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value;
  }
  const flat = (row: Record<string, unknown>): Flat =>
    Object.fromEntries(columns.map((c) => [c.name, cell(row[c.name], c.type)]));
  await parquetWriteRows({ writer: streamWriter(out), rows: mapRows(all(), flat), columns });
}
