import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from './postgres.js';
import { runStoreContract } from './store.contract.js';

/**
 * The real server: CI starts it (`.ci/run`), a developer's machine runs it on 127.0.0.1:5432.
 * When it cannot be reached these tests fail; they never skip.
 */
const URL = process.env.NEWSGRAPH_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemas: string[] = [];

function freshSchema(): string {
  const schema = `ng_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  schemas.push(schema);
  return schema;
}

afterAll(async () => {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

runStoreContract('PostgreSQL', async () => {
  const schema = freshSchema();
  return {
    store: await openPostgresStore(URL, { schema }),
    reopen: () => openPostgresStore(URL, { schema }),
  };
});

describe('PostgreSQL store', () => {
  it('lets several workers open a new database at once: one migrates, none fails', async () => {
    const schema = freshSchema();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(URL, { schema })));
    for (const store of stores) expect((await store.summary()).articles).toBe(0);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('names the database, without its password, when it cannot connect', async () => {
    const bad = 'postgres://someone:secret@127.0.0.1:1/nowhere';
    const failure = openPostgresStore(bad);
    await expect(failure).rejects.toThrow(/NG_E012: postgres:\/\/\*\*\*@127.0.0.1:1\/nowhere/u);
    await expect(failure).rejects.not.toThrow(/secret/u);
  });
});
