import { cpus } from 'node:os';
import nlp from 'compromise';
import { Analyzer } from '../src/analyze/analyzer.js';
import { formatTable } from '../src/eval/table.js';
import { extractArticle } from '../src/extract/extract.js';
import { benchSetup } from './pages.js';

const { dir, rounds, json, pages } = benchSetup('bench:pipeline');

let peakRss = process.memoryUsage.rss();
const loadStarted = performance.now();
const analyzer = new Analyzer();
const analyzerLoadSeconds = (performance.now() - loadStarted) / 1000;
const withoutEvents = new Analyzer({ disable: ['events'] });
const texts = pages.flatMap((raw) => {
  try {
    return [extractArticle(raw).text];
  } catch {
    return [];
  }
});
const chars = texts.reduce((n, t) => n + t.length, 0);
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

function compromise(text: string): void {
  const doc = nlp(text);
  doc.sentences().out('array');
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
}

/** One timed pass; RSS is sampled per article because a synchronous loop starves timers. */
function pass<T>(
  items: readonly T[],
  run: (item: T) => unknown,
): { seconds: number; errors: number } {
  let errors = 0;
  const started = performance.now();
  for (const item of items) {
    try {
      run(item);
    } catch {
      errors++;
    }
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  return { seconds: (performance.now() - started) / 1000, errors };
}

function mode<T>(name: string, input: string, items: readonly T[], run: (item: T) => unknown) {
  return { name, input, articles: items.length, pass: () => pass(items, run) };
}
const modes = [
  mode('newsgraph full', 'HTML', pages, (raw) => analyzer.analyzeRaw(raw)),
  mode('stage: extract', 'HTML', pages, (raw) => extractArticle(raw)),
  mode('newsgraph analysis', 'extracted text', texts, (text) => analyzer.analyzeBody(text)),
  mode('  without events', 'extracted text', texts, (text) => withoutEvents.analyzeBody(text)),
  mode('compromise', 'extracted text', texts, compromise),
];
const errors = modes.map((m) => m.pass().errors); // warm-up, not timed
// Rounds interleave the modes so that load from elsewhere on the machine hits them alike.
const times = modes.map((): number[] => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, m] of modes.entries()) times[i]?.push(m.pass().seconds);
}
const rows = modes.map((m, i) => {
  const sorted = (times[i] ?? []).sort((a, b) => a - b);
  const seconds = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return {
    name: m.name,
    input: m.input,
    articles: m.articles,
    errors: errors[i] ?? 0,
    seconds,
    articlesPerSecond: m.articles / seconds,
    wordsPerSecond: words / seconds,
    charsPerSecond: chars / seconds,
  };
});
const [full, , analysis, noEvents, peer] = rows;
const ratio = {
  /** What coding events adds to the analysis's time. */
  eventsShare: (noEvents?.articlesPerSecond ?? 0) / (analysis?.articlesPerSecond ?? 1) - 1,
  analysisVsCompromise: (analysis?.articlesPerSecond ?? 0) / (peer?.articlesPerSecond ?? 1),
  fullVsCompromise: (full?.articlesPerSecond ?? 0) / (peer?.articlesPerSecond ?? 1),
};
const env = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  data: dir,
  pages: pages.length,
  extracted: texts.length,
  words,
  chars,
  rounds,
  analyzerLoadSeconds,
  peakRssMB: Math.round(peakRss / 2 ** 20),
};

if (json) {
  console.log(JSON.stringify({ ...env, rows, ratio }));
} else {
  const fmt = (n: number, digits = 0) => n.toFixed(digits);
  console.log(
    `newsgraph pipeline bench: ${env.pages} English pages (${env.extracted} extracted, ${words} words, ${chars} chars), median of ${rounds} rounds after 1 warm-up\n`,
  );
  console.log(
    formatTable(
      ['pipeline', 'input', 'articles', 'errors', 'median s', 'articles/s', 'words/s', 'chars/s'],
      rows.map((r) => [
        r.name.startsWith('stage') ? `  ${r.name}` : r.name,
        r.input,
        String(r.articles),
        String(r.errors),
        fmt(r.seconds, 3),
        fmt(r.articlesPerSecond, 1),
        fmt(r.wordsPerSecond),
        fmt(r.charsPerSecond),
      ]),
    ),
  );
  console.log(
    `\nnewsgraph/compromise (articles/s): analysis on same text ${fmt(ratio.analysisVsCompromise, 2)}x, full from HTML ${fmt(ratio.fullVsCompromise, 2)}x`,
  );
  console.log(`event coding adds ${fmt(ratio.eventsShare * 100, 1)}% to the analysis time`);
  console.log(
    `Analyzer load ${fmt(analyzerLoadSeconds, 2)} s  peak RSS ${env.peakRssMB} MB  node ${env.node}  cpu ${env.cpu}`,
  );
}
