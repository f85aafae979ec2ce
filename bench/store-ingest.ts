import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../src/analyze/analyzer.js';
import type { RawDocument } from '../src/sources/raw-document.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { loadPages } from './pages.js';

export interface IngestFigures {
  dataset: string;
  /** Articles per second, medians of the rounds. */
  bare: number;
  ingest: number;
}

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/**
 * The bare pipeline (pages → analysis) against ingest (the same, stored into a fresh SQLite file,
 * one transaction per article) on the same pages, rounds interleaved so machine load hits both.
 */
export async function measureIngest(
  dir: string,
  limit: number,
  rounds: number,
): Promise<IngestFigures> {
  const pages = loadPages(dir, 'en', limit);
  if (!pages) throw new Error(`bench:store: no manifest.tsv in ${dir}`);
  const analyzer = new Analyzer();
  const bare = (page: RawDocument) => analyzer.analyzeRaw(page);
  const passes = { bare: [] as number[], ingest: [] as number[] };
  const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
  try {
    for (let round = 0; round <= rounds; round++) {
      let started = performance.now();
      for (const page of pages) {
        try {
          bare(page);
        } catch {}
      }
      const bareSeconds = (performance.now() - started) / 1000;
      const store = openSqliteStore(join(tmp, `round-${round}.db`));
      started = performance.now();
      for (const page of pages) {
        try {
          await store.saveAnalysis(bare(page), page.name);
        } catch {}
      }
      const ingestSeconds = (performance.now() - started) / 1000;
      await store.close();
      if (round === 0) continue; // warm-up
      passes.bare.push(pages.length / bareSeconds);
      passes.ingest.push(pages.length / ingestSeconds);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return {
    dataset: `extraction-dev, ${pages.length} English pages`,
    bare: median(passes.bare),
    ingest: median(passes.ingest),
  };
}
