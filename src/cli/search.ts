import { NewsgraphError } from '../doc/errors.js';
import { searchArticles } from '../query/search.js';
import { openStore } from '../store/open.js';
import type { CommandLine } from './args.js';

/** `newsgraph search <words…>`: matching articles as JSON Lines, best first. */
export async function runSearch(cli: CommandLine): Promise<number> {
  const query = cli.positionals.slice(1).join(' ');
  if (query.trim() === '')
    throw new NewsgraphError('NG_E008', 'search', 'give words to search for');
  const limit = Number(cli.values.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new NewsgraphError('NG_E008', '--limit', '1 to 10000');
  }
  const store = await openStore(cli.values.db, { existing: true });
  try {
    const page = await searchArticles(store, query, { limit, offset: 0 });
    for (const hit of page.rows) process.stdout.write(`${JSON.stringify(hit)}\n`);
    process.stderr.write(`newsgraph: ${page.total} articles match\n`);
    return 0;
  } finally {
    await store.close();
  }
}
