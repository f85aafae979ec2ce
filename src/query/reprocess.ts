import type { Analysis } from '../analyze/analysis.js';
import type { Store } from '../store/store.js';
import { diffEvents, type EventChanges, emptyChanges } from './event-diff.js';

export interface ReprocessReport {
  articles: number;
  changed: number;
  /** Versions the articles had been coded with, and how many each. */
  from: Record<string, number>;
  to: string;
  events: EventChanges;
}

export interface ReprocessOptions {
  /** Report only; store nothing. */
  dryRun?: boolean;
  onProgress?: (done: number) => void;
}

function parsed(value: unknown): Analysis {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Analysis;
}

/**
 * Re-runs analysis on every stored article (in id order, a page at a time) and reports what
 * changed per dyad and per code; each article is replaced in its own transaction.
 */
export async function reprocess(
  store: Store,
  reanalyse: (old: Analysis) => Analysis,
  version: string,
  options?: ReprocessOptions,
): Promise<ReprocessReport> {
  const report: ReprocessReport = {
    articles: 0,
    changed: 0,
    from: {},
    to: version,
    events: emptyChanges(),
  };
  for (let after = 0; ; ) {
    const page = await store.select(
      'SELECT id, analysis, analysis_version FROM articles WHERE id > ? ORDER BY id LIMIT ?',
      [after, 200],
    );
    for (const row of page) {
      const id = Number(row.id);
      const old = parsed(row.analysis);
      const fresh = reanalyse(old);
      const from = row.analysis_version === null ? 'unknown' : String(row.analysis_version);
      report.from[from] = (report.from[from] ?? 0) + 1;
      if (diffEvents(old.events, fresh.events, report.events)) report.changed++;
      if (!options?.dryRun) await store.replaceAnalysis(id, fresh);
      report.articles++;
      after = id;
      options?.onProgress?.(report.articles);
    }
    if (page.length < 200) return report;
  }
}
