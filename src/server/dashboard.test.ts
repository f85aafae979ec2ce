import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';
import { readFileDocument } from '../sources/file.js';
import { listPageFiles } from '../sources/folder.js';
import { openPostgresStore } from '../store/postgres.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { buildServer } from './app.js';
import { registerWebStatic } from './web-static.js';

const POSTGRES = process.env.NEWSGRAPH_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Both engines answer the dashboard's queries alike (PostgreSQL in a schema of its own, dropped after). */
const ENGINES: [string, () => Promise<Store>][] = [
  [
    'SQLite',
    async () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-dash-')), 'dash.db')),
  ],
  [
    'PostgreSQL',
    async () => {
      const schema = `ng_dash_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      const store = await openPostgresStore(POSTGRES, { schema });
      const close = store.close.bind(store);
      store.close = async () => {
        await store.pool.query(`DROP SCHEMA ${schema} CASCADE`);
        await close();
      };
      return store;
    },
  ],
];

describe.each(ENGINES)('the dashboard API on %s', (engine, newStore) => {
  let store: Store;
  let app: ReturnType<typeof buildServer>;

  beforeAll(async () => {
    store = await newStore();
    const analyzer = new Analyzer();
    for (const file of await listPageFiles(['samples'])) {
      await store.saveAnalysis(analyzer.analyzeRaw(await readFileDocument(file)), file);
    }
    app = buildServer({ store, analyzer });
  });

  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = async (url: string) => (await app.inject({ url })).json();

  describe('GET /articles (faceted search)', () => {
    it('gives facet counts that equal the list each facet value opens', async () => {
      const all = await get('/articles');
      expect(all.total).toBe(3);
      let checked = 0;
      for (const [facet, values] of Object.entries(all.facets) as [
        string,
        { value: string; count: number }[],
      ][]) {
        for (const { value, count } of values) {
          const narrowed = await get(`/articles?${facet}=${encodeURIComponent(value)}&limit=200`);
          expect(narrowed.total, `${facet}=${value}`).toBe(count);
          expect(narrowed.rows).toHaveLength(count);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });

    it('keeps counts equal to lists when facets combine', async () => {
      const first = await get('/articles?quad=1');
      const [actor] = first.facets.actor;
      const both = await get(`/articles?quad=1&actor=${actor.value}`);
      expect(both.total).toBe(actor.count);
    });

    it('reads SQL and HTML in a query as words', async () => {
      const response = await app.inject({
        url: `/articles?q=${encodeURIComponent("'; DROP TABLE articles; -- <script>")}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().total).toBe(0);
      expect((await get('/articles')).total).toBe(3);
    });

    it('refuses a 10,000-character query with a message naming the field', async () => {
      const response = await app.inject({ url: `/articles?q=${'a'.repeat(10_000)}` });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain('q');
    });
  });

  describe('GET /articles/:id', () => {
    it('gives the text with every layer, offsets into that text', async () => {
      const article = await get('/articles/1');
      expect(article.entities.length).toBeGreaterThan(0);
      for (const event of article.events) {
        expect(event.evidence.end).toBeLessThanOrEqual(article.text.length);
      }
      const mention = article.entities[0].mentions[0];
      expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    });

    it('answers an unknown article with a 404 naming it', async () => {
      const response = await app.inject({ url: '/articles/999' });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toContain('article 999');
    });
  });

  describe('GET /quotes, /ingest, /actors', () => {
    it('finds quotes by speaker actor prefix, with totals equal to the rows', async () => {
      const all = await get('/quotes?limit=200');
      expect(all.rows).toHaveLength(all.total);
      const actor = all.rows.find(
        (r: { speakerActor: string | null }) => r.speakerActor,
      )?.speakerActor;
      const some = await get(`/quotes?actor=${actor.slice(0, 3)}`);
      expect(some.total).toBeGreaterThan(0);
      expect(some.total).toBeLessThan(all.total);
    });

    it('reports what was ingested and the busiest actors', async () => {
      const status = await get('/ingest');
      expect(status).toMatchObject({ summary: { articles: 3 } });
      expect(status.queue === null).toBe(engine === 'SQLite');
      expect(status.outlets.reduce((n: number, o: { articles: number }) => n + o.articles, 0)).toBe(
        3,
      );
      expect((await get('/actors')).actors.length).toBeGreaterThan(2);
    });
  });
});

describe('a store being written', () => {
  it('answers while an ingest holds the write lock of the SQLite file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-busy-')), 'busy.db');
    const store = openSqliteStore(path);
    const analyzer = new Analyzer();
    const [file] = await listPageFiles(['samples']);
    await store.saveAnalysis(analyzer.analyzeRaw(await readFileDocument(file as string)), 'one');
    const app = buildServer({ store, analyzer });
    const writer = new Database(path);
    writer.exec("BEGIN IMMEDIATE; DELETE FROM quotes; UPDATE articles SET title = 'half-written'");
    try {
      const search = await app.inject({ url: '/articles' });
      expect(search.statusCode).toBe(200);
      expect(search.json().rows[0].title).not.toBe('half-written');
      expect((await app.inject({ url: '/ingest' })).json().summary.quotes).toBeGreaterThan(0);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
      await app.close();
      await store.close();
    }
  });
});

describe('the dashboard page', () => {
  it('is served with a policy forbidding inline scripts, assets by name only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'assets', 'main.js'), 'export {};');
    const web = Fastify();
    registerWebStatic(web, dir);
    const page = await web.inject({ url: '/' });
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/u);
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    const script = await web.inject({ url: '/assets/main.js' });
    expect(script.headers['content-type']).toContain('javascript');
    expect((await web.inject({ url: '/assets/..%2Findex.html' })).statusCode).toBe(404);
    await web.close();
  });

  it('says how to build the dashboard when it is not built', async () => {
    const web = Fastify();
    registerWebStatic(web, mkdtempSync(join(tmpdir(), 'newsgraph-unbuilt-')));
    const page = await web.inject({ url: '/' });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('npm run build:web');
    await web.close();
  });
});
