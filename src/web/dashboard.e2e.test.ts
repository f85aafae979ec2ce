import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from './build.js';
import {
  ingestSampleCorpus,
  launchBrowser,
  type RunningDashboard,
  startDashboard,
  waitForView,
} from './harness.js';

const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let dashboard: RunningDashboard;
let empty: RunningDashboard;
let browser: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildWeb();
  dashboard = await startDashboard(ingestSampleCorpus());
  empty = await startDashboard(join(mkdtempSync(join(tmpdir(), 'newsgraph-empty-')), 'empty.db'));
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/u.test(message.text())) {
      pageErrors.push(message.text());
    }
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await empty?.close();
});

async function open(hash: string, view: string, base = dashboard.url): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await waitForView(page, view);
}

async function texts(selector: string): Promise<string[]> {
  return page.locator(selector).allTextContents();
}

describe('the dashboard in Chromium', () => {
  it('is served with a Content-Security-Policy that forbids inline scripts', async () => {
    const response = await page.goto(`${dashboard.url}/`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('searches with counts that equal the lists, and a facet narrows to its count', async () => {
    await open('#/search', 'search');
    await page.getByLabel('Words').fill('agreement');
    await page.getByLabel('Words').press('Enter');
    await page.waitForURL(/q=agreement/u);
    await waitForView(page, 'search');
    const tab = await page.locator('.tabs a').first().textContent();
    const listed = await page.locator('ol.hits > li').count();
    expect(tab).toBe(`Articles (${listed})`);
    expect(listed).toBeGreaterThan(0);
    const facet = page.locator('.facets a').first();
    const count = Number(await facet.locator('.count').textContent());
    await facet.click();
    await waitForView(page, 'search');
    expect(await page.locator('ol.hits > li').count()).toBe(count);
  });

  it('opens a dyad, clicks a chart point, and shows its evidence highlighted in the article', async () => {
    await open('#/dyad', 'dyad');
    await page.getByLabel('Actor or country').fill('FRA');
    await page.getByLabel('and', { exact: true }).fill('DEU');
    await page.getByRole('button', { name: 'Show' }).click();
    await waitForView(page, 'dyad');
    const plot = page.locator('.chart .u-over');
    const box = await plot.boundingBox();
    if (!box) throw new Error('no chart drawn');
    // One month of events: its points sit in the middle of the padded time axis.
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    await page.mouse.click(box.x + box.width / 2, box.y + 10);
    await page.waitForURL(/sel=2022-10%3A1|sel=2022-10:1/u);
    await waitForView(page, 'dyad');
    await expect
      .poll(() => texts('.selection p'))
      .toEqual([expect.stringContaining('Verbal cooperation events of 2022-10')]);
    const evidence = (await page.locator('table.events tbody tr q').first().textContent()) ?? '';
    expect(evidence.length).toBeGreaterThan(20);
    await page.locator('table.events tbody tr a').first().click();
    await waitForView(page, 'article');
    expect((await texts('.article-text mark.focus')).join('')).toBe(evidence);
    await expect.poll(() => page.locator('#focus').isVisible()).toBe(true);
    await page.goBack();
    await waitForView(page, 'dyad');
    expect(page.url()).toContain('sel=');
  });

  it('shows a hostile article as text and runs none of it', async () => {
    const found = (await (await fetch(`${dashboard.url}/articles?q=pwned`)).json()) as {
      rows: { articleId: number }[];
    };
    const id = found.rows[0]?.articleId;
    await open(`#/article?id=${id}`, 'article');
    const text = (await page.locator('.article-text').textContent()) ?? '';
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-article.png'), fullPage: true });
    await open('#/search?q=pwned', 'search');
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it.each([
    [`#/search?q=${'x'.repeat(10_000)}`, 'search', /must NOT have more than 1000 characters/u],
    [
      `#/search?q=${encodeURIComponent("'; DROP TABLE articles; --")}`,
      'search',
      /No articles match/u,
    ],
    [`#/search?q=${encodeURIComponent('<b>bold</b> <img src=x>')}`, 'search', /No articles match/u],
    ['#/actor?id=ZZZ', 'actor', /No events or quotes for actor ZZZ/u],
    [`#/actor?id=${encodeURIComponent('<script>')}`, 'actor', /is not an actor code/u],
    ['#/dyad?a=FRA&b=1%3D1', 'dyad', /is not an actor code/u],
    ['#/article?id=99999', 'article', /no such article/u],
  ])('answers bad input %# with a clear message', async (hash, view, message) => {
    await open(hash, view);
    expect(await page.locator('main').textContent()).toMatch(message);
    expect(await page.locator('main b, main img').count()).toBe(0);
  });

  it('says the store is empty when it is', async () => {
    await open('#/search', 'search', empty.url);
    expect(await page.locator('.banner').textContent()).toContain('The store is empty');
    await open('#/dyad?a=FRA&b=DEU', 'dyad', empty.url);
    expect(await page.locator('main').textContent()).toContain('No dated events');
  });
});

const VIEWS: [string, string][] = [
  ['search', '#/search?q=agreement'],
  ['article', '#/article?id=1&hl=0-40&sel=event:0'],
  ['dyad', '#/dyad?a=FRA&b=DEU&sel=2022-10:1'],
  ['actor', '#/actor?id=FRA'],
  ['network', '#/network'],
  ['map', '#/map'],
  ['ingest', '#/ingest'],
];

describe('every view', () => {
  it.each(VIEWS)('%s: screenshot, no serious or critical axe violations', async (view, hash) => {
    await open(hash, view);
    await page.screenshot({ path: join(SCREENSHOTS, `${view}.png`), fullPage: true });
    await page.evaluate(AXE);
    const violations = (await page.evaluate(
      `axe.run(document).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`,
    )) as string[];
    expect(violations).toEqual([]);
  });

  it.each(VIEWS)('%s: every control is reachable with the Tab key', async (view, hash) => {
    await open(hash, view);
    const controls = (await page.evaluate(`(() => {
      const all = [...document.querySelectorAll('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
      all.forEach((el, i) => el.setAttribute('data-kb', String(i)));
      return all.length;
    })()`)) as number;
    expect(controls).toBeGreaterThan(3);
    const reached = new Set<string>();
    // Date inputs take a Tab stop per part, so allow for more presses than controls.
    for (let i = 0; i < controls * 3 + 10 && reached.size < controls; i++) {
      await page.keyboard.press('Tab');
      const index = (await page.evaluate(
        `document.activeElement && document.activeElement.getAttribute('data-kb')`,
      )) as string | null;
      if (index !== null) reached.add(index);
    }
    expect(reached.size).toBe(controls);
  });

  it('ran without page errors or policy violations', () => {
    expect(pageErrors).toEqual([]);
  });
});
