/** One stored event as queries and exports see it. */
export interface EventRow {
  articleId: number;
  url: string | null;
  title: string | null;
  storedAt: string;
  code: string;
  root: string;
  quad: number;
  goldstein: number | null;
  sourceActor: string | null;
  sourceName: string | null;
  sourceCountry: string | null;
  targetActor: string | null;
  targetName: string | null;
  targetCountry: string | null;
  date: string | null;
  location: string | null;
  negated: boolean;
  modality: string;
  evidence: { start: number; end: number; text: string };
  /** The cluster of reports of this event across articles, with GDELT's counts. */
  cluster: EventCluster | null;
}

export interface EventCluster {
  id: number;
  /** Reports of the event (GDELT NumMentions), articles holding them, and outlets publishing those. */
  mentions: number;
  articles: number;
  sources: number;
}

export interface EventPage {
  /** How many events match the filter; from the same query as the rows, so they always agree. */
  total: number;
  rows: EventRow[];
}

export interface EventsQueryParts {
  /** The FROM item that yields the events as `e`; default the whole table. */
  from?: string;
  /** The total beside each row; default `count(*) OVER ()`, from the same rows. */
  total?: string;
}

/** The SELECT both engines run; the total sits beside each row, from the same statement. */
export function eventsQuery(where: string, parts?: EventsQueryParts): string {
  return `SELECT e.article_id, a.url, a.title, a.stored_at, e.code, e.root, e.quad, e.goldstein,
    e.source_actor, e.source_name, e.source_country, e.target_actor, e.target_name, e.target_country,
    e.date, e.location, e.negated, e.modality, e.evidence_start, e.evidence_end, e.evidence_text,
    c.id AS cluster_id, c.mentions AS cluster_mentions, c.articles AS cluster_articles,
    c.sources AS cluster_sources, ${parts?.total ?? 'count(*) OVER ()'} AS total
    FROM ${parts?.from ?? 'events e'} JOIN articles a ON a.id = e.article_id
    LEFT JOIN event_clusters c ON c.id = e.cluster_id
    ${where}
    ORDER BY ${EVENT_ORDER}
    LIMIT ? OFFSET ?`;
}

/** Newest first. NOTE: coupled to the `events_country_pair` index (`src/store/schema-country-rollup.ts`). */
export const EVENT_ORDER = 'e.date DESC, e.article_id, e.evidence_start';

type Raw = Record<string, unknown>;

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

export function toEventRow(raw: Raw): EventRow {
  return {
    articleId: Number(raw.article_id),
    url: text(raw.url),
    title: text(raw.title),
    storedAt: raw.stored_at instanceof Date ? raw.stored_at.toISOString() : String(raw.stored_at),
    code: String(raw.code),
    root: String(raw.root),
    quad: Number(raw.quad),
    goldstein: raw.goldstein === null ? null : Number(raw.goldstein),
    sourceActor: text(raw.source_actor),
    sourceName: text(raw.source_name),
    sourceCountry: text(raw.source_country),
    targetActor: text(raw.target_actor),
    targetName: text(raw.target_name),
    targetCountry: text(raw.target_country),
    date: text(raw.date),
    location: text(raw.location),
    negated: raw.negated === true || raw.negated === 1,
    modality: String(raw.modality),
    evidence: {
      start: Number(raw.evidence_start),
      end: Number(raw.evidence_end),
      text: String(raw.evidence_text),
    },
    cluster:
      raw.cluster_id === null || raw.cluster_id === undefined
        ? null
        : {
            id: Number(raw.cluster_id),
            mentions: Number(raw.cluster_mentions),
            articles: Number(raw.cluster_articles),
            sources: Number(raw.cluster_sources),
          },
  };
}
