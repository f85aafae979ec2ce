import type { RawDocument } from '../sources/raw-document.js';
import type { EvalPage } from './extract-data.js';
import {
  addCounts,
  type SnippetCounts,
  scorePage,
  scores,
  squash,
  zeroCounts,
} from './extract-score.js';

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
  /** Every page's counts, in page order. */
  pages: PageResult[];
}

/** One page's score for one contender, with the snippets it got wrong. */
export interface PageResult {
  page: EvalPage;
  counts: SnippetCounts;
  missed: string[];
  leaked: string[];
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
    pages: [] as PageResult[],
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
      result.pages.push({ page, counts, ...wrongSnippets(text, page) });
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

function wrongSnippets(
  text: string | null,
  page: EvalPage,
): { missed: string[]; leaked: string[] } {
  const output = text === null ? '' : squash(text);
  const found = (snippet: string) => output !== '' && output.includes(squash(snippet));
  return {
    missed: page.with.filter((s) => !found(s)),
    leaked: page.without.filter(found),
  };
}

/** The `n` pages with the lowest F (then the most errors), worst first. */
export function worstPages(result: ContenderResult, n: number): PageResult[] {
  const errors = (r: PageResult) => r.counts.fn + r.counts.fp;
  return result.pages
    .filter((r) => errors(r) > 0)
    .sort((a, b) => scores(a.counts).f - scores(b.counts).f || errors(b) - errors(a))
    .slice(0, n);
}

/** One page's line of the worst-pages listing: F, language, counts, file, then each wrong snippet. */
export function formatPageResult(r: PageResult): string {
  const { fn, fp } = r.counts;
  const head = `F ${scores(r.counts).f.toFixed(2)}  ${r.page.lang ?? '-'}  fn ${fn} fp ${fp}  ${r.page.file}`;
  const cut = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);
  return [
    head,
    ...r.missed.map((s) => `    - missed: ${cut(squash(s))}`),
    ...r.leaked.map((s) => `    + leaked: ${cut(squash(s))}`),
  ].join('\n');
}
