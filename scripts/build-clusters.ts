/**
 * `npm run build:clusters [-- --shared <dir>] [--out <file>]`: learns hierarchical word clusters
 * (`src/nlp/ner-model/cluster-tree.ts`) from the openly licensed running text in `../shared/data`
 * and writes `data/models/clusters.tsv.gz` (`word TAB bit path`, most frequent first), which the
 * NER reads as features. Only text whose licence lets us commit a derived table is read (see
 * data/models/README.md): UD English EWT train (CC BY-SA 4.0), GUM train minus its
 * non-commercial genres (CC BY), MEANTIME (CC BY 4.0) and WikiWars (CC BY-SA 3.0).
 * Deterministic: a fixed seed gives a byte-identical file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Doc } from '../src/doc/doc.js';
import { buildClusters, CLUSTER_DEFAULTS } from '../src/nlp/ner-model/cluster-tree.js';
import { tokenize } from '../src/nlp/tokens/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { shared: { type: 'string', default: '../shared/data' }, out: { type: 'string' } },
});
const shared = resolve(root, values.shared ?? '../shared/data');
const out = resolve(root, values.out ?? 'data/models/clusters.tsv.gz');

/** GUM genres under CC BY-NC-SA (wikiHow, fiction): not used. */
const NON_COMMERCIAL_GUM = new Set(['whow', 'fiction']);

/** Syntactic words of a CoNLL-U file, by sentence; `keepDoc` filters on `# newdoc id`. */
function readConllu(path: string, keepDoc: (id: string) => boolean = () => true): string[][] {
  const sentences: string[][] = [];
  let keep = true;
  let words: string[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const doc = /^# newdoc id = (\S+)/.exec(line);
    if (doc) keep = keepDoc(doc[1] as string);
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (keep && words.length > 0) sentences.push(words);
      words = [];
      continue;
    }
    const cols = line.split('\t');
    if (/^\d+$/.test(cols[0] as string)) words.push(cols[1] as string);
  }
  if (keep && words.length > 0) sentences.push(words);
  return sentences;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** MEANTIME CAT XML: tokens grouped by their `sentence` attribute. */
function readMeantime(dir: string): string[][] {
  const sentences: string[][] = [];
  for (const topic of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, topic)).sort()) {
      if (!file.endsWith('.xml')) continue;
      const bySentence = new Map<string, string[]>();
      const xml = readFileSync(join(dir, topic, file), 'utf8');
      for (const m of xml.matchAll(/<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const s = bySentence.get(m[1] as string) ?? [];
        s.push(unescapeXml(m[2] as string));
        bySentence.set(m[1] as string, s);
      }
      sentences.push(...bySentence.values());
    }
  }
  return sentences;
}

/** WikiWars raw SGML: the text of each paragraph, tokenised as newsgraph tokenises. */
function readWikiWars(dir: string): string[][] {
  const paragraphs: string[][] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.sgm')) continue;
    const sgml = readFileSync(join(dir, file), 'utf8');
    const text = unescapeXml(
      (/<TEXT>([\s\S]*)<\/TEXT>/.exec(sgml)?.[1] ?? '').replace(/<[^>]+>/g, ' '),
    );
    for (const paragraph of text.split(/\n\s*\n/)) {
      const doc = new Doc(paragraph);
      tokenize(doc);
      const words = Array.from({ length: doc.tokens.length }, (_, i) => doc.tokenText(i));
      if (words.length > 0) paragraphs.push(words);
    }
  }
  return paragraphs;
}

const started = performance.now();
const sources: [string, string[][]][] = [
  ['UD English EWT train', readConllu(join(shared, 'ud-english-ewt/en_ewt-ud-train.conllu.gz'))],
  [
    'GUM train, CC BY genres',
    readConllu(
      join(shared, 'ud-english-gum/en_gum-ud-train.conllu.gz'),
      (id) => !NON_COMMERCIAL_GUM.has(id.split('_')[1] ?? ''),
    ),
  ],
  ['MEANTIME', readMeantime(join(shared, 'timex-meantime/intra-doc_annotation'))],
  ['WikiWars', readWikiWars(join(shared, 'timex-wikiwars/WikiWars_20120218_v104/in'))],
];
const sentences = sources.flatMap(([, s]) => s);
for (const [name, s] of sources) {
  console.error(`${name}: ${s.length} sentences, ${s.reduce((n, w) => n + w.length, 0)} tokens`);
}
const clusters = buildClusters(sentences, CLUSTER_DEFAULTS);
const table = clusters.map(([word, path]) => `${word}\t${path}\n`).join('');
const bytes = gzipSync(Buffer.from(table, 'utf8'), { level: 9 });
writeFileSync(out, bytes);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.error(
  `wrote ${out}: ${clusters.length} words, ${(bytes.length / 1e3).toFixed(0)} kB (${seconds} s)`,
);
