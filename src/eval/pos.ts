/**
 * `tsx src/eval/pos.ts <file.conllu[.gz]> [--json] [--limit N] [--model path] [--no-peers]`: UPOS
 * accuracy over gold words. Our tagger gets the gold words; wink-nlp and compromise get each
 * sentence's text, and a gold word counts right for them only when one of their tokens covers
 * exactly its characters with the right tag (see pos-align.ts).
 */
import { basename } from 'node:path';
import compromise from 'compromise';
import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { UPOS_TAGS } from '../doc/doc.js';
import { type ConlluSentence, readConllu } from '../nlp/pos/conllu.js';
import { loadPosModel, type PosModel } from '../nlp/pos/model.js';
import { tagInto } from '../nlp/pos/tagger.js';
import { evalCommandLine } from './command-line.js';
import {
  type AlignedCounts,
  compromiseTag,
  locate,
  punctuationSpans,
  scoreAligned,
  type TaggedSpan,
} from './pos-align.js';
import { formatTable } from './table.js';

const USAGE =
  'usage: tsx src/eval/pos.ts <file.conllu[.gz]> [--json] [--limit N] [--model path] [--no-peers]';
const { values, path: file } = evalCommandLine(USAGE, {
  model: { type: 'string' },
  'no-peers': { type: 'boolean', default: false },
});

let sentences: ConlluSentence[];
try {
  sentences = readConllu(file);
} catch (error) {
  console.error(`NG_E005: ${file}: cannot read input (${(error as Error).message})`);
  process.exit(2);
}
if (values.limit) sentences = sentences.slice(0, Number(values.limit));
const loadStart = performance.now();
const model = loadPosModel(values.model);
const loadMs = performance.now() - loadStart;
const wordLists = sentences.map((s) => s.words.map((w) => w.form));
const wordCount = wordLists.reduce((n, w) => n + w.length, 0);

function ours(m: PosModel): { right: number; seconds: number } {
  const outputs = wordLists.map((w) => new Uint8Array(w.length));
  let rounds = 0;
  const started = performance.now();
  // Repeat until a second has passed, so the speed is not one cold pass.
  do {
    wordLists.forEach((words, k) => {
      tagInto(m, words, outputs[k] as Uint8Array);
    });
    rounds++;
  } while (performance.now() - started < 1000);
  const seconds = (performance.now() - started) / 1000 / rounds;
  let right = 0;
  sentences.forEach((s, k) => {
    s.words.forEach((w, i) => {
      if (UPOS_TAGS[outputs[k]?.[i] as number] === w.upos) right++;
    });
  });
  return { right, seconds };
}

interface Peer {
  name: string;
  spans(text: string): TaggedSpan[];
}

const wink = winkNLP(winkModel);
const PEERS: Peer[] = [
  {
    name: 'wink-nlp (eng-lite-web-model)',
    spans(text) {
      const tokens = wink.readDoc(text).tokens();
      const words = tokens.out(wink.its.value) as string[];
      const tags = tokens.out(wink.its.pos) as string[];
      return locate(
        text,
        words.map((w, i) => ({ text: w, tag: tags[i] ?? 'X' })),
      );
    },
  },
  {
    name: 'compromise (tags mapped to UPOS)',
    spans(text) {
      type Term = {
        text: string;
        pre: string;
        post: string;
        tags: string[];
        offset: { start: number; length: number };
      };
      const json = compromise(text).json({ offset: true, terms: { offset: true } }) as {
        terms: Term[];
      }[];
      const out: TaggedSpan[] = [];
      for (const term of json.flatMap((s) => s.terms)) {
        const { start, length } = term.offset;
        out.push(...punctuationSpans(term.pre, start - term.pre.length));
        if (length > 0) out.push({ start, end: start + length, tag: compromiseTag(term.tags) });
        out.push(...punctuationSpans(term.post, start + length));
      }
      return out;
    },
  },
];

function peer(p: Peer): AlignedCounts & { seconds: number } {
  const total = { right: 0, total: 0, unaligned: 0, seconds: 0 };
  const started = performance.now();
  for (const s of sentences) {
    const counts = scoreAligned(s, p.spans(s.text));
    total.right += counts.right;
    total.total += counts.total;
    total.unaligned += counts.unaligned;
  }
  total.seconds = (performance.now() - started) / 1000;
  return total;
}

const dataset = basename(file).replace(/\.conllu(\.gz)?$/u, '');
const result = ours(model);
const accuracy = result.right / wordCount;
const speed = Math.round(wordCount / result.seconds);
const peers = values['no-peers'] ? [] : PEERS.map((p) => ({ name: p.name, ...peer(p) }));
/** Published UPOS accuracy on the EWT test split, measured over gold words as here. */
const published =
  dataset === 'en_ewt-ud-test' && !values.limit
    ? [
        { name: 'UDPipe 1 (published)', value: 0.944 },
        { name: 'UDPipe 2 (published)', value: 0.975 },
      ]
    : [];

const pct = (v: number) => `${(100 * v).toFixed(2)}%`;
const table = [
  `pos on ${dataset}: ${sentences.length} sentences, ${wordCount} words; model ${model.meta.trainedOn.join(', ')}, loaded in ${loadMs.toFixed(0)} ms`,
  formatTable(
    ['tagger', 'UPOS accuracy', 'unaligned words', 'words/s'],
    [
      ['newsgraph (gold words)', pct(accuracy), '0', String(speed)],
      ...peers.map((p) => [
        `${p.name} (sentence text)`,
        pct(p.right / p.total),
        String(p.unaligned),
        String(Math.round(p.total / p.seconds)),
      ]),
      ...published.map((p) => [p.name, pct(p.value), '-', '-']),
    ],
  ),
  'peers tokenise the text themselves (their speed includes it); unaligned gold words count as errors',
].join('\n');

if (values.json) {
  console.error(table);
  const row = (metric: string, newsgraph: number, p: { name: string; value: number } | null) => ({
    stage: 'pos',
    dataset,
    metric,
    newsgraph,
    peer: p,
  });
  const rows = [
    ...peers.map((p) => row('upos_accuracy', accuracy, { name: p.name, value: p.right / p.total })),
    ...published.map((p) => row('upos_accuracy', accuracy, p)),
    ...(peers.length + published.length === 0 ? [row('upos_accuracy', accuracy, null)] : []),
    row('tagger_words_per_second', speed, null),
    row('model_load_ms', Math.round(loadMs), null),
  ];
  console.log(JSON.stringify({ rows }));
} else {
  console.log(table);
}
