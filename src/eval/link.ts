/**
 * `npm run eval:link -- <gold.tsv> [--json] [--shared dir] [--errors]`: actor-code accuracy of
 * linked mentions, and how often pronouns, surnames and titled references reach the right named
 * person, on a gold set whose rows point into the NER dev sets under ../shared/data
 * (data/gold/linking/README.md says how it was built and labelled).
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalCommandLine } from './command-line.js';
import {
  documentText,
  LINK_SOURCES,
  type LinkGoldRow,
  occurrence,
  readLinkGold,
  sourceDocuments,
} from './link-data.js';
import { linkDocument } from './link-run.js';
import {
  accuracy,
  actorCorrect,
  type LinkOutcome,
  outcomeOf,
  referenceCorrect,
  type Tally,
} from './link-score.js';
import { formatTable } from './table.js';

const USAGE = 'usage: tsx src/eval/link.ts <gold.tsv> [--json] [--shared dir] [--errors]';
const { values, path } = evalCommandLine(USAGE, {
  shared: { type: 'string' },
  errors: { type: 'boolean', default: false },
});
const shared =
  values.shared ??
  process.env.NEWSGRAPH_SHARED?.replace(/\/?$/u, '/data') ??
  fileURLToPath(new URL('../../../shared/data', import.meta.url));

let gold: LinkGoldRow[];
try {
  gold = readLinkGold(path);
} catch (error) {
  console.error(`NG_E005: ${(error as Error).message}`);
  process.exit(2);
}
if (values.limit) gold = gold.slice(0, Number(values.limit));

const started = performance.now();
const outcomes: LinkOutcome[] = [];
const byDocument = new Map<string, LinkGoldRow[]>();
for (const row of gold) {
  const key = `${row.source}\t${row.doc}`;
  byDocument.set(key, [...(byDocument.get(key) ?? []), row]);
}
for (const rows of byDocument.values()) {
  const first = rows[0] as LinkGoldRow;
  const source = LINK_SOURCES[first.source];
  const nerDoc = sourceDocuments(shared, first.source)[first.doc];
  if (!source || !nerDoc) {
    console.error(`NG_E005: ${path}:${first.line}: no document ${first.doc} in ${first.source}`);
    process.exit(2);
  }
  const { text, starts } = documentText(nerDoc);
  const doc = linkDocument(text, source.published);
  for (const row of rows) {
    const at = occurrence(text, starts[row.sentence] ?? -1, row.text, row.nth);
    if (!at) {
      console.error(`NG_E005: ${path}:${row.line}: "${row.text}" #${row.nth} not in sentence`);
      process.exit(2);
    }
    outcomes.push(outcomeOf(doc, row, at.start, at.end));
  }
}
const seconds = (performance.now() - started) / 1000;

function tally(select: (o: LinkOutcome) => boolean, correct: (o: LinkOutcome) => boolean): Tally {
  const chosen = outcomes.filter(select);
  return { correct: chosen.filter(correct).length, total: chosen.length };
}

const scoredActor = (o: LinkOutcome) => o.row.actor !== '*';
const isReference = (o: LinkOutcome) => o.row.refers !== null;
const tallies: [string, Tally][] = [
  ['actor accuracy', tally(scoredActor, actorCorrect)],
  ...['name', 'title', 'surname', 'metonym', 'pronoun'].map((kind): [string, Tally] => [
    `actor accuracy (${kind})`,
    tally((o) => scoredActor(o) && o.row.kind === kind, actorCorrect),
  ]),
  ['coreference to the named person', tally(isReference, referenceCorrect)],
  [
    'coreference (pronouns)',
    tally((o) => isReference(o) && o.row.kind === 'pronoun', referenceCorrect),
  ],
  [
    'coreference (surnames, titles)',
    tally((o) => isReference(o) && o.row.kind !== 'pronoun', referenceCorrect),
  ],
];

if (values.errors) {
  for (const o of outcomes) {
    const where = `${path}:${o.row.line}\t${o.row.text}\t${o.row.kind}`;
    if (scoredActor(o) && !actorCorrect(o))
      console.error(`ACTOR\t${where}\tgold ${o.row.actor ?? '-'}\tsystem ${o.actor ?? '-'}`);
    if (isReference(o) && !referenceCorrect(o))
      console.error(`REF\t${where}\tgold ${o.row.refers}\tsystem ${o.names[0] ?? '-'}`);
  }
}

const dataset = basename(resolve(path));
const rows = tallies.map(([metric, t]) => ({
  stage: 'linking',
  dataset,
  metric: `${metric} (n=${t.total})`,
  newsgraph: Number(accuracy(t).toFixed(4)),
  peer: null,
}));
console.error(
  formatTable(
    ['data set', 'metric', 'newsgraph'],
    rows.map((r) => [r.dataset, r.metric, r.newsgraph.toFixed(3)]),
  ),
);
console.error(
  `${gold.length} gold mentions in ${byDocument.size} documents, ${seconds.toFixed(1)} s`,
);
if (values.json) console.log(JSON.stringify({ rows }));
