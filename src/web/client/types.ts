/** The API's answers as the dashboard reads them (see src/server and src/query). */

export interface EventRow {
  articleId: number;
  title: string | null;
  code: string;
  root: string;
  quad: number;
  goldstein: number | null;
  sourceActor: string | null;
  sourceName: string | null;
  targetActor: string | null;
  targetName: string | null;
  date: string | null;
  location: string | null;
  negated: boolean;
  modality: string;
  evidence: { start: number; end: number; text: string };
}

export interface Paged<T> {
  total: number;
  limit: number;
  offset: number;
  rows: T[];
}

export interface SeriesPoint {
  period: string;
  quad: number;
  events: number;
  goldstein: number | null;
}

export interface Edge {
  source: string;
  target: string;
  events: number;
  goldstein: number | null;
}

export interface FacetValue {
  value: string;
  count: number;
}

export const FACETS = ['outlet', 'actor', 'country', 'root', 'quad'] as const;
export type FacetName = (typeof FACETS)[number];

export interface ArticleHit {
  articleId: number;
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
  snippet: string;
}

export interface ArticleSearchPage extends Paged<ArticleHit> {
  facets: Record<FacetName, FacetValue[]>;
}

export interface QuoteHit {
  articleId: number;
  title: string | null;
  start: number;
  end: number;
  kind: string;
  text: string;
  speakerName: string | null;
  speakerActor: string | null;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: string;
}

export interface Entity {
  id: string;
  type: string;
  name: string;
  actor: string | null;
  country: string | null;
  office?: string;
  mentions: Mention[];
}

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
}

export interface Quote {
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
}

export interface ArticleEvent {
  code: string;
  root: string;
  quad: number;
  goldstein: number | null;
  source: { entity: string; actor: string | null };
  target: { entity: string; actor: string | null };
  date: string | null;
  location: string | null;
  negated: boolean;
  modality: string;
  evidence: { start: number; end: number };
}

export interface ArticleDetail {
  id: number;
  title: string | null;
  url: string | null;
  published: string | null;
  publishedSource: string | null;
  outlet: string | null;
  byline: string | null;
  source: string;
  storedAt: string;
  nearDuplicateOf: number | null;
  text: string;
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: ArticleEvent[];
}

export interface IngestStatus {
  engine: 'sqlite' | 'postgres';
  summary: { articles: number; events: number; entities: number; quotes: number };
  outlets: { outlet: string | null; articles: number; lastStored: string }[];
  recent: { articleId: number; title: string | null; source: string; storedAt: string }[];
  queue: { queued: number; done: number; failed: number } | null;
  failuresBySource: { source: string; failed: number }[];
  failures: { jobId: number; name: string; error: string; finishedAt: string | null }[];
}
