#!/usr/bin/env node
import { isNewsgraphError } from '../doc/errors.js';
import { runAnalyze } from './analyze.js';
import { parseCommandLine } from './args.js';
import { runExport } from './export.js';
import { runExtract } from './extract.js';
import { runIngest } from './ingest.js';
import { runEnqueue, runWorker } from './queue.js';
import { runReprocess } from './reprocess.js';
import { runSearch } from './search.js';
import { runServe } from './serve.js';

const USAGE = `newsgraph — who did what to whom, when and where, from English news

usage:
  newsgraph analyze <file|url|-> [--published YYYY-MM-DD] [--pretty] [--body] [--disable NAME,...]
  newsgraph analyze --jsonl <in.jsonl|-> [--published YYYY-MM-DD]
  newsgraph extract <file|folder|glob|url|feed|sitemap|warc|-...> [--format jsonl|json|text] [--allow-private]
  newsgraph extract --jsonl <in.jsonl|->
  newsgraph ingest <files or folders...> [--db newsgraph.db | --db postgres://…]
  newsgraph export [--db …] [--what events|articles|entities|quotes] [--format jsonl|csv|gdelt|parquet] [--actor RUS] [--source IND] [--target RUS]
                   [--dyad IND-RUS] [--code 05] [--quad 1-4] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                   [--modality asserted,intended]
  newsgraph enqueue <files or folders...> --db postgres://… [--published YYYY-MM-DD]
  newsgraph worker --db postgres://… [--exit-when-empty]
  newsgraph reprocess [--db …] [--dry-run] [--verbs … --actors … …]
  newsgraph search <words…> [--db …] [--limit 20]
  newsgraph serve [--db …] [--port 8080] [--host 127.0.0.1] [--token T | env NEWSGRAPH_TOKEN]

exit codes: 0 ok, 1 some inputs failed (reported per input), 2 failure`;

const COMMANDS = {
  analyze: runAnalyze,
  extract: runExtract,
  ingest: runIngest,
  export: runExport,
  serve: runServe,
  search: runSearch,
  enqueue: runEnqueue,
  worker: runWorker,
  reprocess: runReprocess,
} as const;

async function main(argv: readonly string[]): Promise<number> {
  const cli = parseCommandLine(argv);
  const command = cli.positionals[0];
  if (cli.values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !cli.values.help ? 2 : 0;
  }
  if (!(command in COMMANDS)) {
    process.stderr.write(`newsgraph: unknown command ${command}\n\n${USAGE}\n`);
    return 2;
  }
  return COMMANDS[command as keyof typeof COMMANDS](cli);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = isNewsgraphError(error) ? error.message : `NG_E000: ${String(error)}`;
    process.stderr.write(`newsgraph: ${message.split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
