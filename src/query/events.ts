import type { Store } from '../store/store.js';
import { dyadPage, dyadTotal } from './dyad-events.js';
import { type EventFilter, type Page, whereClause } from './event-filter.js';
import { type EventPage, eventsQuery, toEventRow } from './event-row.js';

export const MAX_PAGE = 10_000;

/** Events that match a filter, newest first, one page at a time, with the total they page through. */
export async function queryEvents(
  store: Store,
  filter: EventFilter,
  page: Page,
): Promise<EventPage> {
  const where = whereClause(filter);
  const limit = Math.min(Math.max(1, Math.floor(page.limit)), MAX_PAGE);
  const offset = Math.max(0, Math.floor(page.offset));
  // 1. A dyad (the dashboard's dyad view): each direction from its index, total from the rollup.
  // 2. Anything else: one query over the events table, with the total beside each row.
  const query = dyadPage(filter, limit, offset) ?? {
    sql: eventsQuery(where.sql),
    params: [...where.params, limit, offset],
  };
  const raw = await store.select(query.sql, query.params);
  if (raw.length > 0 || offset === 0) {
    return { total: raw.length > 0 ? Number(raw[0]?.total) : 0, rows: raw.map(toEventRow) };
  }
  // A page past the end still tells how many there are.
  const count = dyadTotal(filter) ?? {
    sql: `SELECT count(*) AS total FROM events e ${where.sql}`,
    params: where.params,
  };
  const counted = await store.select(count.sql, count.params);
  return { total: Number(counted[0]?.total ?? 0), rows: [] };
}

/** Every matching event, page by page, so an export of millions runs in bounded memory. */
export async function* allEvents(store: Store, filter: EventFilter, pageSize = 1000) {
  for (let offset = 0; ; offset += pageSize) {
    const { rows } = await queryEvents(store, filter, { limit: pageSize, offset });
    yield* rows;
    if (rows.length < pageSize) return;
  }
}
