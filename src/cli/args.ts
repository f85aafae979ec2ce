import { parseArgs } from 'node:util';
import { NewsgraphError } from '../doc/errors.js';

export const OPTIONS = {
  published: { type: 'string' },
  pretty: { type: 'boolean', default: false },
  jsonl: { type: 'boolean', default: false },
  body: { type: 'boolean', default: false },
  disable: { type: 'string', multiple: true },
  db: { type: 'string', default: 'newsgraph.db' },
  'allow-private': { type: 'boolean', default: false },
  format: { type: 'string' },
  verbs: { type: 'string', multiple: true },
  actors: { type: 'string', multiple: true },
  agents: { type: 'string', multiple: true },
  discards: { type: 'string', multiple: true },
  'replace-dicts': { type: 'boolean', default: false },
  'exit-when-empty': { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  port: { type: 'string' },
  limit: { type: 'string' },
  host: { type: 'string' },
  token: { type: 'string' },
  what: { type: 'string' },
  actor: { type: 'string' },
  source: { type: 'string' },
  target: { type: 'string' },
  dyad: { type: 'string' },
  code: { type: 'string' },
  quad: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  modality: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new NewsgraphError('NG_E008', 'command line', (error as Error).message);
  }
}

export type CommandLine = ReturnType<typeof parseCommandLine>;

/** `--disable quotes,times --disable events` → ['quotes', 'times', 'events']. */
export function disabledComponents(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}
