import { Analyzer } from '../src/analyze/analyzer.js';
import { buildServer } from '../src/server/app.js';
import type { Store } from '../src/store/store.js';

/** What the dashboard's dyad view asks for when it opens (`src/web/client/views/dyad.tsx`). */
export const DYAD_VIEW = [
  '/series?dyad=USA-CHN&period=month',
  '/events?dyad=USA-CHN&limit=50',
  '/actors',
] as const;

export interface ViewTimes {
  /** Median server time of each request, ms. */
  requests: Record<string, number>;
  /** Median time for the three together, as the browser sends them, ms. */
  view: number;
}

async function median(rounds: number, run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/**
 * The dyad view's requests answered in-process (`app.inject`: routing, validation, the queries and
 * JSON, no network), over the store as it is, without the server's query cache.
 */
export async function measureDyadView(store: Store, rounds: number): Promise<ViewTimes> {
  const app = buildServer({ store, analyzer: new Analyzer() });
  await app.ready();
  const get = async (url: string) => {
    const response = await app.inject({ url });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
  };
  const requests: Record<string, number> = {};
  for (const url of DYAD_VIEW) requests[url] = await median(rounds, () => get(url));
  const view = await median(rounds, () => Promise.all(DYAD_VIEW.map(get)));
  await app.close();
  return { requests, view };
}
