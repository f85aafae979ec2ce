import type { RawDocument } from '../sources/raw-document.js';
import type { EvalPage } from './extract-data.js';
import { addCounts, type SnippetCounts, scorePage, zeroCounts } from './extract-score.js';

/** An extractor under evaluation: a page's raw document to its body text (null: no output). */
export interface Contender {
  name: string;
  run: (raw: RawDocument) => string | null;
}

export interface ContenderResult {
  name: string;
  total: SnippetCounts;
  /** One message per page that gave no output (a crash or nothing extracted). */
  failures: string[];
  seconds: number;
}

/**
 * Every contender on every page, page by page (each page is read once), each scored by the same
 * protocol. `report` gets one line per page where a contender misses a snippet or lets one in.
 */
export function runContenders(
  pages: readonly EvalPage[],
  bytesOf: (page: EvalPage) => Uint8Array,
  contenders: readonly Contender[],
  report?: (line: string) => void,
): ContenderResult[] {
  const results = contenders.map((c) => ({
    name: c.name,
    total: zeroCounts(),
    failures: [] as string[],
    seconds: 0,
  }));
  for (const page of pages) {
    const raw: RawDocument = {
      name: page.file,
      bytes: bytesOf(page),
      url: page.url,
      headers: {},
      fetchedAt: null,
    };
    const line: string[] = [];
    for (const [i, contender] of contenders.entries()) {
      const result = results[i];
      if (!result) continue;
      const started = performance.now();
      const { text, error } = attempt(() => contender.run(raw));
      result.seconds += (performance.now() - started) / 1000;
      if (error !== null || text === null || text.trim() === '') {
        result.failures.push(error ?? `${page.file}: no output`);
      }
      const counts: SnippetCounts = scorePage(text, page.with, page.without);
      result.total = addCounts(result.total, counts);
      line.push(`${contender.name.split(' ')[0]} fn ${counts.fn} fp ${counts.fp}`);
    }
    if (report && /f[np] [1-9]/.test(line.join(' '))) {
      report(`${page.file}\t${line.join('\t')}\t${page.url}`);
    }
  }
  return results;
}

function attempt(run: () => string | null): { text: string | null; error: string | null } {
  try {
    return { text: run(), error: null };
  } catch (error) {
    return { text: null, error: error instanceof Error ? error.message : String(error) };
  }
}
