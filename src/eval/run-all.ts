import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { formatTable } from './table.js';

/** Default arguments per eval script; the dataset paths are relative to the repo root (npm's cwd). */
const DEFAULT_ARGS: Record<string, string[]> = {
  'eval:extract': ['../shared/data/extraction-dev', '--lang', 'en'],
  'eval:ner': [
    '../shared/data/ner-conll2003/eng.testa.gz',
    '../shared/data/ner-worldwide/worldwide.dev.conll.gz',
  ],
  'eval:pos': ['../shared/data/ud-english-ewt/en_ewt-ud-test.conllu.gz'],
  'eval:quotes': ['../shared/data/quotes-polnear/dev'],
  'eval:time': ['../shared/data/timex-tbaq'],
  'eval:events': ['../shared/data/events-dev', 'data/gold/events/wikinews.jsonl'],
  'eval:link': ['data/gold/linking/gold.tsv'],
};

interface Row {
  stage: string;
  dataset: string;
  metric: string;
  newsgraph: unknown;
  peer: { name: string; value: unknown } | null;
}

/** Every eval script's `--json` output: `{ rows: [{ stage, dataset, metric, newsgraph, peer }] }`. */
function toRows(json: unknown): Row[] | null {
  const list = (json as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(list)) return null;
  return list.map((r: Record<string, unknown>) => ({
    stage: String(r.stage ?? ''),
    dataset: String(r.dataset ?? ''),
    metric: String(r.metric ?? ''),
    newsgraph: r.newsgraph,
    peer: (r.peer as Row['peer']) ?? null,
  }));
}

function lastJson(stdout: string): unknown {
  for (const line of stdout.split('\n').reverse()) {
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object') return value;
    } catch {}
  }
  return undefined;
}

function run(name: string): Row[] {
  const args = ['run', '--silent', name, '--', ...(DEFAULT_ARGS[name] ?? []), '--json'];
  console.error(`> npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const rows = toRows(lastJson(result.stdout ?? ''));
  if (result.status === 0 && rows) return rows;
  const stderr = (result.stderr ?? '').trim().split('\n').at(-1);
  const why =
    result.error?.message ?? (result.status !== 0 ? `exit ${result.status}` : 'no JSON rows');
  const error = { stage: name, dataset: '-', metric: 'ERROR', peer: null };
  return [...(rows ?? []), { ...error, newsgraph: stderr ? `${why}: ${stderr}` : why }];
}

const fmt = (v: unknown) =>
  typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v ?? '-');

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts?: Record<string, string>;
};
const names = Object.keys(pkg.scripts ?? {}).filter((n) => n.startsWith('eval:'));
if (names.length === 0) {
  console.log('no eval:* scripts in package.json');
  process.exit(0);
}
const rows = names.flatMap(run);
const table = rows.map((r) => [
  r.stage,
  r.dataset,
  r.metric,
  fmt(r.newsgraph),
  r.peer ? `${r.peer.name} ${fmt(r.peer.value)}` : '-',
]);
console.log(formatTable(['stage', 'data set', 'metric', 'newsgraph', 'peer'], table));
process.exit(rows.some((r) => r.metric === 'ERROR') ? 1 : 0);
