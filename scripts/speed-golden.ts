// Golden-output check for speed work: `tsx scripts/speed-golden.ts write|check [file]` writes or
// compares, byte for byte, the analysis JSON of every extracted English bench page.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPages } from '../bench/pages.js';
import { Analyzer } from '../src/analyze/analyzer.js';
import { extractArticle } from '../src/extract/extract.js';

const [mode = 'check', file = '/tmp/speed-golden.jsonl'] = process.argv.slice(2);
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
const lines = texts.map((text) => JSON.stringify(analyzer.analyzeBody(text)));
if (mode === 'write') {
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} analyses to ${file}`);
} else {
  const golden = readFileSync(file, 'utf8').trimEnd().split('\n');
  const differing = lines.flatMap((line, i) => (line === golden[i] ? [] : [i]));
  const countNote = golden.length === lines.length ? '' : ` (golden has ${golden.length})`;
  console.log(
    `${lines.length} analyses${countNote}, ${differing.length} differ: ${differing.slice(0, 20).join(' ')}`,
  );
  process.exitCode = differing.length === 0 && golden.length === lines.length ? 0 : 1;
}
