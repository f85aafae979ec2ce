import type { EntityType, Modality, QuoteKind, TimeType } from '../doc/types.js';
import type { Article } from '../extract/article.js';

/** The analysis JSON, contract version 1 (DESIGN.md). Offsets index `article.text`. */
export const ANALYSIS_SCHEMA = 'newsgraph.analysis/1';

export interface AnalysisMention {
  start: number;
  end: number;
  text: string;
  kind: 'name' | 'nominal' | 'pronoun';
}

export interface AnalysisEntity {
  id: string;
  type: EntityType;
  name: string;
  actor: string | null;
  country: string | null;
  office?: string;
  /** WGS84 coordinates of a place entity, when the gazetteer placed it. */
  lat?: number;
  lon?: number;
  mentions: AnalysisMention[];
}

export interface AnalysisTime {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  value: string | null;
}

export interface AnalysisQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** The words that attribute the quote (`said`, `according to`), when it has any. */
  cue?: { start: number; end: number; text: string };
}

export interface AnalysisEvent {
  code: string;
  root: string;
  quad: number;
  goldstein: number | null;
  /** `entity` is null for an actor named by an agent noun alone ("the police": `---COP`). */
  source: { entity: string | null; actor: string | null };
  /** `entity: null, actor: null` when the sentence names no target. */
  target: { entity: string | null; actor: string | null };
  date: string | null;
  location: string | null;
  negated: boolean;
  modality: Modality;
  evidence: { start: number; end: number };
  trigger: { start: number; end: number };
  rule: string;
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  id?: string | null;
  article: Article;
  entities: AnalysisEntity[];
  times: AnalysisTime[];
  quotes: AnalysisQuote[];
  events: AnalysisEvent[];
}
