import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  json: { type: 'boolean', default: false },
  limit: { type: 'string' },
} as const;

/**
 * The command line every eval script shares: gold paths as positionals (at least one), `--json`,
 * `--limit N`, plus the script's own options. Without a path it prints the usage and exits 2.
 */
export function evalCommandLine<const O extends Options>(usage: string, options: O) {
  const parsed = parseArgs({ allowPositionals: true, options: { ...COMMON, ...options } });
  const [path, ...more] = parsed.positionals;
  if (!path) {
    console.error(usage);
    process.exit(2);
  }
  return { values: parsed.values, path, paths: [path, ...more] };
}
