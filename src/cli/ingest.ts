import { NewsgraphError } from '../doc/errors.js';
import { expandPaths } from '../sources/glob.js';
import { readInputs } from '../sources/inputs.js';
import { PoliteFetcher } from '../sources/polite.js';
import { openStore } from '../store/open.js';
import { analyzerFrom } from './analyzer.js';
import type { CommandLine } from './args.js';
import { Progress } from './progress.js';

/**
 * sources → extract → analyze → store, one transaction per article, errors reported per
 * document. Inputs are what `extract` reads (files, folders, globs, URLs, feeds, WARC, JSONL).
 */
export async function runIngest(cli: CommandLine): Promise<number> {
  const inputs = cli.positionals.slice(1);
  if (inputs.length === 0) throw new NewsgraphError('NG_E008', 'ingest', 'give files or folders');
  const files = await inputFiles(inputs);
  const fetcher = new PoliteFetcher({ allowPrivate: cli.values['allow-private'] });
  const analyzer = analyzerFrom(cli);
  const store = await openStore(cli.values.db);
  const progress = new Progress('ingest', files.length);
  let stored = 0;
  let duplicates = 0;
  let errors = 0;
  try {
    for (const [index, file] of files.entries()) {
      for await (const item of readInputs([file], { fetcher })) {
        try {
          if (item.kind === 'error') throw item.error;
          const analysis = analyzer.analyzeRaw(item.raw);
          if (await store.saveAnalysis(analysis, item.raw.name)) stored++;
          else duplicates++;
        } catch (error) {
          errors++;
          process.stderr.write(`newsgraph: ${(error as Error).message}\n`);
        }
      }
      progress.update(index + 1, errors);
    }
    progress.done();
    const total = await store.summary();
    process.stdout.write(
      `${JSON.stringify({ db: cli.values.db, files: files.length, stored, duplicates, errors, total })}\n`,
    );
  } finally {
    await store.close();
  }
  return errors > 0 ? 1 : 0;
}

/** Folders and globs expanded to their files; URLs kept as they are. */
async function inputFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//iu.test(input) || input === '-') files.push(input);
    else files.push(...(await expandPaths([input])));
  }
  return files;
}
