import { NewsgraphError } from '../doc/errors.js';
import { readFileDocument } from '../sources/file.js';
import { listPageFiles } from '../sources/folder.js';
import { openStore } from '../store/open.js';
import { analyzerFrom } from './analyzer.js';
import type { CommandLine } from './args.js';
import { Progress } from './progress.js';

/** sources → extract → analyze → store, one transaction per article, errors reported per file. */
export async function runIngest(cli: CommandLine): Promise<number> {
  const inputs = cli.positionals.slice(1);
  if (inputs.length === 0) throw new NewsgraphError('NG_E008', 'ingest', 'give files or folders');
  const files = await listPageFiles(inputs);
  const analyzer = analyzerFrom(cli);
  const store = await openStore(cli.values.db);
  const progress = new Progress('ingest', files.length);
  let stored = 0;
  let duplicates = 0;
  let errors = 0;
  try {
    for (const [index, file] of files.entries()) {
      try {
        const analysis = analyzer.analyzeRaw(await readFileDocument(file));
        if (await store.saveAnalysis(analysis, file)) stored++;
        else duplicates++;
      } catch (error) {
        errors++;
        process.stderr.write(`newsgraph: ${(error as Error).message}\n`);
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
