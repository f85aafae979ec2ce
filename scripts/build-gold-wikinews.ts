/**
 * `npx tsx scripts/build-gold-wikinews.ts [DATA_DIR] [OUT]` (or `npm run build:gold-events`):
 * builds `data/gold/events/wikinews.jsonl`, hand-labelled CAMEO events for real Wikinews (and WikiWars) sentences.
 * The gold is `data/gold/events/wikinews-annotations.tsv` (document, sentence number, events);
 * this script only fetches each sentence's text and date from the corpora (MEANTIME, GUM, WikiWars)
 * under DATA_DIR (default `../shared/data`) and writes the JSONL. See `data/gold/events/README.md`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

const ANNOTATIONS = 'data/gold/events/wikinews-annotations.tsv';
const GUM_SPLITS = ['train', 'dev'] as const;
const MEANTIME_DIR = 'timex-meantime/intra-doc_annotation';
const WIKIWARS_DIR = 'timex-wikiwars/WikiWars_20120218_v104/in';
/** SynTime used WikiWars 17–22 as its test documents; the gold takes sentences from 01–16 only. */
const WIKIWARS_LAST_DOC = 16;
// biome-ignore format: one list of abbreviations
const ABBREVIATIONS = new Set([
  'Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Adm.', 'St.', 'Sgt.', 'Maj.', 'Jr.', 'Sr.',
  'No.', 'vs.', 'c.', 'ca.', 'Gov.', 'Sen.', 'Rep.', 'Pres.', 'Co.', 'Inc.', 'Mt.', 'Ft.',
]);
/** A sentence ends at . ! or ? (and closing quotes or brackets) before space and a capital, digit or opener. */
const SENTENCE_END = /[.!?]["')\]]*(\s+)(?=[A-Z0-9"'([])/g;
// biome-ignore format: two rows of six read better than twelve lines
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const CORPORA = ['gum', 'meantime', 'wikiwars'] as const;
type Corpus = (typeof CORPORA)[number];
const isCorpus = (name: string): name is Corpus => (CORPORA as readonly string[]).includes(name);

interface Event {
  source: string;
  target: string;
  code: string;
}
interface Annotation {
  corpus: Corpus;
  doc: string;
  sentence: number;
  events: Event[];
}
interface GumSentence {
  split: string;
  text: string;
}
interface MeantimeDoc {
  path: string;
  docId: string;
  dct: string;
  sentences: Map<number, string[]>;
}
interface WikiwarsDoc {
  date: string;
  sentences: string[];
}
interface GoldRecord {
  id: string;
  upstream_id: string;
  text: string;
  events: Event[];
  no_events_expected: boolean;
  set: 'wikinews';
  source_file: string;
  date: string;
}

/** The annotation rows in file order; `#` lines are comments, the first other line the header. */
function parseAnnotations(tsv: string): Annotation[] {
  const rows = tsv.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  return rows.slice(1).map((line, i) => {
    const [corpus = '', doc, sentence, events = ''] = line.split('\t');
    if (!isCorpus(corpus) || !doc || !/^\d+$/.test(sentence ?? ''))
      throw new Error(`${ANNOTATIONS}: bad row ${i + 1}: ${line}`);
    return { corpus, doc, sentence: Number(sentence), events: parseEvents(events, line) };
  });
}

function parseEvents(cell: string, line: string): Event[] {
  if (cell === '') return [];
  const events = cell.split('; ').map((triple) => {
    const [source = '', target, code, extra] = triple.split(',');
    if (!source || target === undefined || !code || extra !== undefined)
      throw new Error(`${ANNOTATIONS}: bad event "${triple}" in: ${line}`);
    return { source, target, code };
  });
  const keys = new Set(events.map((e) => `${e.source},${e.target},${e.code}`));
  if (keys.size !== events.length) throw new Error(`${ANNOTATIONS}: repeated event in: ${line}`);
  return events;
}

/** GUM `sent_id` → split and `# text =` line, for the train and dev splits. */
function readGum(dataDir: string): Map<string, GumSentence> {
  const gum = new Map<string, GumSentence>();
  for (const split of GUM_SPLITS) {
    const file = join(dataDir, `ud-english-gum/en_gum-ud-${split}.conllu.gz`);
    let sentId = '';
    const lines = gunzipSync(readFileSync(file))
      .toString('utf8')
      .split(/\r\n|\r|\n/);
    for (const line of lines) {
      if (line.startsWith('# sent_id')) sentId = commentValue(line, file);
      else if (line.startsWith('# text ='))
        gum.set(sentId, { split, text: commentValue(line, file) });
    }
  }
  return gum;
}

function commentValue(line: string, file: string): string {
  const at = line.indexOf('=');
  if (at < 0) throw new Error(`${file}: no "=" in comment line: ${line}`);
  return line.slice(at + 1).trim();
}

/** A GUM article's dateline is its sentence 2, e.g. "Monday, May 18, 2015" → 20150518. */
function gumDate(gum: Map<string, GumSentence>, doc: string): string {
  const dateline = gum.get(`${doc}-2`)?.text ?? '';
  const match = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(dateline.split(', ').slice(1).join(', '));
  const month = match ? MONTHS.indexOf(match[1] ?? '') + 1 : 0;
  if (!match || month === 0) throw new Error(`GUM ${doc}: no date in dateline "${dateline}"`);
  return `${match[3]}${String(month).padStart(2, '0')}${(match[2] ?? '').padStart(2, '0')}`;
}

/** MEANTIME stores tokens only: join them again by the rules stated in the gold's README. */
function detokenize(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/`` /g, '"')
    .replace(/ ''/g, '"')
    .replace(/ ([,.;:!?%)\]])/g, '$1')
    .replace(/([([]) /g, '$1')
    .replace(/\$ (?=\p{Nd})/gu, '$$')
    .replace(/s ' /g, "s' ")
    .replace(/ ('s|n't|'ll|'re|'ve|'m|'d)(?![\p{L}\p{N}_])/gu, '$1');
}

/** MEANTIME documents keyed by their file-id prefix (`127248` for `127248_CEO_of_GM….xml`). */
function readMeantime(dataDir: string): Map<string, MeantimeDoc> {
  const docs = new Map<string, MeantimeDoc>();
  const root = join(dataDir, MEANTIME_DIR);
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name.startsWith('.')) continue;
    for (const name of readdirSync(join(root, dir.name))) {
      if (!name.endsWith('.xml') || name.startsWith('.')) continue;
      const path = `${dir.name}/${name}`;
      const id = name.split('_')[0] ?? name;
      if (docs.has(id)) throw new Error(`${MEANTIME_DIR}: file id ${id} is not unique (${path})`);
      docs.set(id, parseMeantime(path, readFileSync(join(root, path), 'utf8')));
    }
  }
  return docs;
}

/** The root's `doc_id`, the first CREATION_TIME timex, and each sentence's tokens. */
function parseMeantime(path: string, xml: string): MeantimeDoc {
  const doc: MeantimeDoc = { path, docId: '', dct: '', sentences: new Map() };
  let rootSeen = false;
  let dctSeen = false;
  let token: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (!rootSeen) doc.docId = attrs.doc_id ?? '';
        rootSeen = true;
        if (tag === 'TIMEX3' && !dctSeen && attrs.functionInDocument === 'CREATION_TIME') {
          doc.dct = attrs.value ?? '';
          dctSeen = true;
        } else if (tag === 'token') {
          const n = Number(attrs.sentence);
          token = doc.sentences.get(n) ?? [];
          doc.sentences.set(n, token);
          token.push('');
        }
      },
      ontext(data) {
        if (token) token[token.length - 1] += data;
      },
      onclosetag(tag) {
        if (tag === 'token') token = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return doc;
}

/** MEANTIME's creation time is `DD-MM-YYYY` or ISO `YYYY-MM-DD`. */
function meantimeDate(dct: string): string {
  return /^\d\d-\d\d-\d{4}$/.test(dct)
    ? dct.slice(6) + dct.slice(3, 5) + dct.slice(0, 2)
    : dct.replaceAll('-', '');
}

/** WikiWars documents keyed by DOCID (`12_IranIraq`): the DATETIME and the TEXT split into sentences. */
function readWikiwars(dataDir: string): Map<string, WikiwarsDoc> {
  const docs = new Map<string, WikiwarsDoc>();
  const root = join(dataDir, WIKIWARS_DIR);
  for (const name of readdirSync(root)) {
    if (!name.endsWith('.sgm')) continue;
    const sgm = readFileSync(join(root, name), 'utf8');
    const text = /<TEXT>([\s\S]*)<\/TEXT>/.exec(sgm)?.[1];
    const datetime = /<DATETIME>\s*(\d{4})-(\d\d)-(\d\d)/.exec(sgm);
    if (text === undefined || !datetime)
      throw new Error(`${WIKIWARS_DIR}/${name}: no TEXT or DATETIME`);
    const date = datetime.slice(1).join('');
    docs.set(name.replace(/\.sgm$/, ''), { date, sentences: splitSentences(text) });
  }
  return docs;
}

/** WikiWars text is raw: each non-blank line is a paragraph (or heading), split by the README's rule. */
function splitSentences(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap(splitParagraph);
}

function splitParagraph(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const space = match[1]?.length ?? 0;
    const end = match.index + match[0].length - space;
    const lastWord = paragraph.slice(start, end).split(/\s+/).pop() ?? '';
    if (/^\(?([A-Za-z]\.)+$/.test(lastWord) || ABBREVIATIONS.has(lastWord)) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end + space;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences;
}

function gumRecord(gum: Map<string, GumSentence>, a: Annotation): GoldRecord {
  const sentId = `${a.doc}-${a.sentence}`;
  const sentence = gum.get(sentId);
  if (!sentence) throw new Error(`GUM has no sentence ${sentId} in train or dev`);
  return record(`wikinews:${sentId}`, sentId, sentence.text, a.events, {
    sourceFile: `ud-english-gum/en_gum-ud-${sentence.split}.conllu.gz`,
    date: gumDate(gum, a.doc),
  });
}

function meantimeRecord(meantime: Map<string, MeantimeDoc>, a: Annotation): GoldRecord {
  const doc = meantime.get(a.doc);
  const tokens = doc?.sentences.get(a.sentence);
  if (!doc || !tokens) throw new Error(`MEANTIME has no document ${a.doc} sentence ${a.sentence}`);
  const id = `wikinews:meantime_${doc.docId}-${a.sentence}`;
  return record(id, `${doc.path}#sentence=${a.sentence}`, detokenize(tokens), a.events, {
    sourceFile: `${MEANTIME_DIR}/${doc.path}`,
    date: meantimeDate(doc.dct),
  });
}

/** WikiWars sentence n (1-based) counts every sentence of the document's TEXT, headings included. */
function wikiwarsRecord(wikiwars: Map<string, WikiwarsDoc>, a: Annotation): GoldRecord {
  if (Number.parseInt(a.doc, 10) > WIKIWARS_LAST_DOC)
    throw new Error(`WikiWars ${a.doc}: only documents 01-${WIKIWARS_LAST_DOC} are used`);
  const doc = wikiwars.get(a.doc);
  const text = doc?.sentences[a.sentence - 1];
  if (!doc || !text) throw new Error(`WikiWars has no document ${a.doc} sentence ${a.sentence}`);
  const file = `${a.doc}.sgm`;
  const id = `wikinews:wikiwars_${a.doc}-${a.sentence}`;
  return record(id, `${file}#sentence=${a.sentence}`, text, a.events, {
    sourceFile: `${WIKIWARS_DIR}/${file}`,
    date: doc.date,
  });
}

function record(
  id: string,
  upstreamId: string,
  text: string,
  events: Event[],
  from: { sourceFile: string; date: string },
): GoldRecord {
  return {
    id,
    upstream_id: upstreamId,
    text,
    events,
    no_events_expected: events.length === 0,
    set: 'wikinews',
    source_file: from.sourceFile,
    date: from.date,
  };
}

/** Each record checked: a unique id, known CAMEO codes, a plausible YYYYMMDD date. */
function check(records: GoldRecord[], codes: Set<string>): void {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw new Error(`duplicate record ${r.id}`);
    seen.add(r.id);
    for (const e of r.events)
      if (!codes.has(e.code)) throw new Error(`${r.id}: ${e.code} is not in event-codes.tsv`);
    if (!/^(19|20)\d\d[01]\d[0-3]\d$/.test(r.date)) throw new Error(`${r.id}: bad date ${r.date}`);
  }
}

/** One JSON line spaced as Python's `json.dumps` does (`", "`, `": "`), so the file stays stable. */
function jsonLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${jsonLine(v)}`);
    return `{${fields.join(', ')}}`;
  }
  return JSON.stringify(value);
}

function main(dataDir: string, out: string): void {
  const annotations = parseAnnotations(readFileSync(ANNOTATIONS, 'utf8'));
  const gum = readGum(dataDir);
  const meantime = readMeantime(dataDir);
  const wikiwars = readWikiwars(dataDir);
  const codesTsv = readFileSync(join(dataDir, 'cameo/event-codes.tsv'), 'utf8');
  const codes = new Set(codesTsv.split('\n').map((line) => line.split('\t')[0] ?? ''));
  const records = annotations.map((a) => {
    if (a.corpus === 'gum') return gumRecord(gum, a);
    if (a.corpus === 'meantime') return meantimeRecord(meantime, a);
    return wikiwarsRecord(wikiwars, a);
  });
  check(records, codes);
  writeFileSync(out, records.map((r) => `${jsonLine(r)}\n`).join(''));
  console.log(`${records.length} records → ${out}`);
}

const [dataDir = '../shared/data', out = 'data/gold/events/wikinews.jsonl'] = process.argv.slice(2);
try {
  main(dataDir, out);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
