import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

const analyzer = new Analyzer({ published: '2023-03-06' });
const mounted: string[] = [];

/**
 * A small tmpfs of its own (needs root). Where mounting is not permitted the tests skip, except in
 * CI, where they must run and so fail loudly.
 */
function smallDisk(options: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    if (process.env.CI) throw error;
    return null;
  }
  mounted.push(dir);
  return dir;
}
const canMount = smallDisk('size=64k') !== null;

afterAll(() => {
  for (const dir of mounted) execFileSync('umount', ['-l', dir]);
});

function article(i: number) {
  const filler = Array.from({ length: 40 }, (_, j) => `Paragraph ${i}.${j} about fishing quotas.`);
  return analyzer.analyzeBody(`Chile and Peru signed agreement number ${i}. ${filler.join(' ')}`);
}

/** Every stored article has all of its events, and nothing refers to an article not stored. */
async function expectWholeArticles(store: Store): Promise<number> {
  const articles = await store.select('SELECT id, analysis FROM articles', []);
  for (const row of articles) {
    const expected = (JSON.parse(String(row.analysis)) as { events: unknown[] }).events.length;
    const stored = await store.select('SELECT count(*) AS n FROM events WHERE article_id = ?', [
      Number(row.id),
    ]);
    expect(Number(stored[0]?.n)).toBe(expected);
  }
  const orphans = await store.select(
    'SELECT count(*) AS n FROM events WHERE article_id NOT IN (SELECT id FROM articles)',
    [],
  );
  expect(Number(orphans[0]?.n)).toBe(0);
  return articles.length;
}

describe('SQLite store under failure', () => {
  it('waits for a lock, then fails naming the article and stores none of it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-lock-')), 'locked.db');
    const store = openSqliteStore(path);
    await store.saveAnalysis(article(0), 'first.txt');
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE'); // another process holds the write lock
    await expect(store.saveAnalysis(article(1), 'second.txt')).rejects.toThrow(
      /NG_E012: second.txt: storage failure \(database is locked\)/u,
    );
    other.exec('ROLLBACK');
    other.close();
    expect(await expectWholeArticles(store)).toBe(1);
    expect(await store.saveAnalysis(article(1), 'second.txt')).toBe(true);
    await store.close();
  }, 20_000);

  it.skipIf(!canMount)(
    'fails cleanly on a full disk, keeping every stored article whole',
    async () => {
      const dir = smallDisk('size=1m') as string;
      const store = openSqliteStore(join(dir, 'full.db'));
      let failure: Error | undefined;
      for (let i = 0; i < 400 && !failure; i++) {
        await store.saveAnalysis(article(i), `a${i}.txt`).catch((error: Error) => {
          failure = error;
        });
      }
      expect(failure?.message).toMatch(/NG_E012: a\d+\.txt: storage failure \(.*full/u);
      const stored = await expectWholeArticles(store);
      expect(stored).toBeGreaterThan(0);
      await store.close();
    },
    60_000,
  );

  it.skipIf(!canMount)(
    'opens a read-only file for reading and refuses writes by name',
    async () => {
      const dir = smallDisk('size=4m') as string;
      const path = join(dir, 'ro.db');
      const writable = openSqliteStore(path);
      await writable.saveAnalysis(article(0), 'kept.txt');
      await writable.close();
      execFileSync('mount', ['-o', 'remount,ro', dir]);
      let store: Store | undefined;
      try {
        store = openSqliteStore(path);
      } catch (error) {
        // Opening may itself be refused (WAL needs its -shm file): then with the file named.
        expect((error as Error).message).toMatch(/NG_E012: .*ro\.db/u);
        return;
      }
      expect((await store.summary()).articles).toBe(1);
      await expect(store.saveAnalysis(article(1), 'new.txt')).rejects.toThrow(/NG_E012: new.txt/u);
      expect((await store.summary()).articles).toBe(1);
      await store.close();
    },
  );
});
