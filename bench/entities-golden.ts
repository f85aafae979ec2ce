// Golden-output check for entity-recogniser speed work: `tsx bench/entities-golden.ts write|check [file]`
// writes or compares, byte for byte, per extracted English bench page: the analysis entities (the
// default analysis, rules recogniser) and the mentions of the trained-model recogniser (as in
// bench:nlp, when data/models/ner.bin exists); one line per page and path.
import { existsSync } from 'node:fs';
import { Analyzer } from '../src/analyze/analyzer.js';
import { dataPath } from '../src/doc/data-path.js';
import { Doc } from '../src/doc/doc.js';
import { Pipeline } from '../src/doc/pipeline.js';
import { createEntityRecogniser } from '../src/nlp/entities/index.js';
import { defaultKnowledge } from '../src/nlp/knowledge/index.js';
import { DEFAULT_NER_MODEL, loadNerModel } from '../src/nlp/ner-model/model.js';
import { createPosTagger, loadPosModel } from '../src/nlp/pos/index.js';
import { sentences } from '../src/nlp/sentences/index.js';
import { tokens } from '../src/nlp/tokens/index.js';
import { benchTexts, writeOrCheck } from './golden.js';

const [mode = 'check', file = '/tmp/entities-golden.jsonl'] = process.argv.slice(2);
const texts = benchTexts();
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
writeOrCheck(mode, file, lines);
