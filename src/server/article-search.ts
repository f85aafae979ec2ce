import type { Store } from '../store/store.js';
import { matchValue, outletColumn, passage, queryWords } from './search-words.js';

export interface ArticleSearch {
  q?: string;
  outlet?: string[];
  actor?: string[];
  country?: string[];
  root?: string[];
  quad?: number[];
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export const FACETS = ['outlet', 'actor', 'country', 'root', 'quad'] as const;
export type FacetName = (typeof FACETS)[number];

export interface ArticleSearchPage {
  total: number;
  rows: {
    articleId: number;
    title: string | null;
    url: string | null;
    published: string | null;
    outlet: string | null;
    snippet: string;
  }[];
  /** Per facet, how many of the matching articles have each value: adding it gives that list. */
  facets: Record<FacetName, FacetValue[]>;
}

interface Filtered {
  sql: string;
  params: (string | number)[];
}

const has = (table: string, column: string) =>
  `EXISTS (SELECT 1 FROM ${table} x WHERE x.article_id = a.id AND x.${column} = ?)`;

/** The matching articles' ids (and rank) as a subquery; every value travels as a parameter. */
function filtered(store: Store, search: ArticleSearch, words: string[] | null): Filtered {
  const params: (string | number)[] = [];
  let matched = 'SELECT id, 0 AS score FROM articles';
  if (words) {
    matched =
      store.engine === 'sqlite'
        ? 'SELECT rowid AS id, rank AS score FROM articles_fts WHERE articles_fts MATCH ?'
        : `SELECT a.id, -ts_rank(a.search, q) AS score
           FROM articles a, websearch_to_tsquery('english', ?) q WHERE a.search @@ q`;
    params.push(matchValue(store, words));
  }
  const where: string[] = [];
  const each = (values: (string | number)[] | undefined, sql: string) => {
    for (const value of values ?? []) {
      where.push(sql);
      params.push(value);
    }
  };
  const upper = (values: string[] | undefined) => values?.map((v) => v.toUpperCase());
  each(search.outlet, `${outletColumn(store)} = ?`);
  each(upper(search.actor), has('entities', 'actor'));
  each(upper(search.country), has('entities', 'country'));
  each(search.root, has('events', 'root'));
  each(search.quad, has('events', 'quad'));
  if (search.from) {
    where.push('substr(a.published, 1, 10) >= ?');
    params.push(search.from);
  }
  if (search.to) {
    where.push('substr(a.published, 1, ?) <= ?');
    params.push(search.to.length, search.to);
  }
  const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return {
    sql: `SELECT a.id, m.score FROM articles a JOIN (${matched}) m ON m.id = a.id ${condition}`,
    params,
  };
}

function facetSql(store: Store, facet: FacetName, ids: string): string {
  const grouped = (table: string, column: string) =>
    `SELECT x.${column} AS value, count(DISTINCT x.article_id) AS n FROM ${table} x
     WHERE x.article_id IN (SELECT id FROM (${ids}) f) AND x.${column} IS NOT NULL
     GROUP BY x.${column} ORDER BY n DESC, value LIMIT 25`;
  if (facet === 'outlet') {
    const outlet = outletColumn(store);
    return `SELECT ${outlet} AS value, count(*) AS n FROM (${ids}) f JOIN articles a ON a.id = f.id
      WHERE ${outlet} IS NOT NULL GROUP BY ${outlet} ORDER BY n DESC, value LIMIT 25`;
  }
  if (facet === 'actor' || facet === 'country') return grouped('entities', facet);
  return grouped('events', facet);
}

/** Articles matching words and facet filters, best first, with the facets of the whole match. */
export async function searchWithFacets(
  store: Store,
  search: ArticleSearch,
): Promise<ArticleSearchPage> {
  const words = search.q?.trim() ? queryWords(search.q) : null;
  const ids = filtered(store, search, words);
  const [counted] = await store.select(`SELECT count(*) AS n FROM (${ids.sql}) f`, ids.params);
  const raw = await store.select(
    `SELECT a.id, a.title, a.url, a.published, ${outletColumn(store)} AS outlet, a.text
     FROM (${ids.sql}) f JOIN articles a ON a.id = f.id
     ORDER BY f.score, a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?`,
    [...ids.params, search.limit, search.offset],
  );
  const facets = {} as Record<FacetName, FacetValue[]>;
  for (const facet of FACETS) {
    const rows = await store.select(facetSql(store, facet, ids.sql), ids.params);
    facets[facet] = rows.map((r) => ({ value: String(r.value), count: Number(r.n) }));
  }
  return {
    total: Number(counted?.n ?? 0),
    rows: raw.map((r) => ({
      articleId: Number(r.id),
      title: r.title === null ? null : String(r.title),
      url: r.url === null ? null : String(r.url),
      published: r.published === null ? null : String(r.published),
      outlet: r.outlet === null || r.outlet === undefined ? null : String(r.outlet),
      snippet: passage(String(r.text), words ?? []),
    })),
    facets,
  };
}
