import { basename } from 'node:path';
import { decodeBytes } from '../extract/decode.js';
import { extractArticle } from '../extract/extract.js';
import { evalCommandLine } from './command-line.js';
import { loadEvalPages, readPageBytes } from './extract-data.js';
import {
  type Contender,
  type ContenderResult,
  formatPageResult,
  runContenders,
  worstPages,
} from './extract-run.js';
import { scores } from './extract-score.js';
import { readabilityText } from './readability-peer.js';
import { formatTable } from './table.js';

const USAGE =
  'usage: tsx src/eval/extract.ts <dir> [--lang en] [--limit N] [--peer readability|none] [--score body|story] [--json] [--raw] [--verbose] [--worst N]';

const { values, path: dir } = evalCommandLine(USAGE, {
  lang: { type: 'string' },
  peer: { type: 'string', default: 'readability' },
  score: { type: 'string', default: 'body' },
  raw: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  worst: { type: 'string' },
});
if (!['readability', 'none'].includes(values.peer) || !['body', 'story'].includes(values.score)) {
  console.error(USAGE);
  process.exit(2);
}

let pages = loadEvalPages(dir);
if (values.lang) pages = pages.filter((p) => p.lang === values.lang);
if (values.limit) pages = pages.slice(0, Number(values.limit));

const READABILITY = 'Readability.js 0.6 + jsdom, same run';
const ours: Contender = {
  name: 'newsgraph',
  // With `--raw` the whole decoded page is the output: a check of the scorer against the README.
  run: (raw) => {
    if (values.raw) return decodeBytes(raw).text;
    const article = extractArticle({ ...raw, mediaType: 'text/html' });
    // `--score story`: the standfirst, which the article keeps apart, scored with the body.
    const story = values.score === 'story' && article.standfirst;
    return story ? `${article.standfirst}\n\n${article.text}` : article.text;
  },
};
// The peer reads the page as we decoded it, so both start from the same text.
const peer: Contender | null =
  values.peer === 'readability'
    ? { name: READABILITY, run: (raw) => readabilityText(decodeBytes(raw).text, raw.url) }
    : null;

const results = runContenders(
  pages,
  (page) => readPageBytes(dir, page),
  peer ? [ours, peer] : [ours],
  values.verbose ? (line) => console.error(line) : undefined,
);
const [mine, theirs] = results;
if (!mine) throw new Error('no result for newsgraph');
const dataset = `${basename(dir)}${values.lang ? `:${values.lang}` : ''}`;
const stage = values.raw
  ? 'extract-raw-html'
  : values.score === 'story'
    ? 'extract-story'
    : 'extract';

const metrics = (r: typeof mine) => ({
  ...scores(r.total),
  pages: pages.length,
  no_output: r.failures.length,
});
const ourMetrics = metrics(mine);
const peerMetrics = theirs ? metrics(theirs) : null;

/** trafilatura's published F, measured with this protocol on this whole set (in-sample for it). */
const fullSet = !values.lang && !values.limit && basename(dir) === 'extraction-dev';
const rows = Object.entries(ourMetrics).map(([metric, newsgraph]) => ({
  stage,
  dataset,
  metric,
  newsgraph,
  peer: peerMetrics
    ? { name: READABILITY, value: peerMetrics[metric as keyof typeof peerMetrics] }
    : null,
}));
if (fullSet && !values.raw) {
  const published = { name: 'trafilatura, published (in-sample)', value: 0.924 };
  rows.push({ stage, dataset, metric: 'f', newsgraph: ourMetrics.f, peer: published });
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));
const counts = (r: typeof mine) =>
  `TP ${r.total.tp}  FN ${r.total.fn}  FP ${r.total.fp}  TN ${r.total.tn}  ${r.seconds.toFixed(1)} s`;
const table = [
  `${stage} on ${dataset}: ${pages.length} pages`,
  ...results.map((r) => `${r.name}: ${counts(r)}`),
  formatTable(
    ['metric', 'newsgraph', 'peer'],
    rows.map((r) => [
      r.metric,
      fmt(r.newsgraph),
      r.peer ? `${r.peer.name} ${fmt(r.peer.value)}` : '-',
    ]),
  ),
  ...results.flatMap((r) => r.failures.slice(0, 10).map((f) => `  ${r.name}: ${f}`)),
  ...(values.worst ? worstListing(mine, Number(values.worst)) : []),
].join('\n');

if (values.json) {
  console.error(table);
  console.log(JSON.stringify({ rows }));
} else {
  console.log(table);
}

/** `--worst N`: our pages with the lowest F, worst first, with the snippets missed or let in. */
function worstListing(result: ContenderResult, n: number): string[] {
  const listed = worstPages(result, n);
  return [
    `\nnewsgraph, worst ${listed.length} pages (F, language guess, counts, file):`,
    ...listed.map(formatPageResult),
  ];
}
