import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { Analyzer } from '../analyze/analyzer.js';
import { buildServer } from '../server/app.js';
import { openSqliteStore } from '../store/sqlite.js';

/** Shared by the dashboard's end-to-end tests and `npm run bench:web`. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');

/** An article whose text tries to run script when shown as HTML; the dashboard must show it as text. */
export const HOSTILE_TEXT = [
  'Chile and Peru signed a fisheries agreement in Lima on Monday, officials said.',
  '',
  'A reader pasted <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> into the comments, the ministry said.',
  '',
].join('\n');

/** A temporary SQLite store holding `samples/` and the hostile article, ingested by the CLI. */
export function ingestSampleCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
  mkdirSync(join(dir, 'extra'));
  writeFileSync(join(dir, 'extra', 'hostile-comments.txt'), HOSTILE_TEXT);
  const db = join(dir, 'dashboard.db');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', MAIN, 'ingest', join(ROOT, 'samples'), join(dir, 'extra'), '--db', db],
    { encoding: 'utf8', timeout: 120_000, cwd: ROOT },
  );
  if (result.status !== 0) throw new Error(`ingest failed: ${result.stderr}`);
  return db;
}

export interface RunningDashboard {
  url: string;
  close(): Promise<void>;
}

/** `newsgraph serve` in-process over a SQLite file, on a free port of 127.0.0.1. */
export async function startDashboard(db: string): Promise<RunningDashboard> {
  const store = openSqliteStore(db);
  const app = buildServer({ store, analyzer: new Analyzer() });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium with a fresh profile; nothing is downloaded. */
export function launchBrowser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newsgraph-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
}

/** The little of the page's DOM the predicates below use (this file is type-checked for Node). */
declare const document: {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
};
declare const location: { hash: string };

/** Waits until the view has rendered and no part of it is still loading (drawings included). */
export async function waitForView(page: Page, name: string): Promise<void> {
  // A function, not a string: the page's CSP forbids evaluating strings.
  await page.waitForFunction(
    (view) =>
      document.querySelector('main')?.getAttribute('data-route') === location.hash &&
      Boolean(document.querySelector(`section[data-view="${view}"]`)) &&
      !document.querySelector('.loading') &&
      !document.querySelector('.graph:not([data-drawn]), .world:not([data-drawn])'),
    name,
    // A bound on liveness, not a timing: a busy machine running the other test files beside the
    // browser has taken more than 30 s for the first view (vitest allows each test 120 s).
    { timeout: 90_000 },
  );
}
