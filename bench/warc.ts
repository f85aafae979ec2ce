import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildWarc, loadSamplePages } from './warc-build.js';

/**
 * `npm run bench:warc [-- --size-mb 1024 --data DIR --keep --json]`: builds a WARC.gz of the
 * given size in a temp folder from the extraction-dev pages, streams it through
 * `newsgraph extract` in a child process (output read and counted, as a consumer would), and
 * reports pages/s and the child's peak RSS (GNU time's maximum resident set size).
 */
const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '1024' },
    data: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = values.data ? resolve(values.data) : resolve(root, '../shared/data/extraction-dev');
if (!existsSync(join(dataDir, 'manifest.tsv'))) {
  console.error(`bench:warc: data folder not found (no manifest.tsv): ${dataDir}`);
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  console.error('bench:warc: needs GNU time at /usr/bin/time to measure the peak RSS');
  process.exit(2);
}
const sizeMb = Number(values['size-mb']);
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-warc-'));
const log = (line: string) => process.stderr.write(`bench:warc: ${line}\n`);

interface Run {
  seconds: number;
  lines: number;
  peakRssMb: number;
  summary: string;
}

function runExtract(path: string): Promise<Run> {
  const cli = join(root, 'src/cli/main.ts');
  const started = performance.now();
  const child = spawn(
    '/usr/bin/time',
    ['-v', process.execPath, '--import', 'tsx', cli, 'extract', path],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let lines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 0x0a) lines++;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', () => {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr)?.[1];
      const summary = /newsgraph: \d+ documents.*/u.exec(stderr)?.[0] ?? stderr.slice(-500);
      const seconds = (performance.now() - started) / 1000;
      done({ seconds, lines, peakRssMb: Number(rss ?? Number.NaN) / 1024, summary });
    });
  });
}

try {
  log(`building a ${sizeMb} MB WARC.gz in ${dir}`);
  const built = await buildWarc(
    join(dir, 'bench.warc.gz'),
    loadSamplePages(dataDir),
    sizeMb * 2 ** 20,
  );
  const mb = (n: number) => n / 2 ** 20;
  log(
    `built ${mb(built.bytes).toFixed(0)} MB (${mb(built.uncompressedBytes).toFixed(0)} MB uncompressed), ${built.records} records, ${built.responses} HTML responses; extracting`,
  );
  const run = await runExtract(built.path);
  const pagesPerSecond = run.lines / run.seconds;
  const dataset = `synthetic WARC.gz ${mb(built.bytes).toFixed(0)} MB`;
  const rows = [
    {
      stage: 'sources',
      dataset,
      metric: 'pages/s (warc → extract)',
      newsgraph: +pagesPerSecond.toFixed(1),
      peer: null,
    },
    {
      stage: 'sources',
      dataset,
      metric: 'peak RSS MB',
      newsgraph: Math.round(run.peakRssMb),
      peer: null,
    },
    {
      stage: 'sources',
      dataset,
      metric: 'compressed MB/s',
      newsgraph: +(mb(built.bytes) / run.seconds).toFixed(2),
      peer: null,
    },
  ];
  if (values.json)
    console.log(
      JSON.stringify({
        rows,
        records: built.records,
        responses: built.responses,
        articles: run.lines,
      }),
    );
  else {
    console.log(
      `newsgraph extract over ${dataset} (${mb(built.uncompressedBytes).toFixed(0)} MB uncompressed, ${built.responses} HTML responses of ${built.records} records)`,
    );
    console.log(`  ${run.summary}`);
    console.log(
      `  ${run.lines} articles in ${run.seconds.toFixed(1)} s: ${pagesPerSecond.toFixed(1)} pages/s, ${(mb(built.bytes) / run.seconds).toFixed(2)} compressed MB/s`,
    );
    console.log(
      `  peak RSS of the extract process: ${run.peakRssMb.toFixed(0)} MB  (node ${process.version}, ${cpus()[0]?.model ?? 'cpu'})`,
    );
  }
} finally {
  if (values.keep) log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
