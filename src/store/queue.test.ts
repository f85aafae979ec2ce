import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from './open.js';
import { enqueue, queueCounts, runOneJob } from './queue.js';

const BASE = process.env.NEWSGRAPH_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `ng_queue_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const DB = `${BASE}?schema=${SCHEMA}`;
const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const DOCUMENTS = 30;

function story(i: number): Uint8Array {
  const text = `Council ${i} votes on new bridge\n\nThe council of district ${i} voted on Monday to build a bridge over the river, officials said.\n\nWork on bridge number ${i} starts in spring.`;
  return new TextEncoder().encode(text);
}

function startWorker(): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'worker', '--db', DB, '--exit-when-empty'],
    {
      env: { ...process.env, NEWSGRAPH_TEST_JOB_PAUSE_MS: '150' },
      stdio: 'ignore',
    },
  );
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

afterAll(async () => {
  const client = new pg.Client({ connectionString: BASE });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.end();
});

describe('job queue on PostgreSQL', () => {
  it('stores every document exactly once when a worker is killed mid-job', async () => {
    const store = await openPostgres(DB);
    const documents = Array.from({ length: DOCUMENTS }, (_, i) => ({
      raw: { name: `doc-${i}.txt`, bytes: story(i), url: null, headers: {}, fetchedAt: null },
      published: '2024-03-04',
    }));
    expect(await enqueue(store, documents)).toBe(DOCUMENTS);

    const workers = [startWorker(), startWorker(), startWorker()];
    while ((await queueCounts(store)).done < 3) await new Promise((r) => setTimeout(r, 100));
    workers[0]?.kill('SIGKILL');
    await Promise.all(workers.map(exited));

    expect(workers[0]?.signalCode).toBe('SIGKILL');
    expect(await queueCounts(store)).toEqual({ queued: 0, done: DOCUMENTS, failed: 0 });
    expect((await store.summary()).articles).toBe(DOCUMENTS);
    await store.close();
  });

  it('fails a bad document and goes on with the next', async () => {
    const store = await openPostgres(`${BASE}?schema=${SCHEMA}_b`);
    const raw = (name: string) => ({
      name,
      bytes: story(1),
      url: null,
      headers: {},
      fetchedAt: null,
    });
    await enqueue(store, [{ raw: raw('bad.txt'), published: null }]);
    const outcome = await runOneJob(store, () => {
      throw new Error('NG_E002: bad.txt: input looks binary');
    });
    expect(outcome).toBe('failed');
    expect(await queueCounts(store)).toEqual({ queued: 0, done: 0, failed: 1 });
    expect(await runOneJob(store, () => ({}) as never)).toBe('empty');
    await store.close();
    const client = new pg.Client({ connectionString: BASE });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA}_b CASCADE`);
    await client.end();
  });

  it('refuses a SQLite path as the queue database', () => {
    expect(() => openPostgres('newsgraph.db')).toThrow(/NG_E008: --db/u);
  });
});
