import type { Store } from '../store/store.js';
import { matchValue, queryWords } from './search-words.js';

export interface QuoteSearch {
  q?: string;
  actor?: string;
  limit: number;
  offset: number;
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

const nullable = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** Quotations matching words and/or a speaker's actor code (prefix: FRA matches FRAGOV). */
export async function searchQuotes(
  store: Store,
  search: QuoteSearch,
): Promise<{ total: number; rows: QuoteHit[] }> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (search.q?.trim()) {
    where.push(
      store.engine === 'sqlite'
        ? 'q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)'
        : "q.search @@ websearch_to_tsquery('english', ?)",
    );
    params.push(matchValue(store, queryWords(search.q)));
  }
  if (search.actor) {
    where.push('s.actor LIKE ?');
    params.push(`${search.actor.toUpperCase()}%`);
  }
  const from = `FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities s ON s.article_id = q.article_id AND s.entity_id = q.speaker
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
  const [counted] = await store.select(`SELECT count(*) AS n ${from}`, params);
  const raw = await store.select(
    `SELECT q.article_id, a.title, q.start_offset, q.end_offset, q.kind, q.text,
       s.name AS speaker_name, s.actor AS speaker_actor
     ${from} ORDER BY q.article_id DESC, q.start_offset LIMIT ? OFFSET ?`,
    [...params, search.limit, search.offset],
  );
  return {
    total: Number(counted?.n ?? 0),
    rows: raw.map((r) => ({
      articleId: Number(r.article_id),
      title: nullable(r.title),
      start: Number(r.start_offset),
      end: Number(r.end_offset),
      kind: String(r.kind),
      text: String(r.text),
      speakerName: nullable(r.speaker_name),
      speakerActor: nullable(r.speaker_actor),
    })),
  };
}
