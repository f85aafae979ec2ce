import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';
import { actorNetwork, eventSeries } from '../query/aggregates.js';
import { queryEvents } from '../query/events.js';
import { reprocess } from '../query/reprocess.js';
import { searchArticles } from '../query/search.js';
import { runClusterContract } from './clusters.contract.js';
import { runRollupContract } from './rollup.contract.js';
import type { Store } from './store.js';

const analyzer = new Analyzer({ published: '2023-03-06' });
const CHILE = analyzer.analyzeBody(
  'Chile and Peru signed a fisheries agreement in Lima on Monday.',
);
const JAPAN = analyzer.analyzeBody('Japan criticised China over the drills, officials said.');

/**
 * What every engine must do, written once and run against each (`sqlite.test.ts`,
 * `postgres.test.ts`). `newStore` opens a fresh, empty store; `reopen` opens the same one again.
 */
export function runStoreContract(
  engine: string,
  newStore: () => Promise<{ store: Store; reopen: () => Promise<Store> }>,
): void {
  describe(`${engine} store contract`, () => {
    it('stores an article with its entities, quotes and events', async () => {
      const { store } = await newStore();
      expect(await store.saveAnalysis(CHILE, 'chile.txt')).toBe(true);
      expect(await store.summary()).toEqual({
        articles: 1,
        entities: CHILE.entities.length,
        quotes: CHILE.quotes.length,
        events: CHILE.events.length,
      });
      expect(CHILE.events.length).toBeGreaterThan(0);
      await store.close();
    });

    it('stores the same text once, however often and from wherever it comes', async () => {
      const { store } = await newStore();
      expect(await store.saveAnalysis(CHILE, 'a.txt')).toBe(true);
      expect(await store.saveAnalysis(CHILE, 'b.txt')).toBe(false);
      expect(await store.saveAnalysis(JAPAN, 'c.txt')).toBe(true);
      expect((await store.summary()).articles).toBe(2);
      await store.close();
    });

    it('keeps what it stored when reopened', async () => {
      const { store, reopen } = await newStore();
      await store.saveAnalysis(JAPAN, 'japan.txt');
      await store.close();
      const again = await reopen();
      expect((await again.summary()).articles).toBe(1);
      await again.close();
    });

    it('answers an event query with rows and a total that agree', async () => {
      const { store } = await newStore();
      await store.saveAnalysis(CHILE, 'chile.txt');
      await store.saveAnalysis(JAPAN, 'japan.txt');
      const dyad = await queryEvents(
        store,
        { dyad: 'PER-CHL', code: '05' },
        { limit: 1, offset: 0 },
      );
      expect(dyad.total).toBe(2);
      expect(dyad.rows).toHaveLength(1);
      expect(dyad.rows[0]).toMatchObject({ code: '057', date: '2023-03-06', negated: false });
      expect(dyad.rows[0]?.evidence.text).toBe(CHILE.article.text);
      const japan = await queryEvents(
        store,
        { source: 'JPN', to: '2023-03' },
        { limit: 10, offset: 0 },
      );
      expect(japan.rows.map((r) => `${r.sourceActor}>${r.targetActor} ${r.code}`)).toEqual([
        'JPN>CHN 111',
      ]);
      expect((await queryEvents(store, { from: '2023-04' }, { limit: 10, offset: 0 })).total).toBe(
        0,
      );
      const pastEnd = await queryEvents(store, { dyad: 'PER-CHL' }, { limit: 10, offset: 50 });
      expect(pastEnd).toEqual({ total: 2, rows: [] });
      await store.close();
    });

    it('finds articles by the words in them, and reads hostile queries as words', async () => {
      const { store } = await newStore();
      await store.saveAnalysis(CHILE, 'chile.txt');
      await store.saveAnalysis(JAPAN, 'japan.txt');
      const page = { limit: 10, offset: 0 };
      const fisheries = await searchArticles(store, 'fisheries Lima', page);
      expect(fisheries.total).toBe(1);
      expect(fisheries.rows[0]?.snippet).toContain('[fisheries]');
      expect((await searchArticles(store, 'drills', page)).rows).toHaveLength(1);
      expect((await searchArticles(store, 'tanks', page)).total).toBe(0);
      const hostile = await searchArticles(store, '") OR 1=1; DROP TABLE articles; -- NEAR(', page);
      expect(hostile.total).toBe(0);
      expect((await store.summary()).articles).toBe(2);
      await store.close();
    });

    it('reprocesses stored articles, reporting and storing what changed', async () => {
      const { store } = await newStore();
      await store.saveAnalysis(CHILE, 'chile.txt');
      await store.saveAnalysis(JAPAN, 'japan.txt');
      // A "new model" that recodes 057 as 036 and forgets 111.
      const update = (old: typeof CHILE) => ({
        ...old,
        events: old.events
          .filter((e) => e.code !== '111')
          .map((e) => (e.code === '057' ? { ...e, code: '036', root: '03' } : e)),
      });
      const dry = await reprocess(store, update, 'test+2', { dryRun: true });
      expect(dry).toMatchObject({ articles: 2, changed: 2, to: 'test+2' });
      expect(dry.events.total).toEqual({ added: 0, dropped: 1, recoded: 2 });
      expect(dry.events.byCode['057→036']?.recoded).toBe(2);
      expect(dry.events.byDyad['JPN>CHN']?.dropped).toBe(1);
      expect((await queryEvents(store, { code: '036' }, { limit: 10, offset: 0 })).total).toBe(0);
      await reprocess(store, update, 'test+2');
      expect((await queryEvents(store, { code: '036' }, { limit: 10, offset: 0 })).total).toBe(2);
      expect((await store.summary()).events).toBe(2);
      const again = await reprocess(store, (old) => old, 'test+3');
      expect(again).toMatchObject({ articles: 2, changed: 0 });
      await store.close();
    });

    it('marks a syndicated copy as a near-duplicate of the story it copies', async () => {
      const { store } = await newStore();
      const story = [
        'Chile and Peru signed a fisheries agreement in Lima on Monday, ending a dispute over',
        'anchovy quotas that had lasted three years. The accord sets catch limits for the next',
        'five seasons and creates a joint commission to monitor stocks along the maritime border.',
        'Fishermen in both countries welcomed the deal, though some unions said the limits were too',
        'low. The two governments will review the quotas every year with scientists from each side.',
        'Exports of fishmeal, a large source of income for coastal towns in the north of Chile and',
        'the south of Peru, fell by a third during the dispute, according to trade figures, and',
        'several processing plants closed. Ministers said the agreement should let them reopen',
        'before the winter. The commission will meet for the first time in Arica in April, and its',
        'reports will be published so that boat owners can plan their seasons with more certainty.',
      ].join(' ');
      const original = analyzer.analyzeBody(story);
      const copy = analyzer.analyzeBody(`LIMA (Wire) - ${story} Reporting by Ana Ruiz.`);
      const other = analyzer.analyzeBody('Japan criticised China over the drills, officials said.');
      for (const [analysis, name] of [
        [original, 'a'],
        [copy, 'b'],
        [other, 'c'],
      ] as const) {
        expect(await store.saveAnalysis(analysis, name)).toBe(true);
      }
      const rows = await store.select(
        'SELECT source, near_duplicate_of FROM articles ORDER BY id',
        [],
      );
      const originalId = (await store.select('SELECT id FROM articles WHERE source = ?', ['a']))[0]
        ?.id;
      expect(
        rows.map((r) => [
          r.source,
          r.near_duplicate_of === null ? null : Number(r.near_duplicate_of),
        ]),
      ).toEqual([
        ['a', null],
        ['b', Number(originalId)],
        ['c', null],
      ]);
      await store.close();
    });

    it('counts events per month and quad class, and weighs the actor network', async () => {
      const { store } = await newStore();
      await store.saveAnalysis(CHILE, 'chile.txt');
      await store.saveAnalysis(JAPAN, 'japan.txt');
      expect(await eventSeries(store, { dyad: 'CHL-PER' }, 'month')).toEqual([
        { period: '2023-03', quad: 1, events: 2, goldstein: 8 },
      ]);
      expect(await eventSeries(store, {}, 'year')).toEqual([
        { period: '2023', quad: 1, events: 2, goldstein: 8 },
        { period: '2023', quad: 3, events: 1, goldstein: -2 },
      ]);
      const edges = await actorNetwork(store, { from: '2023-01-01', to: '2023-12-31' }, 10);
      expect(edges).toEqual([
        { source: 'CHL', target: 'PER', events: 1, goldstein: 8 },
        { source: 'JPN', target: 'CHN', events: 1, goldstein: -2 },
        { source: 'PER', target: 'CHL', events: 1, goldstein: 8 },
      ]);
      await store.close();
    });

    it('stores nothing of an article whose rows fail', async () => {
      const { store } = await newStore();
      const broken = {
        ...CHILE,
        events: [{ ...CHILE.events[0], code: null }],
      } as unknown as typeof CHILE;
      await expect(store.saveAnalysis(broken, 'broken.txt')).rejects.toThrow(
        /NG_E012: broken.txt/u,
      );
      expect(await store.summary()).toEqual({ articles: 0, entities: 0, quotes: 0, events: 0 });
      await store.close();
    });

    runClusterContract(newStore);
    runRollupContract(newStore);
  });
}
