import { expect, it } from 'vitest';
import type { Analysis } from '../analyze/analysis.js';
import { Analyzer } from '../analyze/analyzer.js';
import { actorNetwork, eventSeries } from '../query/aggregates.js';
import { type EventFilter, whereClause } from '../query/event-filter.js';
import { queryEvents } from '../query/events.js';
import { reprocess } from '../query/reprocess.js';
import type { Store } from './store.js';

type Actors = [source: string | null, target: string | null, date: string | null, quad: number];

/** Actors with and without roles, missing ones, and dates of every precision (and none). */
const EVENTS: Actors[][] = [
  [
    ['USA', 'CHN', '2020-03-04', 1],
    ['USAGOV', 'CHNMIL', '2020-03-31', 4],
    ['CHNGOV', 'USA', '2020-04', 3],
  ],
  [
    ['CHN', 'USAGOV', '2020', 1],
    ['USA', null, '2020-05-01', 2],
    [null, 'CHN', null, 4],
  ],
  [
    ['RUSGOV', 'USA', '2021-01-01', 4],
    ['USAMIL', 'USAGOV', '2020-12-31', 3],
    ['CHN', 'RUS', '2020-03-15', 1],
    ['USAGOV', 'USAGOV', '2020-02-02', 2],
  ],
];

const base = new Analyzer({ published: '2020-03-04' }).analyzeBody(
  'Chile and Peru signed a fisheries agreement.',
);

function article(i: number, events: Actors[], recoded = false): Analysis {
  const [template] = base.events;
  if (!template) throw new Error('the template sentence codes no event');
  return {
    ...base,
    article: { ...base.article, text: `${base.article.text} (${i})` },
    events: events.map(([source, target, date, quad], k) => ({
      ...template,
      quad: recoded ? 1 + ((quad + k) % 4) : quad,
      goldstein: k === 1 ? null : quad - 2.5,
      source: { ...template.source, actor: recoded ? target : source },
      target: { ...template.target, actor: recoded ? source : target },
      date: recoded && date ? `${date.slice(0, 4)}-06` : date,
    })),
  };
}

/** A rollup as the events table says it should be, at both grains. */
function expected(country: boolean, quad: boolean): string {
  const actor = (c: string) =>
    country ? `substr(coalesce(${c}, ''), 1, 3)` : `coalesce(${c}, '')`;
  const period = (grain: number) =>
    `CASE WHEN length(coalesce(date, '')) < 10 THEN coalesce(date, '') ELSE substr(date, 1, ${grain}) END`;
  const q = quad ? ', quad' : '';
  const key = (grain: number) =>
    `${actor('source_actor')}, ${actor('target_actor')}, ${period(grain)}, length(coalesce(date, ''))${q}`;
  // Every column named: PostgreSQL would call two of them "coalesce".
  const columns = (grain: number) =>
    `${actor('source_actor')} AS s, ${actor('target_actor')} AS t, ${period(grain)} AS p,
     length(coalesce(date, '')) AS pr${q}`;
  return [7, 4]
    .map(
      (g) => `SELECT ${g} AS grain, ${columns(g)}, count(*) AS events,
        round(coalesce(sum(goldstein), 0) * 100) AS g, count(goldstein) AS gn FROM events GROUP BY ${key(g)}`,
    )
    .join(' UNION ALL ');
}

async function rows(store: Store, sql: string): Promise<string[]> {
  return (await store.select(sql, [])).map((r) => Object.values(r).map(String).join('|')).sort();
}

/** The three rollups and the actor counts hold exactly what a GROUP BY over the events table gives, row for row. */
async function expectRollupsAgree(store: Store): Promise<void> {
  for (const [table, country, quad] of [
    ['event_rollup', false, true],
    ['event_country_rollup', true, true],
    ['event_pair_rollup', false, false],
  ] as const) {
    const stored = await rows(
      store,
      `SELECT grain, source_actor, target_actor, period, precision${quad ? ', quad' : ''}, events,
         round(goldstein_sum * 100) AS g, goldstein_n AS gn FROM ${table}`,
    );
    expect(stored, table).toEqual(await rows(store, expected(country, quad)));
  }
  const actors = await rows(store, 'SELECT actor, events FROM event_actors');
  expect(actors, 'event_actors').toEqual(
    await rows(
      store,
      `SELECT a, count(*) AS n FROM (SELECT source_actor AS a FROM events
         UNION ALL SELECT target_actor FROM events) sides WHERE a IS NOT NULL GROUP BY a`,
    ),
  );
}

const FILTERS: EventFilter[] = [
  { dyad: 'USA-CHN' },
  { dyad: 'USA-USAGOV' },
  { dyad: 'CHN-USA', from: '2020-03-01', to: '2020-03-31' },
  { dyad: 'USA-CHN', from: '2020-03-05' },
  { actor: 'USA', quad: 4 },
  { source: 'CHN', target: 'USA' },
];

async function countWhere(store: Store, filter: EventFilter, more: string): Promise<number> {
  const where = whereClause(filter);
  const sql = `SELECT count(*) AS n FROM events e ${where.sql ? `${where.sql} AND` : 'WHERE'} ${more}`;
  return Number((await store.select(sql, where.params))[0]?.n);
}

const sum = (values: { events: number }[]) => values.reduce((n, v) => n + v.events, 0);

/**
 * Series, networks and event lists count what the events table counts, whether a rollup answers
 * (country or actor codes) or the dyad's index branches do (daily series, CAMEO codes).
 */
async function expectQueriesAgree(store: Store): Promise<void> {
  const code = base.events[0]?.root ?? '01';
  for (const filter of FILTERS.flatMap((f) => [f, { ...f, code }])) {
    const label = JSON.stringify(filter);
    const truth = await countWhere(store, filter, '1 = 1');
    const listed = await queryEvents(store, filter, { limit: 2, offset: 0 });
    const past = await queryEvents(store, filter, { limit: 2, offset: 50 });
    expect([label, listed.total, past.total]).toEqual([label, truth, truth]);
    const yearly = await eventSeries(store, filter, 'year');
    expect([label, sum(yearly)]).toEqual([
      label,
      await countWhere(store, filter, 'length(e.date) >= 4'),
    ]);
    const daily = await eventSeries(store, filter, 'day');
    expect([label, sum(daily)]).toEqual([
      label,
      await countWhere(store, filter, 'length(e.date) >= 10'),
    ]);
    const edges = await actorNetwork(store, filter, 1000);
    const paired = 'e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL';
    expect([label, sum(edges)]).toEqual([label, await countWhere(store, filter, paired)]);
  }
}

/** The rollups against the events table; called from `runStoreContract`. */
export function runRollupContract(newStore: () => Promise<{ store: Store }>): void {
  it('keeps the rollups and actor counts equal to the events table after inserts, reprocessing and deletes', async () => {
    const { store } = await newStore();
    for (const [i, events] of EVENTS.entries())
      await store.saveAnalysis(article(i, events), `r${i}`);
    await expectRollupsAgree(store);
    await expectQueriesAgree(store);

    const recode = (old: Analysis) => {
      const i = EVENTS.findIndex((_, k) => old.article.text.endsWith(`(${k})`));
      return i === 1 ? article(i, EVENTS[i] ?? [], true) : old;
    };
    await reprocess(store, recode, 'test+2');
    await expectRollupsAgree(store);
    await expectQueriesAgree(store);

    // A cascade delete: the article goes, its events with it, and the rollups follow.
    const deleted = await store.select("DELETE FROM articles WHERE source = 'r0' RETURNING id", []);
    expect(deleted).toHaveLength(1);
    await expectRollupsAgree(store);
    await expectQueriesAgree(store);
    await store.close();
  });

  it('lists a dyad newest first, each event once, page after page', async () => {
    const { store } = await newStore();
    for (const [i, events] of EVENTS.entries())
      await store.saveAnalysis(article(i, events), `r${i}`);
    const pairs = async (filter: EventFilter, limit: number) => {
      const listed: string[] = [];
      for (let offset = 0; offset < 10; offset += limit) {
        const page = await queryEvents(store, filter, { limit, offset });
        listed.push(...page.rows.map((r) => `${r.sourceActor}>${r.targetActor} ${r.date}`));
      }
      return listed;
    };
    const newestFirst = ['CHNGOV>USA 2020-04', 'USAGOV>CHNMIL 2020-03-31', 'USA>CHN 2020-03-04'];
    expect(await pairs({ dyad: 'USA-CHN' }, 1)).toEqual([...newestFirst, 'CHN>USAGOV 2020']);
    expect(await pairs({ dyad: 'CHN-USA', quad: 1 }, 2)).toEqual([
      'USA>CHN 2020-03-04',
      'CHN>USAGOV 2020',
    ]);
    // USAGOV>USAGOV matches the dyad both ways round, and is listed once.
    expect(await pairs({ dyad: 'USA-USAGOV' }, 1)).toEqual([
      'USAMIL>USAGOV 2020-12-31',
      'USAGOV>USAGOV 2020-02-02',
    ]);
    await store.close();
  });
}
