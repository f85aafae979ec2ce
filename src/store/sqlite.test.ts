import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite.js';
import { runStoreContract } from './store.contract.js';

runStoreContract('SQLite', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'test.db');
  return { store: openSqliteStore(path), reopen: async () => openSqliteStore(path) };
});

describe('SQLite store', () => {
  it('names the file when it cannot open the database', () => {
    expect(() => openSqliteStore('/nonexistent-dir/sub/test.db')).toThrow(
      /NG_E012: \/nonexistent-dir\/sub\/test.db/u,
    );
  });
});
