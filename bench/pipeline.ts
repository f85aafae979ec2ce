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

/**
 * Time in wall-clock and in CPU seconds (this process's, all threads): on a shared machine the
 * CPU time leaves out the time other processes held the cores.
 */
interface Timed {
  seconds: number;
  cpuSeconds: number;
  errors: number;
}

/** Runs `run` on `items`, adding its time to `into`; RSS is sampled per item because a synchronous loop starves timers. */
function timeInto<T>(items: readonly T[], run: (item: T) => unknown, into: Timed): void {
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (const item of items) {
    try {
      run(item);
    } catch {
      into.errors++;
    }
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  into.seconds += (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  into.cpuSeconds += (cpu.user + cpu.system) / 1e6;
}

function pass<T>(items: readonly T[], run: (item: T) => unknown): Timed {
  const timed = { seconds: 0, cpuSeconds: 0, errors: 0 };
  timeInto(items, run, timed);
  return timed;
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
const [FULL, EXTRACT, ANALYSIS, NO_EVENTS, PEER] = [0, 1, 2, 3, 4] as const;

/**
 * The event-coding share is a difference of two close times, so its modes get more rounds than
 * compromise's reference row, and at least this many: with fewer, a round slowed by load from
 * elsewhere on the machine moves the figure by 20 points.
 */
const MIN_NEWSGRAPH_ROUNDS = 9;
const newsgraphRounds = Math.max(rounds, MIN_NEWSGRAPH_ROUNDS);

/**
 * The analysis with and without events, article by article, each article's two runs in turn
 * first (ABBA…): load from elsewhere on the machine, and the collector's pauses, which come every
 * few articles and land on whichever run is going, fall on both alike. Timing whole passes one
 * after the other left a single major collection to move a round's ratio by 20 points. (Forcing
 * a full collection before each pass is no cure: V8 reads it as a cue to shrink the heap, and the
 * pass after it spends twice the CPU time in the collector.)
 */
function pairedPass(round: number): [Timed, Timed] {
  const withEvents = { seconds: 0, cpuSeconds: 0, errors: 0 };
  const without = { seconds: 0, cpuSeconds: 0, errors: 0 };
  texts.forEach((text, k) => {
    const a = () => timeInto([text], (t) => analyzer.analyzeBody(t), withEvents);
    const b = () => timeInto([text], (t) => withoutEvents.analyzeBody(t), without);
    const [first, second] = (k + round) % 2 === 0 ? [a, b] : [b, a];
    first();
    second();
  });
  return [withEvents, without];
}

const errors = modes.map((m) => m.pass().errors); // warm-up, not timed
const times = modes.map((): number[] => []);
const cpuTimes = modes.map((): number[] => []);
/** Per round: analysis time / time without events, over the same articles run in turn. */
const pairedRatios: number[] = [];
const pairedCpuRatios: number[] = [];
for (let r = 0; r < newsgraphRounds; r++) {
  // Rounds interleave the modes so that load from elsewhere on the machine hits them alike.
  const round = new Map<number, Timed>();
  for (const i of [FULL, EXTRACT, ...(r < rounds ? [PEER] : [])])
    round.set(i, modes[i]?.pass() ?? pass([], () => {}));
  const [a, b] = pairedPass(r);
  round.set(ANALYSIS, a).set(NO_EVENTS, b);
  for (const [i, t] of round) {
    times[i]?.push(t.seconds);
    cpuTimes[i]?.push(t.cpuSeconds);
  }
  pairedRatios.push(a.seconds / b.seconds);
  pairedCpuRatios.push(a.cpuSeconds / b.cpuSeconds);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const rows = modes.map((m, i) => {
  const seconds = median(times[i] ?? []);
  return {
    name: m.name,
    input: m.input,
    articles: m.articles,
    errors: errors[i] ?? 0,
    rounds: times[i]?.length ?? 0,
    seconds,
    cpuSeconds: median(cpuTimes[i] ?? []),
    articlesPerSecond: m.articles / seconds,
    wordsPerSecond: words / seconds,
    charsPerSecond: chars / seconds,
  };
});
const [full, , analysis, noEvents, peer] = rows;
/** CPU seconds a round spends coding events: the analysis's paired excess over the run without. */
const eventCpuSeconds = (median(pairedCpuRatios) - 1) * (noEvents?.cpuSeconds ?? 0);
const ratio = {
  /** What coding events adds to the analysis's CPU time: the median of the rounds' paired ratios. */
  eventsShare: median(pairedCpuRatios) - 1,
  /** The lowest and highest of those ratios, to show how far the machine moved the figure. */
  eventsShareRange: [Math.min(...pairedCpuRatios) - 1, Math.max(...pairedCpuRatios) - 1],
  /** The same from wall-clock times, which load from elsewhere on the machine moves more. */
  eventsShareWall: median(pairedRatios) - 1,
  /** Event coding's part of the whole pipeline's CPU time, from HTML. */
  eventsOfFull: eventCpuSeconds / (full?.cpuSeconds ?? 1),
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
  newsgraphRounds,
  analyzerLoadSeconds,
  peakRssMB: Math.round(peakRss / 2 ** 20),
};

if (json) {
  console.log(JSON.stringify({ ...env, rows, ratio }));
} else {
  const fmt = (n: number, digits = 0) => n.toFixed(digits);
  console.log(
    `newsgraph pipeline bench: ${env.pages} English pages (${env.extracted} extracted, ${words} words, ${chars} chars), median of ${newsgraphRounds} rounds (compromise ${rounds}) after 1 warm-up\n`,
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
  const [low, high] = ratio.eventsShareRange.map((r) => fmt((r ?? 0) * 100, 1));
  console.log(
    `event coding adds ${fmt(ratio.eventsShare * 100, 1)}% to the analysis time (CPU time, median of ${newsgraphRounds} paired rounds, ${low}% to ${high}%; wall clock ${fmt(ratio.eventsShareWall * 100, 1)}%)`,
  );
  console.log(
    `event coding is ${fmt(ratio.eventsOfFull * 100, 1)}% of the full pipeline's time from HTML (CPU ${fmt(eventCpuSeconds, 3)} of ${fmt(full?.cpuSeconds ?? 0, 3)} s)`,
  );
  console.log(
    `Analyzer load ${fmt(analyzerLoadSeconds, 2)} s  peak RSS ${env.peakRssMB} MB  node ${env.node}  cpu ${env.cpu}`,
  );
}
