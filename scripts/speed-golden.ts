// Golden-output check for speed work: `tsx scripts/speed-golden.ts write|check [file]` writes or
// compares, byte for byte, the analysis JSON of every extracted English bench page (entities,
// times, quotes and events included).
import { benchTexts, writeOrCheck } from '../bench/golden.js';
import { Analyzer } from '../src/analyze/analyzer.js';

const [mode = 'check', file = '/tmp/speed-golden.jsonl'] = process.argv.slice(2);
const analyzer = new Analyzer();
writeOrCheck(
  mode,
  file,
  benchTexts().map((text) => JSON.stringify(analyzer.analyzeBody(text))),
);
