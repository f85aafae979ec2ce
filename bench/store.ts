import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable } from '../src/eval/table.js';
import { actorNetwork, eventSeries } from '../src/query/aggregates.js';
import { whereClause } from '../src/query/event-filter.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { measureDyadView } from './store-dashboard.js';
import { measureIngest } from './store-ingest.js';
import { loadPostgres, loadSqlite } from './store-load.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    rounds: { type: 'string', default: '7' },
    limit: { type: 'string', default: '80' },
    data: { type: 'string' },
    postgres: { type: 'string' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    json: { type: 'boolean', default: false },
  },
});
const engines = new Set(values.engines.split(','));
const count = Number(values.events);
const rounds = Math.max(1, Number(values.rounds) || 7);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = values.data ? resolve(values.data) : resolve(root, '../shared/data/extraction-dev');
const postgresUrl =
  values.postgres ??
  process.env.NEWSGRAPH_TEST_POSTGRES ??
  'postgres://postgres@127.0.0.1:5432/test';

/** The measured queries: the heaviest dyad of the generated data, and its busiest actor. */
const SERIES = { dyad: 'USA-CHN' };
const NETWORK = { actor: 'USA', from: '2020-01-01', to: '2020-12-31' };

interface Row {
  stage: string;
  dataset: string;
  metric: string;
  newsgraph: number;
  peer: number | null;
}
const rows: Row[] = [];
const dataset = `${count.toLocaleString('en')} generated events`;
const log = (message: string) => process.stderr.write(`bench:store: ${message}\n`);

async function median(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/** The same aggregates on the events table, once: what the rollup saves. */
async function onEvents(store: Store, sql: string, filter: object): Promise<number> {
  const where = whereClause(filter);
  const started = performance.now();
  await store.select(sql.replace('WHERE', where.sql ? `${where.sql} AND` : 'WHERE'), where.params);
  return performance.now() - started;
}

async function measureQueries(engine: string, store: Store): Promise<void> {
  const series = await eventSeries(store, SERIES, 'month');
  const edges = await actorNetwork(store, NETWORK, 200);
  log(
    `${engine}: ${series.reduce((n, p) => n + p.events, 0)} ${SERIES.dyad} events, ${edges.length} edges`,
  );
  const seriesRaw = await onEvents(
    store,
    `SELECT substr(e.date, 1, 7), e.quad, count(*), avg(e.goldstein) FROM events e
     WHERE length(e.date) >= 7 GROUP BY substr(e.date, 1, 7), e.quad`,
    SERIES,
  );
  const networkRaw = await onEvents(
    store,
    `SELECT e.source_actor, e.target_actor, count(*) AS n FROM events e
     WHERE e.source_actor IS NOT NULL GROUP BY e.source_actor, e.target_actor ORDER BY n DESC LIMIT 200`,
    NETWORK,
  );
  const push = (metric: string, ms: number, peer: number) => {
    rows.push({ stage: 'store', dataset, metric: `${engine}: ${metric}`, newsgraph: ms, peer });
    log(`${engine}: ${metric}: ${ms.toFixed(1)} (events table: ${peer.toFixed(0)})`);
  };
  push(
    `dyad monthly series ${SERIES.dyad}, median ms`,
    await median(() => eventSeries(store, SERIES, 'month')),
    seriesRaw,
  );
  push(
    `actor network ${NETWORK.actor} 2020, median ms`,
    await median(() => actorNetwork(store, NETWORK, 200)),
    networkRaw,
  );
  const dashboard = await measureDyadView(store, rounds);
  const server = (metric: string, ms: number) => {
    rows.push({
      stage: 'store',
      dataset,
      metric: `${engine}: ${metric}`,
      newsgraph: ms,
      peer: null,
    });
    log(`${engine}: ${metric}: ${ms.toFixed(1)}`);
  };
  for (const [url, ms] of Object.entries(dashboard.requests)) server(`GET ${url}, median ms`, ms);
  server('dashboard dyad view (its 3 requests at once), median ms', dashboard.view);
}

async function sqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const path = join(dir, 'bench.db');
    const started = performance.now();
    await loadSqlite(path, count);
    const seconds = (performance.now() - started) / 1000;
    log(`SQLite: loaded in ${seconds.toFixed(0)} s`);
    rows.push({
      stage: 'store',
      dataset,
      metric: 'SQLite: bulk load, events/s',
      newsgraph: count / seconds,
      peer: null,
    });
    const store = openSqliteStore(path);
    await measureQueries('SQLite', store);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(): Promise<void> {
  const schema = `ng_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const started = performance.now();
  try {
    await loadPostgres(postgresUrl, schema, count);
    const seconds = (performance.now() - started) / 1000;
    log(`PostgreSQL: loaded in ${seconds.toFixed(0)} s`);
    rows.push({
      stage: 'store',
      dataset,
      metric: 'PostgreSQL: bulk load, events/s',
      newsgraph: count / seconds,
      peer: null,
    });
    const store = await openPostgresStore(postgresUrl, { schema });
    await measureQueries('PostgreSQL', store);
    await store.close();
  } finally {
    const store = await openPostgresStore(postgresUrl);
    await store.select(`DROP SCHEMA IF EXISTS ${schema} CASCADE`, []).catch(() => {});
    await store.close();
  }
}

const ingest = await measureIngest(dataDir, Number(values.limit), 3);
rows.push(
  {
    stage: 'store',
    dataset: ingest.dataset,
    metric: 'ingest into SQLite, articles/s (peer: bare pipeline)',
    newsgraph: ingest.ingest,
    peer: ingest.bare,
  },
  {
    stage: 'store',
    dataset: ingest.dataset,
    metric: 'ingest / bare pipeline, %',
    newsgraph: (100 * ingest.ingest) / ingest.bare,
    peer: null,
  },
);
if (engines.has('sqlite')) await sqlite();
if (engines.has('postgres')) await postgres();

if (values.json) {
  console.log(JSON.stringify({ rows }));
} else {
  const fmt = (n: number | null) => (n === null ? '-' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
  console.log(
    `newsgraph store bench: ${dataset}, medians of ${rounds} runs after a warm-up; peer = same query on the events table (1 run)\n`,
  );
  console.log(
    formatTable(
      ['dataset', 'metric', 'newsgraph', 'peer'],
      rows.map((r) => [r.dataset, r.metric, fmt(r.newsgraph), fmt(r.peer)]),
    ),
  );
  console.log(`\nnode ${process.version}  cpu ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}`);
}
