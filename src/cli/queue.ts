import { parsePublished } from '../analyze/analyzer.js';
import { NewsgraphError } from '../doc/errors.js';
import { readFileDocument } from '../sources/file.js';
import { listPageFiles } from '../sources/folder.js';
import { openPostgres } from '../store/open.js';
import { enqueue, queueCounts, runOneJob } from '../store/queue.js';
import { analyzerFrom } from './analyzer.js';
import type { CommandLine } from './args.js';

/** `newsgraph enqueue <sources…> --db postgres://…`: puts the documents on the shared queue. */
export async function runEnqueue(cli: CommandLine): Promise<number> {
  const inputs = cli.positionals.slice(1);
  if (inputs.length === 0) throw new NewsgraphError('NG_E008', 'enqueue', 'give files or folders');
  const store = await openPostgres(cli.values.db);
  try {
    const files = await listPageFiles(inputs);
    const documents = [];
    for (const file of files)
      documents.push({
        raw: await readFileDocument(file),
        published: cli.values.published ?? null,
      });
    const count = await enqueue(store, documents);
    process.stdout.write(
      `${JSON.stringify({ enqueued: count, queue: await queueCounts(store) })}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * `newsgraph worker --db postgres://…`: takes jobs until stopped (or, with `--exit-when-empty`,
 * until the queue is empty). Any number of workers on any machines share one database.
 */
export async function runWorker(cli: CommandLine): Promise<number> {
  const store = await openPostgres(cli.values.db);
  const analyzer = analyzerFrom(cli);
  // For tests of crash safety only: hold each job this long inside its transaction.
  const pauseMs = Number(process.env.NEWSGRAPH_TEST_JOB_PAUSE_MS ?? 0);
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const done = { stored: 0, duplicate: 0, failed: 0 };
  try {
    while (!stopping) {
      const outcome = await runOneJob(
        store,
        (raw, published) =>
          analyzer.analyzeRaw(raw, published ? parsePublished(published) : undefined),
        pauseMs,
      );
      if (outcome !== 'empty') done[outcome]++;
      else if (cli.values['exit-when-empty']) break;
      else await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    process.stdout.write(`${JSON.stringify({ worker: process.pid, ...done })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
