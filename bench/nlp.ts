/**
 * `npm run bench:nlp [-- --data DIR --limit N --rounds R --json]`: throughput of the linguistic
 * core (tokens, sentences, POS, named entities) in tokens per second on one core, over the
 * extracted English pages of `extraction-dev`, beside compromise and wink-nlp doing their
 * comparable work (sentences, POS tags, entities) on the same texts in the same run. Tokens are
 * newsgraph's, so every row divides the same count. Median of `--rounds` after one warm-up;
 * rounds interleave the rows so that load from elsewhere on the machine hits them alike. Speeds
 * are per second of this process's CPU time (the work is single-threaded, so that is one core's
 * time, whatever else the machine runs); wall-clock seconds are printed beside them.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import compromise from 'compromise';
import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { dataPath } from '../src/doc/data-path.js';
import { Doc } from '../src/doc/doc.js';
import type { Component } from '../src/doc/pipeline.js';
import { formatTable } from '../src/eval/table.js';
import { extractArticle } from '../src/extract/extract.js';
import { createEntityRecogniser } from '../src/nlp/entities/index.js';
import { defaultKnowledge } from '../src/nlp/knowledge/index.js';
import { DEFAULT_NER_MODEL, loadNerModel } from '../src/nlp/ner-model/model.js';
import { createPosTagger, loadPosModel } from '../src/nlp/pos/index.js';
import { sentences } from '../src/nlp/sentences/index.js';
import { tokens } from '../src/nlp/tokens/index.js';
import { benchSetup } from './pages.js';

const { dir, rounds, json, pages } = benchSetup('bench:nlp');

const texts = pages.flatMap((raw) => {
  try {
    return [extractArticle(raw).text];
  } catch {
    return [];
  }
});

const loadStarted = performance.now();
const kb = defaultKnowledge();
const pos = createPosTagger(loadPosModel());
const nerFile = dataPath(DEFAULT_NER_MODEL);
const nerModel = existsSync(nerFile) ? loadNerModel(nerFile) : undefined;
const loadSeconds = (performance.now() - loadStarted) / 1000;
const wink = winkNLP(winkModel);
const its = wink.its;

/** Per-component time, summed over the timed rounds (tokens, sentences and POS in the first row). */
const stageMs = new Map<string, number>();

/** This process's CPU time in milliseconds (user + system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed(component: Component, stageName: string): (doc: Doc) => void {
  return (doc) => {
    const started = cpuMs();
    component.run(doc);
    stageMs.set(stageName, (stageMs.get(stageName) ?? 0) + cpuMs() - started);
  };
}

/** A newsgraph row; components given with a name are timed alone under that name. */
function newsgraph(
  components: readonly (readonly [Component, string?])[],
): (text: string) => unknown {
  const steps = components.map(([c, stageName]) =>
    stageName ? timed(c, stageName) : (doc: Doc) => c.run(doc),
  );
  return (text) => {
    const doc = new Doc(text);
    for (const step of steps) step(doc);
    return doc;
  };
}

const base = [[tokens], [sentences], [pos]] as const;
const timedBase = [
  [tokens, 'tokens'],
  [sentences, 'sentences'],
  [pos, 'POS'],
] as const;

/** compromise: its sentences, its tags on every term, people, places and organisations. */
function runCompromise(text: string): unknown {
  const doc = compromise(text);
  doc.sentences().out('array');
  doc.terms().json({ terms: { tags: true } });
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
  return doc;
}

/** wink-nlp: sentences, POS of every token and its entities (dates, numbers, money, …). */
function runWink(text: string): unknown {
  const doc = wink.readDoc(text);
  doc.sentences().out();
  doc.tokens().out(its.pos);
  doc.entities().out(its.detail);
  return doc;
}

interface Mode {
  name: string;
  run: (text: string) => unknown;
}

const modes: Mode[] = [
  ...(nerModel
    ? [
        {
          name: 'newsgraph: tokens+sentences+POS+NER (trained model)',
          run: newsgraph([
            ...timedBase,
            [createEntityRecogniser(kb, nerModel), 'NER, trained model'],
          ]),
        },
      ]
    : []),
  {
    name: 'newsgraph: tokens+sentences+POS+NER (rules)',
    run: newsgraph([...(nerModel ? base : timedBase), [createEntityRecogniser(kb), 'NER, rules']]),
  },
  { name: 'newsgraph: tokens+sentences+POS', run: newsgraph(base) },
  { name: 'compromise: sentences+POS+people/places/orgs', run: runCompromise },
  { name: 'wink-nlp: sentences+POS+entities', run: runWink },
];

let tokenCount = 0;
for (const text of texts) {
  const doc = new Doc(text);
  tokens.run(doc);
  tokenCount += doc.tokens.length;
}
const chars = texts.reduce((n, t) => n + t.length, 0);

function pass(mode: Mode): { cpu: number; wall: number } {
  const cpu = cpuMs();
  const wall = performance.now();
  for (const text of texts) mode.run(text);
  return { cpu: (cpuMs() - cpu) / 1000, wall: (performance.now() - wall) / 1000 };
}

for (const mode of modes) pass(mode); // warm-up, not timed
stageMs.clear();
const times = modes.map((): { cpu: number; wall: number }[] => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, mode] of modes.entries()) times[i]?.push(pass(mode));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const rows = modes.map((mode, i) => {
  const seconds = median((times[i] ?? []).map((t) => t.cpu));
  const wallSeconds = median((times[i] ?? []).map((t) => t.wall));
  return { name: mode.name, seconds, wallSeconds, tokensPerSecond: tokenCount / seconds };
});
const fastestPeer = Math.max(
  ...rows.filter((r) => !r.name.startsWith('newsgraph')).map((r) => r.tokensPerSecond),
);
const stages = [...stageMs].map(([stage, ms]) => ({
  stage,
  tokensPerSecond: tokenCount / (ms / 1000 / rounds),
  msPerRound: ms / rounds,
}));
const env = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  data: dir,
  texts: texts.length,
  tokens: tokenCount,
  chars,
  rounds,
  loadSeconds,
  nerModel: nerModel ? nerFile : null,
};

if (json) {
  console.log(JSON.stringify({ ...env, rows, stages }));
} else {
  const fmt = (n: number, digits = 0) => n.toFixed(digits);
  console.log(
    `newsgraph NLP bench: ${texts.length} extracted English pages, ${tokenCount} tokens, ${chars} chars; one core, median of ${rounds} rounds after 1 warm-up\n`,
  );
  console.log(
    formatTable(
      ['pipeline', 'CPU s', 'wall s', 'tokens/s (CPU)', 'vs fastest peer'],
      rows.map((r) => [
        r.name,
        fmt(r.seconds, 3),
        fmt(r.wallSeconds, 3),
        fmt(r.tokensPerSecond),
        `${fmt(r.tokensPerSecond / fastestPeer, 2)}x`,
      ]),
    ),
  );
  console.log(
    '\nnewsgraph components (CPU ms per round, inside the first row; NER rules inside its own row):',
  );
  console.log(
    formatTable(
      ['component', 'CPU ms/round', 'tokens/s'],
      stages.map((s) => [s.stage, fmt(s.msPerRound, 1), fmt(s.tokensPerSecond)]),
    ),
  );
  if (!nerModel) console.log(`\n(no ${nerFile}: run \`npm run train:ner\` for the model row)`);
  console.log(
    `\nmodels load ${fmt(loadSeconds, 2)} s  node ${env.node}  cpu ${env.cpu}  data ${env.data}`,
  );
}
