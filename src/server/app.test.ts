import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { buildServer } from './app.js';

const TOKEN = 'test-token-123';
const BODY = 'Chile and Peru signed a fisheries agreement in Lima on Monday.';
let store: Store;
let app: ReturnType<typeof buildServer>;

beforeAll(async () => {
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-api-')), 'api.db'));
  app = buildServer({ store, analyzer: new Analyzer(), token: TOKEN });
  await store.saveAnalysis(new Analyzer({ published: '2023-03-06' }).analyzeBody(BODY), 'seed');
});

afterAll(async () => {
  await app.close();
  await store.close();
});

describe('GET /events', () => {
  it('answers a dyad query with rows and their total', async () => {
    const response = await app.inject({ url: '/events?dyad=CHL-PER&code=05&limit=1' });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(page.rows).toHaveLength(1);
  });

  it.each([
    ["dyad=IND' OR 1=1--", 'dyad'],
    ['code=05;DROP%20TABLE%20events', 'code'],
    ['limit=100000', 'limit'],
    ['colour=red', 'colour'],
  ])('refuses %s with a 400 naming the field', async (query, field) => {
    const response = await app.inject({ url: `/events?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('NG_E008');
    expect(response.json().error.message).toContain(field);
  });
});

describe('GET /series and /network', () => {
  it('gives a dyad’s monthly series by quad class', async () => {
    const response = await app.inject({ url: '/series?dyad=CHL-PER&period=month' });
    expect(response.json()).toEqual({
      period: 'month',
      points: [{ period: '2023-03', quad: 1, events: 2, goldstein: 8 }],
    });
  });

  it('gives the weighted actor network and refuses an unknown period', async () => {
    const network = await app.inject({ url: '/network?from=2023-01-01&limit=5' });
    expect(network.json().edges).toHaveLength(2);
    expect((await app.inject({ url: '/series?period=fortnight' })).statusCode).toBe(400);
  });
});

describe('GET /search', () => {
  it('finds an article by its words', async () => {
    const response = await app.inject({ url: '/search?q=fisheries%20agreement' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      total: 1,
      rows: [{ snippet: expect.stringContaining('[fisheries]') }],
    });
  });

  it('needs a query', async () => {
    expect((await app.inject({ url: '/search' })).statusCode).toBe(400);
  });
});

describe('POST /articles', () => {
  const post = (payload: unknown, token?: string) =>
    app.inject({
      method: 'POST',
      url: '/articles',
      payload: payload as Record<string, unknown>,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('stores an article with the right token', async () => {
    const response = await post(
      { id: 'a1', body: 'Japan criticised China over the drills.' },
      TOKEN,
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ stored: true, id: 'a1' });
  });

  it.each([
    [undefined, 401],
    ['wrong-token-000', 401],
  ])('refuses token %s with %i and stores nothing', async (token, status) => {
    const before = (await store.summary()).articles;
    const response = await post({ body: 'Iran accused Iraq of shelling.' }, token);
    expect(response.statusCode).toBe(status);
    expect((await store.summary()).articles).toBe(before);
  });

  it('refuses unknown fields and bodies without text', async () => {
    expect((await post({ body: 'x y z.', extra: 1 }, TOKEN)).statusCode).toBe(400);
    expect((await post({ url: 'https://x.example/' }, TOKEN)).statusCode).toBe(400);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await post({ body: 'word '.repeat(1_200_000) }, TOKEN);
    expect(response.statusCode).toBe(413);
  });

  it('is read-only without a token', async () => {
    const readOnly = buildServer({ store, analyzer: new Analyzer() });
    const response = await readOnly.inject({
      method: 'POST',
      url: '/articles',
      payload: { body: 'a b c.' },
    });
    expect(response.statusCode).toBe(403);
    await readOnly.close();
  });
});

describe('GET /openapi.json', () => {
  it('describes every route', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual([
      '/health',
      '/events',
      '/series',
      '/network',
      '/search',
      '/articles',
      '/articles/{id}',
      '/quotes',
      '/ingest',
      '/actors',
    ]);
  });
});
