import { cpus } from 'node:os';
import { readabilityText } from '../src/eval/readability-peer.js';
import { formatTable } from '../src/eval/table.js';
import { decodeBytes } from '../src/extract/decode.js';
import { extractArticle } from '../src/extract/extract.js';
import type { RawDocument } from '../src/sources/raw-document.js';
import { benchSetup } from './pages.js';

const { dir, rounds, json, pages } = benchSetup('bench:extract');
const bytes = pages.reduce((n, p) => n + p.bytes.length, 0);

/**
 * Both start from the page's bytes: newsgraph decodes and extracts; Readability gets the same
 * decoded text, and its time includes building the DOM with jsdom, which it needs.
 */
const tools: { name: string; run: (raw: RawDocument) => unknown }[] = [
  { name: 'newsgraph', run: (raw) => extractArticle(raw) },
  {
    name: 'Readability.js + jsdom',
    run: (raw) => readabilityText(decodeBytes(raw).text, raw.url),
  },
];

function pass(run: (raw: RawDocument) => unknown): { seconds: number; errors: number } {
  let errors = 0;
  const started = performance.now();
  for (const raw of pages ?? []) {
    try {
      if (run(raw) === null) errors++;
    } catch {
      errors++;
    }
  }
  return { seconds: (performance.now() - started) / 1000, errors };
}

const errors = tools.map((t) => pass(t.run).errors); // warm-up, not timed
// Rounds interleave the tools so that load from elsewhere on the machine hits them alike.
const times = tools.map((): number[] => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, t] of tools.entries()) times[i]?.push(pass(t.run).seconds);
}
const rows = tools.map((t, i) => {
  const sorted = [...(times[i] ?? [])].sort((a, b) => a - b);
  const seconds = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return {
    name: t.name,
    pages: pages.length,
    errors: errors[i] ?? 0,
    seconds,
    pagesPerSecond: pages.length / seconds,
    mbPerSecond: bytes / 2 ** 20 / seconds,
  };
});
const ratio = (rows[0]?.pagesPerSecond ?? 0) / (rows[1]?.pagesPerSecond ?? 1);
const env = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  data: dir,
  pages: pages.length,
  htmlMB: Math.round(bytes / 2 ** 20),
  rounds,
};

if (json) {
  console.log(JSON.stringify({ ...env, rows, ratio }));
} else {
  console.log(
    `extract bench: ${env.pages} English pages of ${dir} (${env.htmlMB} MB of HTML, in memory), median of ${rounds} rounds after 1 warm-up\n`,
  );
  console.log(
    formatTable(
      ['extractor', 'pages', 'no output', 'median s', 'pages/s', 'MB/s'],
      rows.map((r) => [
        r.name,
        String(r.pages),
        String(r.errors),
        r.seconds.toFixed(3),
        r.pagesPerSecond.toFixed(1),
        r.mbPerSecond.toFixed(2),
      ]),
    ),
  );
  console.log(`\nnewsgraph/Readability (pages/s): ${ratio.toFixed(2)}x`);
  console.log(`node ${env.node}  cpu ${env.cpu}`);
}
