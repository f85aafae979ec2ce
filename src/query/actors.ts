import type { Store } from '../store/store.js';

/**
 * Actor codes that take part in events, busiest first (as source plus as target), from the counts
 * the store keeps (`event_actors`, `src/store/schema-actor-counts.ts`) rather than every event.
 */
export async function busiestActors(
  store: Store,
  limit = 500,
): Promise<{ actor: string; events: number }[]> {
  const rows = await store.select(
    'SELECT actor, events FROM event_actors ORDER BY events DESC, actor LIMIT ?',
    [Math.min(Math.max(1, limit), 10_000)],
  );
  return rows.map((r) => ({ actor: String(r.actor), events: Number(r.events) }));
}
