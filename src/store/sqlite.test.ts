import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';
import { openSqliteStore } from './sqlite.js';

const BODY = 'Chile and Peru signed a fisheries agreement in Lima on Monday.';

describe('SQLite store', () => {
  const analysis = new Analyzer({ published: '2023-03-06' }).analyzeBody(BODY);

  it('stores an article with its events once, however often it is saved', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'test.db');
    const store = openSqliteStore(path);
    expect(store.saveAnalysis(analysis, 'a.txt')).toBe(true);
    expect(store.saveAnalysis(analysis, 'b.txt')).toBe(false);
    expect(store.summary()).toMatchObject({ articles: 1, events: analysis.events.length });
    expect(analysis.events.length).toBeGreaterThan(0);
    store.close();
  });

  it('keeps what it stored when reopened', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'test.db');
    const first = openSqliteStore(path);
    first.saveAnalysis(analysis, 'a.txt');
    first.close();
    const second = openSqliteStore(path);
    expect(second.summary().articles).toBe(1);
    second.close();
  });

  it('names the file when it cannot open the database', () => {
    expect(() => openSqliteStore('/nonexistent-dir/sub/test.db')).toThrow(
      /NG_E012: \/nonexistent-dir\/sub\/test.db/u,
    );
  });
});
