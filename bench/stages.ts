// Where the analysis time goes: each pipeline component timed on the English extraction-dev pages.
import { defaultComponents } from '../src/analyze/components.js';
import { defaultResources } from '../src/analyze/resources.js';
import { toAnalysis } from '../src/analyze/to-analysis.js';
import { Doc } from '../src/doc/doc.js';
import type { Component } from '../src/doc/pipeline.js';
import { Pipeline } from '../src/doc/pipeline.js';
import { formatTable } from '../src/eval/table.js';
import { articleFromBody, extractArticle } from '../src/extract/extract.js';
import { benchSetup } from './pages.js';

const { dir, rounds, json, pages } = benchSetup('bench:stages');
const texts = pages.flatMap((raw) => {
  try {
    return [extractArticle(raw).text];
  } catch {
    return [];
  }
});
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

/** CPU milliseconds (user + system) since `started`: steadier than the wall clock on a shared machine. */
const cpuMsSince = (started: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

/** CPU milliseconds per stage in the current pass. */
const spent = new Map<string, number>();
const timed = (component: Component): Component => ({
  ...component,
  run(doc: Doc) {
    const started = process.cpuUsage();
    component.run(doc);
    spent.set(component.name, (spent.get(component.name) ?? 0) + cpuMsSince(started));
  },
});
const components = defaultComponents(defaultResources());
const pipeline = new Pipeline(components.map(timed));
const SERIALISE = 'to-analysis';
const stages = [...components.map((c) => c.name), SERIALISE];

/** One pass over every text, as `Analyzer.analyzeBody` does it; returns ms per stage. */
function pass(): Map<string, number> {
  spent.clear();
  for (const text of texts) {
    const article = articleFromBody(text, {});
    const context = { published: { ...article.published }, url: article.url };
    const doc = pipeline.run(new Doc(article.text, context));
    const started = process.cpuUsage();
    toAnalysis(article, doc);
    spent.set(SERIALISE, (spent.get(SERIALISE) ?? 0) + cpuMsSince(started));
  }
  return new Map(spent);
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

pass(); // warm-up, not timed
const perStage = new Map<string, number[]>(stages.map((s) => [s, []]));
const totals: number[] = [];
const wall: number[] = [];
for (let r = 0; r < rounds; r++) {
  const started = performance.now();
  const times = pass();
  wall.push(performance.now() - started);
  let total = 0;
  for (const stage of stages) {
    const ms = times.get(stage) ?? 0;
    perStage.get(stage)?.push(ms);
    total += ms;
  }
  totals.push(total);
}
const totalMs = median(totals);
const stageRows = stages.map((stage) => {
  const ms = median(perStage.get(stage) ?? []);
  return { stage, ms, share: ms / totalMs };
});
const tokensMs = stageRows
  .filter((r) => r.stage === 'tokens' || r.stage === 'sentences')
  .reduce((n, r) => n + r.ms, 0);
const summary = {
  articlesPerCpuSecond: texts.length / (totalMs / 1000),
  articlesPerWallSecond: texts.length / (median(wall) / 1000),
  tokensSentencesWordsPerSecond: words / (tokensMs / 1000),
};

if (json) {
  const dataset = 'extraction-dev/en';
  const row = (stage: string, metric: string, value: number) => ({
    stage,
    dataset,
    metric,
    newsgraph: value,
    peer: null,
  });
  const rows = [
    ...stageRows.flatMap((r) => [row(r.stage, 'ms', r.ms), row(r.stage, 'share', r.share)]),
    row('tokens+sentences', 'words/s', summary.tokensSentencesWordsPerSecond),
    row('analysis', 'articles/cpu-s', summary.articlesPerCpuSecond),
    row('analysis', 'articles/wall-s', summary.articlesPerWallSecond),
  ];
  console.log(JSON.stringify({ data: dir, articles: texts.length, words, rounds, rows }));
} else {
  console.log(
    `newsgraph stage bench: ${texts.length} extracted English pages, ${words} words, median of ${rounds} rounds after 1 warm-up\n`,
  );
  console.log(
    formatTable(
      ['stage', 'median CPU ms', 'share of analysis'],
      [
        ...stageRows.map((r) => [r.stage, r.ms.toFixed(0), `${(r.share * 100).toFixed(1)}%`]),
        ['total', totalMs.toFixed(0), '100%'],
      ],
    ),
  );
  const fmt = (n: number) => n.toFixed(1);
  console.log(
    `\nanalysis ${fmt(summary.articlesPerCpuSecond)} articles per CPU-second (${fmt(summary.articlesPerWallSecond)} per wall-clock second); tokens+sentences ${summary.tokensSentencesWordsPerSecond.toFixed(0)} words per CPU-second`,
  );
}
