import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';
import { withQueryCache } from './query-cache.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

const analyzer = new Analyzer({ published: '2023-03-06' });
const COUNT = 'SELECT count(*) AS n FROM events WHERE source_actor = ?';

function counting(store: Store): { store: Store; calls: () => number } {
  let calls = 0;
  const select: Store['select'] = (sql, params) => {
    calls++;
    return store.select(sql, params);
  };
  return { store: { ...store, select, changeToken: store.changeToken }, calls: () => calls };
}

describe('query cache', () => {
  const path = () => join(mkdtempSync(join(tmpdir(), 'newsgraph-cache-')), 'c.db');

  it('answers a repeated query from memory until a write, from any connection', async () => {
    const file = path();
    const inner = counting(openSqliteStore(file));
    const cached = withQueryCache(inner.store);
    expect(await cached.select(COUNT, ['CHL'])).toEqual([{ n: 0 }]);
    expect(await cached.select(COUNT, ['CHL'])).toEqual([{ n: 0 }]);
    expect(inner.calls()).toBe(1);

    const other = openSqliteStore(file); // another process's writer, say a worker
    await other.saveAnalysis(analyzer.analyzeBody('Chile and Peru signed an accord.'), 'w');
    await other.close();
    expect(await cached.select(COUNT, ['CHL'])).toEqual([{ n: 1 }]);

    await cached.saveAnalysis(analyzer.analyzeBody('Chile and Peru signed a pact.'), 'own');
    expect(await cached.select(COUNT, ['CHL'])).toEqual([{ n: 2 }]);
    expect(inner.calls()).toBe(3);
    await cached.close();
  });

  it('hands out copies, so a caller cannot change what others read', async () => {
    const cached = withQueryCache(openSqliteStore(path()));
    const first = await cached.select(COUNT, ['CHL']);
    (first[0] as { n: number }).n = 99;
    expect(await cached.select(COUNT, ['CHL'])).toEqual([{ n: 0 }]);
    await cached.close();
  });

  it('passes queries through when the engine cannot tell whether data changed', async () => {
    const sqlite = openSqliteStore(path());
    const inner = counting({ ...sqlite, changeToken: undefined });
    const cached = withQueryCache(inner.store);
    await cached.select(COUNT, ['CHL']);
    await cached.select(COUNT, ['CHL']);
    expect(inner.calls()).toBe(2);
    await sqlite.close();
  });
});
