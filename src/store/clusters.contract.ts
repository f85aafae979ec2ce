import { expect, it } from 'vitest';
import type { Analysis } from '../analyze/analysis.js';
import { Analyzer } from '../analyze/analyzer.js';
import { actorNetwork, eventSeries } from '../query/aggregates.js';
import { queryEvents } from '../query/events.js';
import { reprocess } from '../query/reprocess.js';
import type { Store } from './store.js';

function report(published: string, text: string, site: string): Analysis {
  const analysis = new Analyzer({ published }).analyzeBody(text);
  return { ...analysis, article: { ...analysis.article, site } };
}

/** Three reports of one accord (a day apart, two outlets) and a later one of a new accord. */
const REPORTS: [Analysis, string][] = [
  [report('2023-03-06', 'Chile and Peru signed a fisheries agreement.', 'wire.example'), 'a'],
  [report('2023-03-07', 'Chile and Peru signed an accord on fishing quotas.', 'wire.example'), 'b'],
  [report('2023-03-06', 'Chile and Peru signed a deal on fisheries.', 'daily.example'), 'c'],
  [report('2023-03-10', 'Chile and Peru signed a new agreement on fishing.', 'daily.example'), 'd'],
];

async function clusterCounts(store: Store) {
  const page = await queryEvents(store, { source: 'CHL' }, { limit: 100, offset: 0 });
  return page.rows
    .map((r) => `${r.date} ${r.cluster?.mentions}/${r.cluster?.articles}/${r.cluster?.sources}`)
    .sort();
}

/** Event clusters and the rollup, for every engine; called from `runStoreContract`. */
export function runClusterContract(newStore: () => Promise<{ store: Store }>): void {
  it('clusters reports of one event across articles with GDELT’s counts', async () => {
    const { store } = await newStore();
    for (const [analysis, name] of REPORTS) await store.saveAnalysis(analysis, name);
    expect(await clusterCounts(store)).toEqual([
      '2023-03-06 3/3/2',
      '2023-03-06 3/3/2',
      '2023-03-07 3/3/2',
      '2023-03-10 1/1/1',
    ]);
    const clusters = await store.select('SELECT count(*) AS n FROM event_clusters', []);
    expect(Number(clusters[0]?.n)).toBe(4); // two accords, each way round
    await store.close();
  });

  it('recounts clusters and the rollup when reprocessing recodes events', async () => {
    const { store } = await newStore();
    for (const [analysis, name] of REPORTS) await store.saveAnalysis(analysis, name);
    // Recode the first report's events: they leave their clusters for new ones.
    const recode = (old: Analysis) =>
      old.article.text.includes('fisheries agreement')
        ? { ...old, events: old.events.map((e) => ({ ...e, code: '036', root: '03', quad: 1 })) }
        : old;
    await reprocess(store, recode, 'test+2');
    expect(await clusterCounts(store)).toEqual([
      '2023-03-06 1/1/1',
      '2023-03-06 2/2/2',
      '2023-03-07 2/2/2',
      '2023-03-10 1/1/1',
    ]);
    const raw = await store.select(
      `SELECT substr(date, 1, 7) AS period, quad, count(*) AS events FROM events
       GROUP BY substr(date, 1, 7), quad ORDER BY period, quad`,
      [],
    );
    const series = await eventSeries(store, {}, 'month');
    expect(series.map((p) => [p.period, p.quad, p.events])).toEqual(
      raw.map((r) => [r.period, Number(r.quad), Number(r.events)]),
    );
    expect(series.map((p) => p.events)).toEqual([8]);
    await store.close();
  });

  it.each([
    [{ actor: 'PER', from: '2023-03-01', to: '2023-03-31' }, 8],
    [{ dyad: 'PER-CHL', from: '2023-03', to: '2023' }, 8],
    [{ actor: 'PER', from: '2023-03-07', to: '2023-03-09' }, 2],
    [{ source: 'CHL', to: '2023-03-06' }, 2],
    [{ target: 'CHLGOV' }, 0],
    [{ actor: 'PER', to: '2023-02' }, 0],
    [{ actor: 'PER', code: '05', from: '2023-03-10' }, 2],
  ])('counts the same events in series, network and event list for %j', async (filter, count) => {
    const { store } = await newStore();
    for (const [analysis, name] of REPORTS) await store.saveAnalysis(analysis, name);
    const listed = await queryEvents(store, filter, { limit: 1, offset: 0 });
    const edges = await actorNetwork(store, filter, 100);
    const series = await eventSeries(store, filter, 'month');
    expect(listed.total).toBe(count);
    expect(edges.reduce((n, e) => n + e.events, 0)).toBe(count);
    expect(series.reduce((n, p) => n + p.events, 0)).toBe(count);
    await store.close();
  });

  it('agrees with the event list at every date precision and bound', async () => {
    const { store } = await newStore();
    const dates = ['2022-12-31', '2023', '2023-01', '2023-01-01', '2023-05', '2023-12-31', '2024'];
    for (const [i, date] of dates.entries()) {
      const [base] = REPORTS[0] ?? [];
      if (!base) throw new Error('no report');
      const text = `${base.article.text} (${i})`;
      const events = base.events.map((e) => ({ ...e, date }));
      await store.saveAnalysis({ ...base, article: { ...base.article, text }, events }, `p${i}`);
    }
    const bounds = [
      '2023',
      '2023-01',
      '2023-01-01',
      '2023-05',
      '2023-12',
      '2023-12-31',
      '2022-12-31',
    ];
    for (const from of [undefined, ...bounds]) {
      for (const to of [undefined, ...bounds]) {
        const filter = { actor: 'CHL', ...(from ? { from } : {}), ...(to ? { to } : {}) };
        const listed = await queryEvents(store, filter, { limit: 1, offset: 0 });
        const edges = await actorNetwork(store, filter, 100);
        const yearly = await eventSeries(store, filter, 'year');
        const sum = (values: { events: number }[]) => values.reduce((n, v) => n + v.events, 0);
        expect([from, to, sum(edges), sum(yearly)]).toEqual([from, to, listed.total, listed.total]);
      }
    }
    await store.close();
  });

  it('refuses a malformed actor before it reaches the rollup', async () => {
    const { store } = await newStore();
    await expect(actorNetwork(store, { actor: 'CH' }, 10)).rejects.toThrow(/NG_E008: --actor/u);
    await store.close();
  });
}
