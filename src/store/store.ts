import type { Analysis } from '../analyze/analysis.js';

export interface StoreSummary {
  articles: number;
  events: number;
  entities: number;
  quotes: number;
}

/** One interface for every engine (SQLite now; PostgreSQL joins it in the storage issue). */
export interface Store {
  /** Stores one analysed article in one transaction; false when the same text was stored already. */
  saveAnalysis(analysis: Analysis, source: string): boolean;
  summary(): StoreSummary;
  close(): void;
}
