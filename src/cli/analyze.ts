import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Analyzer } from '../analyze/analyzer.js';
import { analyzeLine } from '../analyze/batch.js';
import { NewsgraphError } from '../doc/errors.js';
import { readFileDocument, readStdinDocument } from '../sources/file.js';
import type { RawDocument } from '../sources/raw-document.js';
import { fetchDocument } from '../sources/url.js';
import { analyzerFrom } from './analyzer.js';
import type { CommandLine } from './args.js';

function readInput(input: string, cli: CommandLine): Promise<RawDocument> {
  if (input === '-') return readStdinDocument();
  if (/^https?:\/\//iu.test(input)) {
    return fetchDocument(input, { allowPrivate: cli.values['allow-private'] });
  }
  return readFileDocument(input);
}

async function analyzeOne(analyzer: Analyzer, input: string, cli: CommandLine): Promise<void> {
  const raw = await readInput(input, cli);
  const analysis = cli.values.body
    ? analyzer.analyzeBody(decodeBody(raw), { url: raw.url ?? undefined })
    : analyzer.analyzeRaw(raw);
  process.stdout.write(`${JSON.stringify(analysis, null, cli.values.pretty ? 2 : undefined)}\n`);
}

function decodeBody(raw: RawDocument): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw.bytes);
  } catch {
    throw new NewsgraphError('NG_E003', raw.name, '--body expects UTF-8');
  }
}

/** Batch mode: one output line per input line, in order; a bad line is reported and skipped. */
async function analyzeBatch(analyzer: Analyzer, input: string): Promise<number> {
  if (input !== '-') {
    await access(input, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
      throw new NewsgraphError('NG_E005', input, error.code ?? error.message);
    });
  }
  const stream = input === '-' ? process.stdin : createReadStream(input);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  let errors = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = analyzeLine(analyzer, line, lineNumber);
    if ('error' in result) errors++;
    count++;
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  process.stderr.write(`newsgraph: ${count} lines, ${count - errors} analysed, ${errors} errors\n`);
  return 0;
}

export async function runAnalyze(cli: CommandLine): Promise<number> {
  const inputs = cli.positionals.slice(1);
  if (inputs.length !== 1) {
    throw new NewsgraphError('NG_E008', 'analyze', 'give one input: a file, a URL or - for stdin');
  }
  const input = inputs[0] as string;
  const analyzer = analyzerFrom(cli);
  if (cli.values.jsonl) return analyzeBatch(analyzer, input);
  await analyzeOne(analyzer, input, cli);
  return 0;
}
