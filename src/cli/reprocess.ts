import type { Analysis } from '../analyze/analysis.js';
import { analysisVersion } from '../analyze/version.js';
import { reprocess } from '../query/reprocess.js';
import { openStore } from '../store/open.js';
import { analyzerFrom } from './analyzer.js';
import type { CommandLine } from './args.js';

/**
 * `newsgraph reprocess [--db …] [--dry-run]`: re-analyses stored articles after a model or
 * dictionary update and prints what changed (events added, dropped and recoded, per dyad and code).
 */
export async function runReprocess(cli: CommandLine): Promise<number> {
  const store = await openStore(cli.values.db, { existing: true });
  const analyzer = analyzerFrom(cli);
  const reanalyse = (old: Analysis) => {
    // A date the old run inferred is inferred again; a known one is kept.
    const known = old.article.published.source !== 'inferred';
    const published = known ? old.article.published : { value: null, source: null };
    return {
      ...analyzer.analyzeArticle({ ...old.article, published }),
      ...(old.id ? { id: old.id } : {}),
    };
  };
  try {
    const report = await reprocess(store, reanalyse, analysisVersion(), {
      dryRun: cli.values['dry-run'],
      onProgress: (done) => {
        if (done % 100 === 0) process.stderr.write(`reprocess: ${done} articles\n`);
      },
    });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
