// Golden-output check for times-stage speed work: `tsx bench/times-golden.ts write|check [file]`
// writes or compares, byte for byte, the analysis time expressions and the article's publication
// date (given or inferred) of every extracted English bench page (one line per page).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../src/analyze/analyzer.js';
import { extractArticle } from '../src/extract/extract.js';
import { loadPages } from './pages.js';

const [mode = 'check', file = '/tmp/times-golden.jsonl'] = process.argv.slice(2);
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
  const analysis = analyzer.analyzeBody(text);
  return JSON.stringify({ published: analysis.article.published, times: analysis.times });
});
const count = lines.reduce(
  (n, line) => n + (JSON.parse(line) as { times: unknown[] }).times.length,
  0,
);
if (mode === 'write') {
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`wrote the times of ${lines.length} pages (${count} expressions) to ${file}`);
} else {
  const golden = readFileSync(file, 'utf8').trimEnd().split('\n');
  const differing = lines.flatMap((line, i) => (line === golden[i] ? [] : [i]));
  const countNote = golden.length === lines.length ? '' : ` (golden has ${golden.length})`;
  console.log(
    `${lines.length} pages${countNote}, ${count} expressions, ${differing.length} pages differ: ${differing.slice(0, 20).join(' ')}`,
  );
  process.exitCode = differing.length === 0 && golden.length === lines.length ? 0 : 1;
}
