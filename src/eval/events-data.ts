import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldEvent {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

/** One record of the events-dev JSONL conversion (see ../shared/data/events-dev/README.md). */
export interface EventRecord {
  readonly id: string;
  readonly set: string;
  readonly text: string;
  /** YYYYMMDD for the PETRARCH sets; absent for PLOVER. */
  readonly date: string | undefined;
  readonly events: readonly GoldEvent[];
  readonly noEventsExpected: boolean;
  /** Upstream's `evaluate="false"` / `valid="false"`: kept out of the scores. */
  readonly excluded: boolean;
  readonly errorExpected: string | undefined;
}

function toRecord(value: Record<string, unknown>, where: string): EventRecord {
  const str = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : undefined);
  const id = str('id');
  const text = str('text');
  if (!id || text === undefined || !Array.isArray(value.events))
    throw new Error(`${where}: record without id, text or events`);
  const events = (value.events as Record<string, unknown>[]).map((e) => ({
    source: String(e.source ?? ''),
    target: String(e.target ?? ''),
    code: String(e.code ?? ''),
  }));
  return {
    id,
    set: str('set') ?? id.slice(0, id.indexOf(':')),
    text,
    date: str('date'),
    events,
    noEventsExpected: value.no_events_expected === true,
    excluded: str('evaluate') === 'false' || str('valid') === 'false',
    errorExpected: str('error_expected'),
  };
}

function readJsonl(path: string): EventRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) =>
      line.trim() === ''
        ? []
        : [toRecord(JSON.parse(line) as Record<string, unknown>, `${path}:${i + 1}`)],
    );
}

/** Records from one `.jsonl` file or every `.jsonl` file of a folder, in name order. */
export function loadEventRecords(path: string): EventRecord[] {
  if (!statSync(path).isDirectory()) return readJsonl(path);
  return readdirSync(path)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(path, f)));
}

/** YYYYMMDD → YYYY-MM-DD (the Analyzer's `published`); anything else → undefined. */
export function isoDate(date: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/u.exec(date ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
