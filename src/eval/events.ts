import { statSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { Analyzer } from '../analyze/analyzer.js';
import { defaultResources } from '../analyze/resources.js';
import {
  loadUserDictionaries,
  type UserDictionaries,
  userResources,
} from '../events/dicts/user.js';
import { evalCommandLine } from './command-line.js';
import { type EventRecord, type GoldEvent, isoDate, loadEventRecords } from './events-data.js';
import { dictionariesFor, publishedPeer } from './events-dicts.js';
import { ploverMapper } from './events-plover.js';
import { addRecord, prf, type SetCounts, scoreRecord, zeroSetCounts } from './events-score.js';
import { formatTable } from './table.js';

const USAGE =
  'usage: tsx src/eval/events.ts <file.jsonl|dir>... [--json] [--limit N] [--errors] [--set NAME]';

const { values, paths } = evalCommandLine(USAGE, {
  errors: { type: 'boolean', default: false },
  set: { type: 'string' },
});

const bySet = new Map<string, EventRecord[]>();
/** The folder each set was read from: its dictionaries are found beside it. */
const dataDirOf = new Map<string, string>();
for (const path of paths) {
  const dataDir = statSync(path).isDirectory() ? resolvePath(path) : dirname(resolvePath(path));
  for (const r of loadEventRecords(path)) {
    if (r.excluded || (values.set && r.set !== values.set)) continue;
    bySet.set(r.set, [...(bySet.get(r.set) ?? []), r]);
    dataDirOf.set(r.set, dataDir);
  }
}
if (values.limit) for (const [s, rs] of bySet) bySet.set(s, rs.slice(0, Number(values.limit)));

const base = defaultResources();
const toPlover = ploverMapper();

function predict(record: EventRecord, user: UserDictionaries | null): GoldEvent[] {
  const published = isoDate(record.date);
  const resources = user ? userResources(base, user, published ?? null) : base;
  const analyzer = new Analyzer({ ...(published ? { published } : {}), resources });
  const events = analyzer.analyzeBody(record.text).events.filter((e) => !e.negated);
  return events.map((e) => ({
    source: e.source.actor ?? '',
    target: e.target.actor ?? '',
    code: e.code,
  }));
}

const rows: {
  stage: 'events';
  dataset: string;
  metric: string;
  newsgraph: number;
  peer: ReturnType<typeof publishedPeer>;
}[] = [];
const started = performance.now();
let failures = 0;
for (const [set, records] of bySet) {
  const files = dictionariesFor(set, dataDirOf.get(set) ?? '.');
  const user = files ? loadUserDictionaries(files) : null;
  if (user && user.warnings.length > 0)
    console.error(`${set}: ${user.warnings.length} dictionary warnings, e.g. ${user.warnings[0]}`);
  const plover = set === 'plover-gsr';
  const total: SetCounts = zeroSetCounts();
  for (const record of records) {
    let predicted: GoldEvent[];
    try {
      predicted = predict(record, user);
    } catch (error) {
      failures++;
      console.error(
        `FAIL\t${record.id}\t${error instanceof Error ? error.message : String(error)}`,
      );
      predicted = [];
    }
    const firstType = predicted.map((e) => toPlover(e.code)).find((t) => t !== null);
    if (plover)
      predicted = predicted.flatMap((e) => {
        const type = toPlover(e.code);
        return type ? [{ ...e, code: type }] : [];
      });
    const score = scoreRecord(record.events, predicted);
    addRecord(total, score, plover && firstType === record.events[0]?.code);
    if (values.errors && !score.correct) {
      const show = (es: readonly GoldEvent[]) =>
        es.map((e) => `${e.source}>${e.target} ${e.code}`).join(', ') || '-';
      console.error(
        `WRONG\t${record.id}\tgold: ${show(record.events)}\tours: ${show(predicted)}\t${record.text.slice(0, 160)}`,
      );
    }
  }
  const full = prf(total.full);
  const root = prf(total.root);
  const figures: [string, number][] = [
    ['records', total.records],
    ['record accuracy', total.correct / Math.max(1, total.records)],
    ['full P', full.p],
    ['full R', full.r],
    ['full F1', full.f1],
  ];
  if (plover) figures.push(['event-type accuracy', total.typeCorrect / Math.max(1, total.records)]);
  else figures.push(['root P', root.p], ['root R', root.r], ['root F1', root.f1]);
  for (const [metric, newsgraph] of figures)
    rows.push({
      stage: 'events',
      dataset: set,
      metric,
      newsgraph,
      peer: publishedPeer(set, metric),
    });
}
const seconds = (performance.now() - started) / 1000;
const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));
console.error(
  formatTable(
    ['set', 'metric', 'newsgraph', 'peer'],
    rows.map((r) => [
      r.dataset,
      r.metric,
      fmt(r.newsgraph),
      r.peer ? `${r.peer.name} ${fmt(r.peer.value)}` : '-',
    ]),
  ),
);
console.error(
  `${[...bySet.values()].flat().length} records, ${failures} failures, ${seconds.toFixed(1)} s`,
);
if (values.json) console.log(JSON.stringify({ rows }));
