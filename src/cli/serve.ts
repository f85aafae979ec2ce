import { NewsgraphError } from '../doc/errors.js';
import { buildServer } from '../server/app.js';
import { openStore } from '../store/open.js';
import { withQueryCache } from '../store/query-cache.js';
import { analyzerFrom } from './analyzer.js';
import type { CommandLine } from './args.js';

/** `newsgraph serve`: the REST API; read-only unless a write token is given. */
export async function runServe(cli: CommandLine): Promise<number> {
  const port = Number(cli.values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new NewsgraphError('NG_E008', '--port', `not a port: ${cli.values.port}`);
  }
  const token = cli.values.token ?? process.env.NEWSGRAPH_TOKEN;
  // Dashboards ask the same questions again and again: answer them from memory until data changes.
  const store = withQueryCache(await openStore(cli.values.db, { existing: true }));
  const app = buildServer({ store, analyzer: analyzerFrom(cli), token, version: '0.1.0' });
  const address = await app.listen({ port, host: cli.values.host ?? '127.0.0.1' });
  process.stderr.write(
    `newsgraph: serving ${cli.values.db} at ${address} (${token ? 'read-write' : 'read-only'})\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
