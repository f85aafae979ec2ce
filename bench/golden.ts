// Shared by the golden-output checks of speed work (scripts/speed-golden.ts,
// bench/entities-golden.ts): the extracted English bench pages, and writing or comparing one JSON
// line per page byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/extract.js';
import { loadPages } from './pages.js';

/** The extracted text of every English page of extraction-dev. */
export function benchTexts(): string[] {
  const data = fileURLToPath(new URL('../../shared/data/extraction-dev', import.meta.url));
  const pages = loadPages(data, 'en', Number.POSITIVE_INFINITY) ?? [];
  return pages.flatMap((raw) => {
    try {
      return [extractArticle(raw).text];
    } catch {
      return [];
    }
  });
}

/** `write` stores the lines in `file`; `check` compares them and sets a failing exit code on a difference. */
export function writeOrCheck(mode: string, file: string, lines: readonly string[]): void {
  if (mode === 'write') {
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`wrote ${lines.length} lines to ${file}`);
    return;
  }
  const golden = readFileSync(file, 'utf8').trimEnd().split('\n');
  const differing = lines.flatMap((line, i) => (line === golden[i] ? [] : [i]));
  const countNote = golden.length === lines.length ? '' : ` (golden has ${golden.length})`;
  console.log(
    `${lines.length} lines${countNote}, ${differing.length} differ: ${differing.slice(0, 20).join(' ')}`,
  );
  process.exitCode = differing.length === 0 && golden.length === lines.length ? 0 : 1;
}
