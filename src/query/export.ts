import type { EventRow } from './event-row.js';
import { GDELT_COLUMNS, gdeltRow } from './gdelt.js';
import { ploverRecord } from './plover.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CSV_COLUMNS = [
  'article_id',
  'url',
  'date',
  'code',
  'root',
  'quad',
  'goldstein',
  'source_actor',
  'source_name',
  'target_actor',
  'target_name',
  'location',
  'negated',
  'modality',
  'evidence_start',
  'evidence_end',
  'evidence_text',
  'cluster_id',
  'num_mentions',
  'num_sources',
  'num_articles',
] as const;

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote, and defuse spreadsheet formulas: article text is untrusted.
  const safe = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return /[",\r\n']/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvRow(e: EventRow): string {
  return [
    e.articleId,
    e.url,
    e.date,
    e.code,
    e.root,
    e.quad,
    e.goldstein,
    e.sourceActor,
    e.sourceName,
    e.targetActor,
    e.targetName,
    e.location,
    e.negated,
    e.modality,
    e.evidence.start,
    e.evidence.end,
    e.evidence.text,
    e.cluster?.id,
    e.cluster?.mentions,
    e.cluster?.sources,
    e.cluster?.articles,
  ]
    .map(csvField)
    .join(',');
}

/** Writes any rows as JSON Lines or CSV (columns from the first row), header first for CSV. */
export async function* exportRows(
  format: 'jsonl' | 'csv',
  rows: AsyncIterable<Record<string, unknown>>,
) {
  let columns: string[] | undefined;
  for await (const row of rows) {
    if (format === 'jsonl') {
      yield JSON.stringify(row);
      continue;
    }
    if (!columns) {
      columns = Object.keys(row);
      yield columns.join(',');
    }
    yield columns.map((c) => csvField(row[c])).join(',');
  }
}

/**
 * Writes events in one format as lines, header first where the format has one. GDELT's event table
 * has one row per event, not per report: one row per cluster, its id as GLOBALEVENTID.
 */
export async function* exportLines(format: ExportFormat, events: AsyncIterable<EventRow>) {
  if (format === 'csv') yield CSV_COLUMNS.join(',');
  if (format === 'gdelt') yield GDELT_COLUMNS.join('\t');
  const clusters = new Set<number>();
  let id = 0;
  for await (const event of events) {
    id++;
    if (format === 'jsonl') yield JSON.stringify(event);
    else if (format === 'csv') yield csvRow(event);
    else if (format === 'plover') {
      const record = ploverRecord(event);
      if (record) yield JSON.stringify(record);
    } else if (!event.cluster) yield gdeltRow(event, id);
    else if (!clusters.has(event.cluster.id)) {
      clusters.add(event.cluster.id);
      yield gdeltRow(event, event.cluster.id);
    }
  }
}
