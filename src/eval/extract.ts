import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../extract/decode.js';
import { extractArticle } from '../extract/extract.js';
import { type EvalPage, loadEvalPages, readPageBytes } from './extract-data.js';
import { addCounts, type SnippetCounts, scorePage, scores, zeroCounts } from './extract-score.js';

const USAGE =
  'usage: tsx src/eval/extract.ts <dir> [--lang en] [--limit N] [--json] [--raw] [--verbose]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean', default: false },
    raw: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const dir = positionals[0];
if (!dir) {
  console.error(USAGE);
  process.exit(2);
}

let pages = loadEvalPages(dir);
if (values.lang) pages = pages.filter((p) => p.lang === values.lang);
if (values.limit) pages = pages.slice(0, Number(values.limit));

/** The text scored for a page: our body, or with `--raw` the whole decoded page (scorer check). */
function output(page: EvalPage): { text: string | null; error: string | null } {
  const raw = {
    name: page.file,
    bytes: readPageBytes(dir as string, page),
    url: page.url,
    headers: {},
    fetchedAt: null,
  };
  try {
    if (values.raw) return { text: decodeBytes(raw).text, error: null };
    return { text: extractArticle({ ...raw, mediaType: 'text/html' }).text, error: null };
  } catch (error) {
    return { text: null, error: error instanceof Error ? error.message : String(error) };
  }
}

let total: SnippetCounts = zeroCounts();
const failures: string[] = [];
const started = performance.now();
for (const page of pages) {
  const { text, error } = output(page);
  if (error) failures.push(error);
  const counts = scorePage(text, page.with, page.without);
  total = addCounts(total, counts);
  if (values.verbose && (counts.fn > 0 || counts.fp > 0)) {
    console.error(`${page.file}\tfn ${counts.fn}\tfp ${counts.fp}\t${page.url}`);
  }
}
const seconds = (performance.now() - started) / 1000;
const s = scores(total);
const dataset = `${basename(dir)}${values.lang ? `:${values.lang}` : ''}`;
const stage = values.raw ? 'extract-raw-html' : 'extract';

/** Published figures to print beside ours; only where they were measured on the same pages. */
function anchorFor(metric: string): { name: string; value: number } | null {
  const fullSet = !values.lang && !values.limit && basename(dir as string) === 'extraction-dev';
  if (!fullSet || metric !== 'f') return null;
  return { name: 'trafilatura, published (in-sample)', value: 0.924 };
}

const table = [
  `${stage} on ${dataset}: ${pages.length} pages, ${failures.length} without output, ${seconds.toFixed(1)} s`,
  `TP ${total.tp}  FN ${total.fn}  FP ${total.fp}  TN ${total.tn}`,
  `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  accuracy ${s.accuracy.toFixed(3)}  F ${s.f.toFixed(3)}`,
  ...failures.slice(0, 10).map((f) => `  ${f}`),
].join('\n');

if (values.json) {
  console.error(table);
  const rows = Object.entries({ ...s, pages: pages.length, no_output: failures.length }).map(
    ([metric, newsgraph]) => ({ stage, dataset, metric, newsgraph, peer: anchorFor(metric) }),
  );
  console.log(JSON.stringify({ rows }));
} else {
  console.log(table);
}
