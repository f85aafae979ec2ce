import type { Analysis } from '../analyze/analysis.js';
import { Analyzer } from '../analyze/analyzer.js';
import { evalCommandLine } from './command-line.js';
import { loadGoldArticles } from './quotes-data.js';
import { describeErrors, describeTally, type KnownMention } from './quotes-report.js';
import {
  addQuoteCounts,
  collapseNested,
  type PredictedQuote,
  type QuoteCounts,
  quoteScores,
  scoreArticle,
  zeroQuoteCounts,
} from './quotes-score.js';

const USAGE =
  'usage: tsx src/eval/quotes.ts <dir in the PolNeAR layout> [--json] [--limit N] [--errors]';

const { values, path: dir } = evalCommandLine(USAGE, {
  /** Lists every error with its class on stderr, then the classes by frequency. */
  errors: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
});
const listErrors = values.errors || values.verbose;
const tally = new Map<string, number>();

let articles = loadGoldArticles(dir);
if (values.limit) articles = articles.slice(0, Number(values.limit));

function predictedQuotes(analysis: Analysis): PredictedQuote[] {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  return analysis.quotes.map((q) => {
    const entity = q.speaker === null ? undefined : entities.get(q.speaker);
    return {
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: entity ? { name: entity.name, mentions: entity.mentions } : null,
      ...(q.cue ? { cue: q.cue.text } : {}),
    };
  });
}

function knownMentions(analysis: Analysis): KnownMention[] {
  return analysis.entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.name })),
  );
}

let all: QuoteCounts = zeroQuoteCounts();
let direct: QuoteCounts = zeroQuoteCounts();
let goldTotal = 0;
const started = performance.now();
for (const article of articles) {
  const analyzer = new Analyzer(article.published ? { published: article.published } : {});
  const analysis = analyzer.analyzeBody(article.text);
  const predicted = collapseNested(predictedQuotes(analysis));
  const counts = scoreArticle(predicted, article.attributions, article.text);
  all = addQuoteCounts(all, counts);
  direct = addQuoteCounts(
    direct,
    scoreArticle(
      predicted.filter((q) => q.kind !== 'indirect'),
      article.attributions.filter((a) => a.direct),
      article.text,
    ),
  );
  goldTotal += article.attributions.length;
  if (listErrors) console.error(describeErrors(article, predicted, knownMentions(analysis), tally));
}
if (listErrors) console.error(`== error classes\n${describeTally(tally)}`);
const seconds = (performance.now() - started) / 1000;
const sAll = quoteScores(all);
const sDirect = quoteScores(direct);
const dataset = dir.replace(/\/+$/u, '').split('/').slice(-2).join('/');

const PUBLISHED_NOTES = [
  'Published anchors, on other data (not comparable figure for figure):',
  '  Citron on PARC 3.0: content F1 0.833 (overlap), speaker F1 0.82-0.85;',
  '  Gender Gap Tracker on its own news set: quote F1 0.837, speaker accuracy 0.865.',
];

const metrics: [string, number, { name: string; value: number } | null][] = [
  ['direct_precision', sDirect.precision, null],
  ['direct_recall', sDirect.recall, null],
  ['direct_f1', sDirect.f1, null],
  ['all_precision', sAll.precision, null],
  ['all_recall', sAll.recall, null],
  ['all_f1', sAll.f1, { name: 'Citron (published, PARC 3.0, other data)', value: 0.833 }],
  [
    'speaker_accuracy',
    sAll.speaker,
    { name: 'Gender Gap Tracker (published, own data)', value: 0.865 },
  ],
  ['direct_speaker_accuracy', sDirect.speaker, null],
  ['articles', articles.length, null],
  ['gold_attributions', goldTotal, null],
];

const f = (n: number) => n.toFixed(3);
const table = [
  `quotes on ${dataset}: ${articles.length} articles, ${goldTotal} gold attributions, ${seconds.toFixed(1)} s`,
  `direct quotes   P ${f(sDirect.precision)}  R ${f(sDirect.recall)}  F1 ${f(sDirect.f1)}  (TP ${direct.tp} FP ${direct.fp} FN ${direct.fn})  speaker ${f(sDirect.speaker)}`,
  `all attribution P ${f(sAll.precision)}  R ${f(sAll.recall)}  F1 ${f(sAll.f1)}  (TP ${all.tp} FP ${all.fp} FN ${all.fn})`,
  `speaker accuracy over ${all.pairs} matched pairs: ${f(sAll.speaker)}`,
  ...PUBLISHED_NOTES,
].join('\n');

if (values.json) {
  console.error(table);
  const rows = metrics.map(([metric, newsgraph, peer]) => ({
    stage: 'quotes',
    dataset,
    metric,
    newsgraph,
    peer,
  }));
  console.log(JSON.stringify({ rows }));
} else {
  console.log(table);
}
