import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { formatTable } from '../src/eval/table.js';
import { COUNTRIES } from './events.js';
import { loadSqlite } from './store-load.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '20' },
    json: { type: 'boolean', default: false },
  },
});
const count = Number(values.events);
const connections = Number(values.connections);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PATH = '/series?dyad=USA-CHN&period=month';

/** `newsgraph serve` in its own process, so the load generator does not share its event loop. */
async function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'serve', '--db', db, '--port', '0'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = await new Promise<string>((done, fail) => {
    let said = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const address = said.match(/at (http:\/\/\S+)/u)?.[1];
      if (address) done(address);
    });
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${said}`)));
  });
  return { child, url };
}

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
let server: ChildProcess | undefined;
try {
  const db = join(dir, 'bench.db');
  process.stderr.write(`bench:serve: loading ${count} generated events into SQLite\n`);
  await loadSqlite(db, count);
  const started = await startServer(db);
  server = started.child;
  const measure = async (name: string, path: () => string) => {
    const result = await autocannon({
      url: `${started.url}${PATH}`,
      connections,
      duration: Number(values.duration),
      requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
    });
    return [
      { metric: 'requests/s (mean)', value: result.requests.average },
      { metric: 'latency p50, ms', value: result.latency.p50 },
      { metric: 'latency p99, ms', value: result.latency.p99 },
      { metric: 'non-2xx or errors', value: result.non2xx + result.errors },
      // What each answer weighs: a rare dyad with a quad class is a few rows, USA-CHN hundreds.
      {
        metric: 'bytes per response (mean)',
        value: result.throughput.total / result.requests.total,
      },
    ].map((r) => ({
      stage: 'serve',
      dataset: `${count.toLocaleString('en')} generated events, SQLite`,
      metric: `${name}, ${connections} connections: ${r.metric}`,
      newsgraph: r.value,
      peer: null,
    }));
  };
  // 1. One dyad asked again and again: answered from the query cache after the first time.
  // 2. A different dyad each time (every ordered country pair in turn): the rollup query itself.
  let next = 0;
  const varied = () => {
    const a = COUNTRIES[next % COUNTRIES.length];
    const b = COUNTRIES[Math.floor(next++ / COUNTRIES.length) % COUNTRIES.length];
    return `/series?dyad=${a}-${b === a ? 'USA' : b}&period=month&quad=${1 + (next % 4)}`;
  };
  const rows = [
    ...(await measure(`GET ${PATH} (repeated)`, () => PATH)),
    ...(await measure('GET /series, a different dyad and quad each time', varied)),
  ];
  if (values.json) console.log(JSON.stringify({ rows }));
  else {
    console.log(
      formatTable(
        ['dataset', 'metric', 'newsgraph'],
        rows.map((r) => [r.dataset, r.metric, r.newsgraph.toFixed(1)]),
      ),
    );
    console.log(
      `\nnode ${process.version}  cpu ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}`,
    );
  }
} finally {
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
