import { basename, resolve as resolvePath } from 'node:path';
import { Doc } from '../doc/doc.js';
import { Pipeline } from '../doc/pipeline.js';
import { createTimes } from '../nlp/times/index.js';
import { evalCommandLine } from './command-line.js';
import { formatTable } from './table.js';
import { loadTimexDocs } from './time-data.js';
import { timeRows } from './time-rows.js';
import {
  addTimexCounts,
  pairOf,
  type SystemTimex,
  scoredSystem,
  scoreTimexes,
  type TimexDoc,
  zeroTimexCounts,
} from './time-score.js';

const USAGE = 'usage: tsx src/eval/time.ts <dir|file> [--json] [--limit N] [--errors]';

const { values, path } = evalCommandLine(USAGE, {
  errors: { type: 'boolean', default: false },
});

let docs = loadTimexDocs(path);
if (values.limit) docs = docs.slice(0, Number(values.limit));
if (docs.length === 0) {
  console.error(`time: no TimeML or CAT documents under ${path}`);
  process.exit(2);
}

// The times stage as the pipeline runs it, given each document's creation time as the
// publication date; TimeML extents (each date of a range on its own, no cue words).
const pipeline = new Pipeline([createTimes({ style: 'timeml' })]);

function analyse(doc: TimexDoc): SystemTimex[] {
  const d = new Doc(doc.text, { published: { value: doc.dct, source: doc.dct ? 'given' : null } });
  pipeline.run(d);
  return d.times.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
}

/** With `--errors`: misses, false alarms and wrong values, one per line, for development. */
function report(doc: TimexDoc, system: readonly SystemTimex[]): void {
  const q = (s: { start: number; end: number }) => JSON.stringify(doc.text.slice(s.start, s.end));
  for (const g of doc.gold) {
    const s = pairOf(g, system);
    if (!s) console.error(`MISS\t${doc.name}\t${q(g)}\t${g.type}\t${g.value}`);
    else if (s.start !== g.start || s.end !== g.end)
      console.error(`EXTENT\t${doc.name}\t${q(g)}\t${q(s)}\t${g.value}\t${s.value}`);
    if (s && s.value !== g.value && g.value !== 'null')
      console.error(`VALUE\t${doc.name}\t${q(g)}\t${g.value}\t${s.value}\t${doc.dct}`);
  }
  for (const s of system) {
    if (!doc.gold.some((g) => g.start < s.end && s.start < g.end))
      console.error(`FALSE\t${doc.name}\t${q(s)}\t${s.type}\t${s.value}`);
  }
}

let total = zeroTimexCounts();
const started = performance.now();
for (const doc of docs) {
  const system = scoredSystem(doc, analyse(doc));
  if (values.errors) report(doc, system);
  total = addTimexCounts(total, scoreTimexes(doc.gold, system));
}
const seconds = (performance.now() - started) / 1000;

const dataset = basename(resolvePath(path));
const rows = timeRows(dataset, total);
console.error(
  formatTable(
    ['data set', 'metric', 'newsgraph', 'peer'],
    rows.map((r) => [
      r.dataset,
      r.metric,
      r.newsgraph.toFixed(3),
      r.peer ? `${r.peer.name} ${r.peer.value.toFixed(3)}` : '-',
    ]),
  ),
);
console.error(
  `${docs.length} documents, ${total.gold} gold, ${total.system} predicted, ${seconds.toFixed(1)} s`,
);
if (values.json) console.log(JSON.stringify({ rows }));
