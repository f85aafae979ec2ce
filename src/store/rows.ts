import { createHash } from 'node:crypto';
import type { Analysis } from '../analyze/analysis.js';
import { analysisVersion } from '../analyze/version.js';
import type { ClusterKey } from './clusters.js';

/** The rows one analysed article becomes, in column order; shared by every engine. */
export interface ArticleRows {
  article: [
    hash: string,
    source: string,
    url: string | null,
    title: string | null,
    published: string | null,
    publishedSource: string | null,
    text: string,
    analysis: string,
    version: string,
    outlet: string | null,
  ];
  entities: [string, string, string, string | null, string | null, number][];
  quotes: [number, number, string, string | null, string][];
  events: [
    code: string,
    root: string,
    quad: number,
    goldstein: number | null,
    sourceActor: string | null,
    targetActor: string | null,
    sourceName: string | null,
    targetName: string | null,
    sourceCountry: string | null,
    targetCountry: string | null,
    date: string | null,
    location: string | null,
    negated: boolean,
    modality: string,
    evidenceStart: number,
    evidenceEnd: number,
    evidenceText: string,
  ][];
}

/** Articles are identified by their text: the same story fetched twice is stored once. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The outlet that published an article, for a cluster's source count: its site, else its host. */
function outletOf(site: string | null, url: string | null): string | null {
  if (site) return site.toLowerCase();
  try {
    return url ? new URL(url).hostname.replace(/^www\./u, '') : null;
  } catch {
    return null;
  }
}

export function articleRows(analysis: Analysis, source: string): ArticleRows {
  const { article } = analysis;
  const entityById = new Map(analysis.entities.map((e) => [e.id, e]));
  return {
    article: [
      contentHash(article.text),
      source,
      article.url,
      article.title,
      article.published.value,
      article.published.source,
      article.text,
      JSON.stringify(analysis),
      analysisVersion(),
      outletOf(article.site, article.url),
    ],
    entities: analysis.entities.map((e) => [
      e.id,
      e.type,
      e.name,
      e.actor,
      e.country,
      e.mentions.length,
    ]),
    quotes: analysis.quotes.map((q) => [q.start, q.end, q.kind, q.speaker, q.text]),
    events: analysis.events.map((e) => [
      e.code,
      e.root,
      e.quad,
      e.goldstein,
      e.source.actor,
      e.target.actor,
      (e.source.entity && entityById.get(e.source.entity)?.name) || null,
      (e.target.entity && entityById.get(e.target.entity)?.name) || null,
      (e.source.entity && entityById.get(e.source.entity)?.country) || null,
      (e.target.entity && entityById.get(e.target.entity)?.country) || null,
      e.date,
      e.location,
      e.negated,
      e.modality,
      e.evidence.start,
      e.evidence.end,
      article.text.slice(e.evidence.start, e.evidence.end),
    ]),
  };
}

/** What decides which cluster an event row joins. */
export function clusterKey(row: ArticleRows['events'][number]): ClusterKey {
  return { sourceActor: row[4], targetActor: row[5], root: row[1], date: row[10] };
}
