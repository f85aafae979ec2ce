/**
 * `tsx src/eval/ner.ts <file>… [--json] [--limit N] [--model path] [--types PER,ORG,LOC] [--no-peers]`:
 * precision, recall and F1 per type with conlleval's rules (exact span and type) on a CoNLL-2003
 * file (4 columns, IOB1), a `token<TAB>tag` IOB2 file (ner-worldwide) or a UNER file. Our tagger
 * gets the gold words, document by document. Scored types: `--types`, else those of the file that
 * the model predicts; a file with OntoNotes-style labels (NORP, FAC, DATE…) is scored on
 * PER/ORG/LOC, because its MISC is not CoNLL's. compromise runs side by side on PER/ORG/LOC, and
 * the rule-based recogniser that the model replaced (`rules F1`, stderr only).
 * Several files are scored one after another; `--json` prints the rows of all of them.
 */
import { basename } from 'node:path';
import { defaultKnowledge } from '../nlp/knowledge/load.js';
import { type NerDocument, readNer } from '../nlp/ner-model/conll.js';
import { loadNerModel } from '../nlp/ner-model/model.js';
import { tagDocument } from '../nlp/ner-model/tagger.js';
import { loadPosModel } from '../nlp/pos/model.js';
import { tagWords } from '../nlp/pos/tagger.js';
import { evalCommandLine } from './command-line.js';
import { compromiseSpans } from './ner-peers.js';
import { ruleSpans } from './ner-rules.js';
import { type PrfRow, SpanScorer } from './ner-score.js';
import { formatTable } from './table.js';

const USAGE =
  'usage: tsx src/eval/ner.ts <file> [--json] [--limit N] [--model path] [--types T,…] [--no-peers]';
const { values, paths } = evalCommandLine(USAGE, {
  model: { type: 'string' },
  types: { type: 'string' },
  'no-peers': { type: 'boolean', default: false },
});
const loadStart = performance.now();
const model = loadNerModel(values.model);
const pos = loadPosModel();
const kb = defaultKnowledge();
const loadSeconds = (performance.now() - loadStart) / 1000;
const rulesOf = ruleSpans(kb);

interface Row {
  stage: string;
  dataset: string;
  metric: string;
  newsgraph: number;
  peer: { name: string; value: number } | null;
}

function scoreFile(file: string): Row[] {
  let docs: NerDocument[];
  try {
    docs = readNer(file);
  } catch (error) {
    console.error(`NG_E005: ${file}: cannot read input (${(error as Error).message})`);
    process.exit(2);
  }
  if (values.limit) docs = docs.slice(0, Number(values.limit));

  const goldTypes = new Set(docs.flatMap((d) => d.flatMap((s) => s.spans.map((x) => x.type))));
  const ontonotes = ['NORP', 'FAC', 'DATE', 'MONEY', 'PRODUCT'].some((t) => goldTypes.has(t));
  const types = values.types
    ? values.types.split(',')
    : model.types.filter((t) => goldTypes.has(t) && !(ontonotes && t === 'MISC'));
  const peerTypes = types.filter((t) => t !== 'MISC');

  const ours = new SpanScorer(types);
  const rules = new SpanScorer(types);
  const rulesComparable = new SpanScorer(peerTypes);
  const oursComparable = new SpanScorer(peerTypes);
  const peer = new SpanScorer(peerTypes);
  let tokens = 0;
  let taggingSeconds = 0;
  for (const doc of docs) {
    const started = performance.now();
    const inputs = doc.map((s) => ({ words: s.words, pos: tagWords(pos, s.words) }));
    const predicted = tagDocument(model, inputs, kb);
    taggingSeconds += (performance.now() - started) / 1000;
    const byRules = values['no-peers'] ? [] : rulesOf(doc);
    doc.forEach((s, k) => {
      rules.add(s.spans, byRules[k] ?? []);
      rulesComparable.add(s.spans, byRules[k] ?? []);
      tokens += s.words.length;
      ours.add(s.spans, predicted[k] ?? []);
      oursComparable.add(s.spans, predicted[k] ?? []);
      if (!values['no-peers']) peer.add(s.spans, compromiseSpans(s.words));
    });
  }

  const pct = (x: number) => (100 * x).toFixed(2);
  const name = basename(file);
  const ourRows = ours.rows();
  const comparable = oursComparable.rows().at(-1) as PrfRow;
  const peerRows = new Map(peer.rows().map((r) => [r.type, r]));
  const peerOverall = peerRows.get('overall') as PrfRow;
  const ruleRows = new Map(rules.rows().map((r) => [r.type, r]));
  const ruleOverall = rulesComparable.rows().at(-1) as PrfRow;
  const withPeers = !values['no-peers'];
  const table = [
    ...ourRows.map((r) => {
      const p = peerRows.get(r.type);
      const peerCells =
        withPeers && p && r.type !== 'overall'
          ? [pct(p.precision), pct(p.recall), pct(p.f1)]
          : ['-', '-', '-'];
      const ruleCell = withPeers ? pct(ruleRows.get(r.type)?.f1 ?? 0) : '-';
      return [
        r.type,
        String(r.gold),
        pct(r.precision),
        pct(r.recall),
        pct(r.f1),
        ruleCell,
        ...peerCells,
      ];
    }),
    [
      `overall ${peerTypes.join('/')}`,
      String(comparable.gold),
      pct(comparable.precision),
      pct(comparable.recall),
      pct(comparable.f1),
      withPeers ? pct(ruleOverall.f1) : '-',
      ...(withPeers
        ? [pct(peerOverall.precision), pct(peerOverall.recall), pct(peerOverall.f1)]
        : ['-', '-', '-']),
    ],
  ];
  console.error(
    `ner: ${name}, ${docs.length} documents, ${tokens} tokens; types ${types.join(', ')}; ` +
      `model ${model.trainedOn.join(' + ')}; load ${loadSeconds.toFixed(2)} s; ` +
      `POS + NER ${Math.round(tokens / taggingSeconds)} tokens/s`,
  );
  console.error(
    formatTable(
      ['type', 'gold', 'P', 'R', 'F1', 'rules F1', 'compromise P', 'compromise R', 'compromise F1'],
      table,
    ),
  );
  console.error(
    'rules: the recogniser without a model (GPE/LOC → LOC, NORP → MISC); ' +
      'wink-nlp: not scored (its entity types include no people, places or organisations)',
  );

  const row = (metric: string, value: number, peerValue: number | null): Row => ({
    stage: 'ner',
    dataset: name,
    metric,
    newsgraph: Number(pct(value)),
    peer:
      peerValue === null || !withPeers
        ? null
        : { name: 'compromise', value: Number(pct(peerValue)) },
  });
  const rows = ourRows.map((r) =>
    row(`F1 ${r.type}`, r.f1, r.type === 'overall' ? null : (peerRows.get(r.type)?.f1 ?? null)),
  );
  if (types.includes('MISC')) {
    rows.push(row(`F1 overall ${peerTypes.join('/')}`, comparable.f1, peerOverall.f1));
  } else if (rows.at(-1)) {
    rows[rows.length - 1] = row('F1 overall', comparable.f1, peerOverall.f1);
  }
  return rows;
}

const rows = paths.flatMap(scoreFile);
if (values.json) console.log(JSON.stringify({ rows }));
