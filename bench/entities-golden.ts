// Golden-output check for entity-recogniser speed work: `tsx bench/entities-golden.ts write|check [file]`
// writes or compares, byte for byte, per extracted English bench page: the analysis entities (the
// default analysis, rules recogniser) and the mentions of the trained-model recogniser (as in
// bench:nlp, when data/models/ner.bin exists); one line per page and path.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../src/analyze/analyzer.js';
import { dataPath } from '../src/doc/data-path.js';
import { Doc } from '../src/doc/doc.js';
import { Pipeline } from '../src/doc/pipeline.js';
import { extractArticle } from '../src/extract/extract.js';
import { createEntityRecogniser } from '../src/nlp/entities/index.js';
import { defaultKnowledge } from '../src/nlp/knowledge/index.js';
import { DEFAULT_NER_MODEL, loadNerModel } from '../src/nlp/ner-model/model.js';
import { createPosTagger, loadPosModel } from '../src/nlp/pos/index.js';
import { sentences } from '../src/nlp/sentences/index.js';
import { tokens } from '../src/nlp/tokens/index.js';
import { loadPages } from './pages.js';

const [mode = 'check', file = '/tmp/entities-golden.jsonl'] = process.argv.slice(2);
const data = fileURLToPath(new URL('../../shared/data/extraction-dev', import.meta.url));
const pages = loadPages(data, 'en', Number.POSITIVE_INFINITY) ?? [];
const texts = pages.flatMap((raw) => {
  try {
    return [extractArticle(raw).text];
  } catch {
    return [];
  }
});
const analyzer = new Analyzer();
const lines = texts.map((text) => {
  const { entities } = analyzer.analyzeBody(text);
  return JSON.stringify({ entities });
});
const nerFile = dataPath(DEFAULT_NER_MODEL);
if (existsSync(nerFile)) {
  const kb = defaultKnowledge();
  const pipeline = new Pipeline([
    tokens,
    sentences,
    createPosTagger(loadPosModel()),
    createEntityRecogniser(kb, loadNerModel(nerFile)),
  ]);
  for (const text of texts)
    lines.push(JSON.stringify({ model: pipeline.run(new Doc(text)).mentions }));
}
if (mode === 'write') {
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} lines (${texts.length} pages) to ${file}`);
} else {
  const golden = readFileSync(file, 'utf8').trimEnd().split('\n');
  const differing = lines.flatMap((line, i) => (line === golden[i] ? [] : [i]));
  const countNote = golden.length === lines.length ? '' : ` (golden has ${golden.length})`;
  console.log(
    `${lines.length} lines${countNote}, ${differing.length} differ: ${differing.slice(0, 20).join(' ')}`,
  );
  process.exitCode = differing.length === 0 && golden.length === lines.length ? 0 : 1;
}
