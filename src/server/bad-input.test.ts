import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store, StoreSummary } from '../store/store.js';
import { buildServer } from './app.js';

const TOKEN = 'bad-input-token-7';
const INJECTIONS = [
  "IND' OR '1'='1",
  '1; DROP TABLE events; --',
  '") OR 1=1 UNION SELECT * FROM articles --',
  "05' AND (SELECT count(*) FROM articles) > 0 --",
];
let path: string;
let store: Store;
let app: ReturnType<typeof buildServer>;
let before: StoreSummary;

interface Parameter {
  name: string;
  in: string;
}
type Operation = { parameters?: Parameter[] };

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'newsgraph-bad-')), 'bad.db');
  store = openSqliteStore(path);
  app = buildServer({ store, analyzer: new Analyzer(), token: TOKEN, bodyLimit: 64 * 1024 });
  const analysis = new Analyzer({ published: '2023-03-06' }).analyzeBody(
    'Chile and Peru signed a fisheries agreement in Lima on Monday.',
  );
  await store.saveAnalysis(analysis, 'seed');
  before = await store.summary();
});

afterAll(async () => {
  await app.close();
  await store.close();
});

/** Every query parameter of every GET route the API describes, including routes added later. */
async function queryParameters(): Promise<[string, string][]> {
  const doc = (await app.inject({ url: '/openapi.json' })).json() as {
    paths: Record<string, { get?: Operation }>;
  };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    (item.get?.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p): [string, string] => [path, p.name]),
  );
}

describe('the API under hostile input', () => {
  it('answers SQL injection in every query parameter with a 4xx or data, never a 5xx', async () => {
    const parameters = await queryParameters();
    expect(parameters.length).toBeGreaterThan(10);
    for (const [path, name] of parameters) {
      for (const attack of INJECTIONS) {
        const url = `${path}?${name}=${encodeURIComponent(attack)}${name === 'q' ? '' : '&q=x'}`;
        const response = await app.inject({ url });
        expect([path, name, response.statusCode < 500]).toEqual([path, name, true]);
        if (response.statusCode === 200 && name === 'q') expect(response.json().total).toBe(0);
      }
    }
    expect(await store.summary()).toEqual(before);
    expect((await app.inject({ url: '/events?dyad=CHL-PER' })).json().total).toBe(2);
  });

  it('names the field of an unknown query parameter on every route', async () => {
    const parameters = await queryParameters();
    const paths = [...new Set(parameters.map(([path]) => path))];
    for (const path of paths) {
      const query = parameters.some(([p, name]) => p === path && name === 'q') ? 'q=x&' : '';
      const response = await app.inject({ url: `${path}?${query}colour=red` });
      expect([path, response.statusCode]).toEqual([path, 400]);
      expect(response.json().error.message).toContain('colour');
    }
  });

  const post = (payload: string, headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/articles',
      payload,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const auth = { authorization: `Bearer ${TOKEN}` };

  it.each([
    ['a token of another length', { authorization: 'Bearer x' }],
    ['the token without "Bearer"', { authorization: TOKEN }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
    ['no header', {}],
  ])('refuses %s with 401 and stores nothing', async (_name, headers) => {
    const response = await post(JSON.stringify({ body: 'Iran accused Iraq.' }), headers);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('NG_E014');
    expect(await store.summary()).toEqual(before);
  });

  it.each([
    ['an oversized body', JSON.stringify({ body: 'word '.repeat(20_000) }), 413],
    ['malformed JSON', '{"body": "Iran accused', 400],
    ['an unknown field', JSON.stringify({ body: 'Iran accused Iraq.', admin: true }), 400],
    ['a wrong type', JSON.stringify({ body: 42 }), 400],
    ['a bad date', JSON.stringify({ body: 'Iran accused Iraq.', published: "2023' --" }), 400],
    ['two texts', JSON.stringify({ body: 'a b.', text: 'c d.' }), 400],
  ])('refuses %s with a clear error and stores nothing', async (_name, payload, status) => {
    const response = await post(payload, auth);
    expect(response.statusCode).toBe(status);
    expect(response.json().error.message.length).toBeGreaterThan(5);
    expect(await store.summary()).toEqual(before);
  });

  it('answers 500 naming the storage failure when the database is locked, and stores nothing', async () => {
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const response = await post(JSON.stringify({ body: 'Iran accused Iraq of shelling.' }), auth);
      expect(response.statusCode).toBe(500);
      expect(response.json().error).toMatchObject({
        code: 'NG_E012',
        message: expect.stringContaining('database is locked'),
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.summary()).toEqual(before);
  }, 20_000);
});
