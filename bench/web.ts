import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { formatTable } from '../src/eval/table.js';
import { buildWeb } from '../src/web/build.js';
import {
  ingestSampleCorpus,
  launchBrowser,
  startDashboard,
  waitForView,
} from '../src/web/harness.js';

/**
 * `npm run bench:web`: the dashboard's bundle size (gzip) and, for each view, the time from a full
 * page load to its data rendered (median of --rounds), in Debian's Chromium on localhost over the
 * sample corpus.
 */
const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, rounds: { type: 'string', default: '5' } },
});
const rounds = Math.max(1, Number(values.rounds) || 5);

const VIEWS: [string, string][] = [
  ['search', '#/search?q=agreement'],
  ['article', '#/article?id=1&hl=0-40'],
  ['dyad', '#/dyad?a=FRA&b=DEU'],
  ['actor', '#/actor?id=FRA'],
  ['network', '#/network'],
  ['map', '#/map'],
  ['ingest', '#/ingest'],
];

const files = await buildWeb();
const firstView = files.filter((f) => f.initial).reduce((n, f) => n + f.gzipBytes, 0);
const lazy = files.filter((f) => !f.initial).reduce((n, f) => n + f.gzipBytes, 0);

const dashboard = await startDashboard(ingestSampleCorpus());
const browser = await launchBrowser();
const page = await browser.newPage();
const times = new Map<string, number[]>(VIEWS.map(([v]) => [v, []]));
try {
  for (let r = 0; r <= rounds; r++) {
    for (const [view, hash] of VIEWS) {
      await page.goto('about:blank');
      const started = performance.now();
      await page.goto(`${dashboard.url}/${hash}`);
      await waitForView(page, view);
      // Round 0 warms the server and the browser's caches; it is not counted.
      if (r > 0) times.get(view)?.push(performance.now() - started);
    }
  }
} finally {
  await browser.close();
  await dashboard.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows = [
  ...VIEWS.map(([view]) => ({
    stage: 'web',
    dataset: 'samples',
    metric: `first render ms, ${view}`,
    newsgraph: Math.round(median(times.get(view) ?? [])),
    peer: null,
  })),
  {
    stage: 'web',
    dataset: 'bundle',
    metric: 'first view KB gzip',
    newsgraph: Math.round(firstView / 102.4) / 10,
    peer: null,
  },
  {
    stage: 'web',
    dataset: 'bundle',
    metric: 'lazy chunks KB gzip',
    newsgraph: Math.round(lazy / 102.4) / 10,
    peer: null,
  },
];

if (values.json) {
  process.stdout.write(`${JSON.stringify({ rows })}\n`);
} else {
  process.stdout.write(
    `${formatTable(
      ['metric', 'value'],
      rows.map((r) => [r.metric, String(r.newsgraph)]),
    )}\n`,
  );
  process.stdout.write(
    `(${rounds} rounds, Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'})\n`,
  );
}
