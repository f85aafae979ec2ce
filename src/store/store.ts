import type { Analysis } from '../analyze/analysis.js';

export interface StoreSummary {
  articles: number;
  events: number;
  entities: number;
  quotes: number;
}

/**
 * One interface for every engine: embedded SQLite by default, PostgreSQL when several workers or
 * servers share one database. The same contract suite (`store.contract.ts`) runs against both.
 */
export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Stores one analysed article in one transaction; false when the same text was stored already. */
  saveAnalysis(analysis: Analysis, source: string): Promise<boolean>;
  /** Replaces a stored article's analysis and all rows derived from it, in one transaction. */
  replaceAnalysis(id: number, analysis: Analysis): Promise<void>;
  summary(): Promise<StoreSummary>;
  /**
   * A read-only query for `src/query`, written once for both engines: `?` placeholders, and SQL that
   * SQLite and PostgreSQL both accept.
   */
  select(sql: string, params: readonly (string | number)[]): Promise<Record<string, unknown>[]>;
  /**
   * A value that changes whenever the stored data may have changed, from any connection or
   * process; undefined (or null) when the engine cannot tell cheaply. Read caches key on it.
   */
  changeToken?(): Promise<string | null>;
  close(): Promise<void>;
}
