import { NewsgraphError } from '../doc/errors.js';
import type { EventFilter } from '../query/event-filter.js';
import { allEvents } from '../query/events.js';
import { EXPORT_FORMATS, type ExportFormat, exportLines, exportRows } from '../query/export.js';
import { writeEventsParquet, writeRowsParquet } from '../query/parquet.js';
import { TABLES, type TableName, tableRows } from '../query/tables.js';
import { openStore } from '../store/open.js';
import type { CommandLine } from './args.js';

export function filterFrom(cli: CommandLine): EventFilter {
  const v = cli.values;
  const quad = v.quad === undefined ? undefined : Number(v.quad);
  return {
    actor: v.actor,
    source: v.source,
    target: v.target,
    dyad: v.dyad,
    code: v.code,
    quad,
    from: v.from,
    to: v.to,
    modality: v.modality,
  };
}

/**
 * `newsgraph export`: stored events as JSON Lines, CSV or GDELT 2.0 TSV on stdout, or with
 * `--what articles|entities|quotes` those tables as JSON Lines or CSV.
 */
export async function runExport(cli: CommandLine): Promise<number> {
  const format = (cli.values.format ?? 'jsonl') as ExportFormat | 'parquet';
  if (format === 'parquet') return runParquetExport(cli);
  if (!EXPORT_FORMATS.includes(format)) {
    throw new NewsgraphError(
      'NG_E008',
      '--format',
      `use one of ${[...EXPORT_FORMATS, 'parquet'].join(', ')}`,
    );
  }
  const what = cli.values.what ?? 'events';
  if (what !== 'events' && !(what in TABLES)) {
    throw new NewsgraphError('NG_E008', '--what', `use events, ${Object.keys(TABLES).join(', ')}`);
  }
  if (what !== 'events' && (format === 'gdelt' || format === 'plover')) {
    throw new NewsgraphError('NG_E008', '--format', `${format} is for events; use jsonl or csv`);
  }
  const filter = filterFrom(cli);
  const store = await openStore(cli.values.db, { existing: true });
  try {
    const lines =
      what === 'events'
        ? exportLines(format, allEvents(store, filter))
        : exportRows(format as 'jsonl' | 'csv', tableRows(store, what as TableName));
    for await (const line of lines) {
      if (!process.stdout.write(`${line}\n`)) {
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    }
  } finally {
    await store.close();
  }
  return 0;
}

/** `--format parquet`: one Parquet file on stdout (redirect it), written a row group at a time. */
async function runParquetExport(cli: CommandLine): Promise<number> {
  const what = cli.values.what ?? 'events';
  if (what !== 'events' && !(what in TABLES)) {
    throw new NewsgraphError('NG_E008', '--what', `use events, ${Object.keys(TABLES).join(', ')}`);
  }
  if (process.stdout.isTTY) {
    throw new NewsgraphError('NG_E008', '--format', 'parquet is binary: redirect stdout to a file');
  }
  const filter = filterFrom(cli);
  const store = await openStore(cli.values.db, { existing: true });
  try {
    if (what === 'events') await writeEventsParquet(allEvents(store, filter), process.stdout);
    else await writeRowsParquet(tableRows(store, what as TableName), process.stdout);
  } finally {
    await store.close();
  }
  return 0;
}
