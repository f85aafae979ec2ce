import { access, constants } from 'node:fs/promises';
import { isNewsgraphError, NewsgraphError } from '../doc/errors.js';
import { extractArticle } from '../extract/extract.js';
import { detectLanguage } from '../extract/language.js';
import { canonicalUrl, DuplicateFilter } from '../sources/canonical.js';
import { openMaybeGzip } from '../sources/gzip.js';
import { readInputs } from '../sources/inputs.js';
import { readJsonLines } from '../sources/json-records.js';
import { PoliteFetcher } from '../sources/polite.js';
import type { SourceItem } from '../sources/source-item.js';
import type { CommandLine } from './args.js';
import { type ExtractedArticle, type Format, Output, toExtracted } from './extract-output.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * One source item to an extracted article: canonical URL (rel=canonical, else where it was
 * fetched, less tracking parameters), a date from the source when the page gives none, and a
 * language guessed from the text when the page declares none.
 */
export function extractItem(item: SourceItem & { kind: 'document' }): ExtractedArticle {
  const article = extractArticle(item.raw);
  const url = article.url ?? item.raw.url;
  const fromSource = item.published && ISO_DATE.test(item.published) ? item.published : null;
  const published =
    article.published.value === null && fromSource
      ? { value: fromSource, source: 'given' as const }
      : article.published;
  const extracted = toExtracted(
    { ...article, url: url ? canonicalUrl(url) : null, published },
    item.raw.name,
  );
  extracted.language = article.language ?? detectLanguage(article.text);
  return item.id === undefined ? extracted : { id: item.id, ...extracted };
}

function errorRecord(item: SourceItem, error: unknown) {
  const code = isNewsgraphError(error) ? error.code : 'NG_E000';
  const message = error instanceof Error ? error.message : String(error);
  return { id: item.id ?? null, error: { code, message: message.split('\n')[0] ?? message } };
}

interface Counts {
  documents: number;
  extracted: number;
  duplicates: number;
  errors: number;
}

/** Batch mode: one output line per input line, in order, with the line's id; errors too. */
async function extractBatch(input: string, output: Output, counts: Counts): Promise<void> {
  if (input !== '-') {
    await access(input, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
      throw new NewsgraphError('NG_E005', input, error.code ?? error.message);
    });
  }
  const stream = input === '-' ? process.stdin : await openMaybeGzip(input);
  for await (const item of readJsonLines(stream, input === '-' ? 'stdin' : input)) {
    counts.documents++;
    await output.article(runOne(item, counts));
  }
}

function runOne(
  item: SourceItem,
  counts: Counts,
): ExtractedArticle | ReturnType<typeof errorRecord> {
  try {
    if (item.kind === 'error') throw item.error;
    const extracted = extractItem(item);
    counts.extracted++;
    return extracted;
  } catch (error) {
    counts.errors++;
    return errorRecord(item, error);
  }
}

/** Sources: every document of every input, exact duplicates dropped, errors on stderr. */
async function extractSources(cli: CommandLine, output: Output, counts: Counts): Promise<void> {
  const inputs = cli.positionals.slice(1);
  const fetcher = new PoliteFetcher({ allowPrivate: cli.values['allow-private'] });
  const duplicates = new DuplicateFilter();
  for await (const item of readInputs(inputs, { fetcher })) {
    counts.documents++;
    if (item.kind === 'document' && !duplicates.isNew(item.raw.bytes)) {
      counts.duplicates++;
      continue;
    }
    const result = runOne(item, counts);
    if ('error' in result) process.stderr.write(`newsgraph: ${result.error.message}\n`);
    else await output.article(result);
  }
}

/**
 * `newsgraph extract <file|url|dir|glob|feed|warc|-…> [--format json|jsonl|text]` and
 * `newsgraph extract --jsonl <in.jsonl|->`: the article of every document, without analysis.
 */
export async function runExtract(cli: CommandLine): Promise<number> {
  const format = (cli.values.format ?? 'jsonl') as Format;
  if (!FORMATS.includes(format)) {
    throw new NewsgraphError('NG_E008', '--format', `one of ${FORMATS.join(', ')}`);
  }
  const inputs = cli.positionals.slice(1);
  if (inputs.length === 0 || (cli.values.jsonl && inputs.length !== 1)) {
    const want = cli.values.jsonl ? 'one JSON Lines file or -' : 'files, folders, URLs or -';
    throw new NewsgraphError('NG_E008', 'extract', `give ${want}`);
  }
  const output = new Output(cli.values.jsonl ? 'jsonl' : format);
  const counts: Counts = { documents: 0, extracted: 0, duplicates: 0, errors: 0 };
  if (cli.values.jsonl) await extractBatch(inputs[0] as string, output, counts);
  else await extractSources(cli, output, counts);
  await output.end();
  process.stderr.write(
    `newsgraph: ${counts.documents} documents, ${counts.extracted} extracted, ${counts.duplicates} duplicates, ${counts.errors} errors\n`,
  );
  return counts.errors > 0 && !cli.values.jsonl ? 1 : 0;
}
