import { NewsgraphError } from '../doc/errors.js';
import type { EventFilter } from '../query/event-filter.js';
import { allEvents } from '../query/events.js';
import { EXPORT_FORMATS, type ExportFormat, exportLines } from '../query/export.js';
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
  };
}

/** `newsgraph export`: stored events as JSON Lines, CSV or GDELT 2.0 TSV on stdout. */
export async function runExport(cli: CommandLine): Promise<number> {
  const format = (cli.values.format ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new NewsgraphError('NG_E008', '--format', `use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if ((cli.values.what ?? 'events') !== 'events') {
    throw new NewsgraphError('NG_E008', '--what', 'only events can be exported so far');
  }
  const filter = filterFrom(cli);
  const store = await openStore(cli.values.db);
  try {
    for await (const line of exportLines(format, allEvents(store, filter))) {
      if (!process.stdout.write(`${line}\n`)) {
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    }
  } finally {
    await store.close();
  }
  return 0;
}
