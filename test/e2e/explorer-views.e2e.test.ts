// The explorer beyond the first look, in real headless Chromium against the real server and Neo4j: keyboard-only
// selection, the full graph, saved queries with a parameter form, PNG and JSON export, a saved view and a shared link
// restored, an article added through the token-protected ingest, and the WebGL renderer switch.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readArticleFile } from '../../server/loader/article-input.ts';
import { savedViewSchema } from '../../client/src/ui/url-state.ts';
import {
  DEMO_ARTICLE, INGEST_TOKEN, openExplorer, POLL, screenshot, useExplorerSession, visibleNodeLabels,
} from './support/e2e-app.ts';
import { waitForApiQuiet } from './support/api-quiet.ts';

const session = useExplorerSession([readArticleFile(DEMO_ARTICLE)]);
let page: Page;

const nodeIds = () => page.evaluate(() => window.newsgraph.view.nodeIds());
const selected = () => page.evaluate(() => window.newsgraph.view.selectedIds());
const status = () => page.locator('#graph-status').textContent();

beforeAll(() => {
  page = session.page;
});

describe('the explorer, further', () => {
  test('arrow keys on the canvas move the selection from node to node; Enter expands', async () => {
    await page.locator('#cy').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected, POLL).toHaveLength(1);
    const first = (await selected())[0] ?? '';
    const label = await page.evaluate((id) => String(window.newsgraph.view.dataOf(id)?.label), first);
    await expect.poll(() => page.locator('#details h3').textContent(), POLL).toBe(label);
    expect(await status()).toMatch(new RegExp(`^Selected .+ \\(1 of \\d+\\)`));
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await selected())[0], POLL).not.toBe(first);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await selected())[0], POLL).toBe(first);
    const before = (await nodeIds()).length;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await nodeIds()).length, POLL).toBeGreaterThan(before);
    await page.locator('#btn-undo').click();
    await expect.poll(async () => (await nodeIds()).length, POLL).toBe(before);
  });

  test('the full graph shows events, statements, places and sentences in one request', async () => {
    const actors = (await nodeIds()).length;
    await waitForApiQuiet(page); // the previous test's undo refreshes the expand preview in the background
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.locator('#mode-full').click();
    await expect.poll(async () => (await nodeIds()).length, { timeout: 20_000 }).toBeGreaterThan(actors * 2);
    const kinds = new Set((await nodeIds()).map((id) => id.split(':')[0]));
    expect([...kinds].sort()).toEqual(['actor', 'article', 'event', 'place', 'sentence', 'statement']);
    expect(requests.filter((p) => p.startsWith('/api/'))).toEqual(['/api/graph/full']);
    expect(await status()).toMatch(/^\d+ nodes, \d+ edges/);
    expect(page.url()).toContain('mode=full');
    await screenshot(page, '21-full-graph');
    await page.locator('#mode-actors').click();
    await expect.poll(async () => (await nodeIds()).length, { timeout: 20_000 }).toBe(actors);
  });

  test('a saved query with a parameter runs from its form; a missing one is named inline', async () => {
    await page.locator('#console-toggle').click();
    await page.locator('#console-saved').selectOption('get-node-detail');
    const form = page.locator('#console-params');
    await form.waitFor({ state: 'visible' });
    expect(await form.locator('input[name="evidenceLimit"]').inputValue()).toBe('200');
    await page.locator('#console-run-saved').click();
    await expect.poll(() => page.locator('#console-error').textContent(), POLL).toBe('id: required');
    await form.locator('input[name="id"]').fill('actor:noh-kwan-chol');
    await page.locator('#console-run-saved').click();
    await expect.poll(() => page.locator('#console-summary').textContent(), POLL).toMatch(/^1 rows/);
    expect(await page.locator('#console-error').isVisible()).toBe(false);
    expect(await page.locator('#console-table th').allTextContents()).toEqual(['node', 'evidence', 'articleIds']);
    // The saved query's long header comment wraps in the editor instead of widening the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, '22-saved-query-form');
    await page.locator('#console-toggle').click();
  });

  test('PNG and JSON export download the view', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#btn-png').click()]);
    expect(png.suggestedFilename()).toBe('newsgraph.png');
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);

    await page.evaluate(() => window.newsgraph.view.select('actor:pete-hegseth', false));
    await page.locator('#btn-hide').click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#btn-json').click()]);
    const saved = savedViewSchema.parse(JSON.parse(readFileSync(await json.path(), 'utf8')));
    expect(saved.hidden).toEqual(['actor:pete-hegseth']);
    expect(Object.keys(saved.positions)).toEqual(expect.arrayContaining(['actor:north-korea', 'actor:noh-kwan-chol']));
    expect(saved.viewport?.zoom).toBeGreaterThan(0);
    await page.locator('#btn-undo').click();
  });

  test('a saved view file restores hidden nodes, selection and positions', async () => {
    const positions = await page.evaluate(() => window.newsgraph.view.positions());
    const moved = { ...positions, 'actor:north-korea': { x: 1234, y: -567 } };
    const view = { version: 1, mode: 'actors', hidden: ['actor:united-states'], selected: ['actor:noh-kwan-chol'], expanded: [], positions: moved };
    await page.locator('#load-view').setInputFiles({ name: 'view.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(view)) });
    await expect.poll(selected, POLL).toEqual(['actor:noh-kwan-chol']);
    expect(await visibleNodeLabels(page)).not.toContain('United States');
    expect(await page.evaluate(() => window.newsgraph.view.positions()['actor:north-korea'])).toEqual({ x: 1234, y: -567 });
    await expect.poll(() => page.locator('#details h3').textContent(), POLL).toBe('Noh Kwan-chol');
  });

  test('a shared link restores mode, selection, hidden nodes and the time range', async () => {
    const hash = 'hidden=actor:south-korea&selected=actor:pete-hegseth&from=2025-09-01&to=2025-09-30';
    const other = await session.chrome.context.newPage();
    try {
      await openExplorer(other, session.app.baseUrl, hash);
      await expect.poll(() => other.evaluate(() => window.newsgraph.view.selectedIds()), { timeout: 10_000 }).toEqual(['actor:pete-hegseth']);
      expect(await other.evaluate(() => window.newsgraph.view.hiddenIds())).toEqual(['actor:south-korea']);
      await expect.poll(() => other.locator('#timeline-range').textContent(), POLL).toMatch(/^2025-09-01 – 2025-09-30/);
      await expect.poll(() => other.locator('#details h3').textContent(), POLL).toBe('Pete Hegseth');
    } finally {
      await other.close();
    }
  });

  test('Add article: a wrong token is refused in the dialog, the right one puts the article in the graph', async () => {
    await page.locator('#btn-ingest').click();
    const dialog = page.locator('#ingest-dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('input[name="title"]').fill('Japan condemns China');
    await dialog.locator('input[name="publishedAt"]').fill('2025-11-10');
    await dialog.locator('textarea[name="text"]').fill(
      'Japan condemns China\nJapan condemned China on Monday over the drills near Okinawa, the Japanese foreign ministry said.\n',
    );
    await dialog.locator('input[name="token"]').fill('not-the-token');
    await page.locator('#ingest-submit').click();
    await expect.poll(() => page.locator('#ingest-status').textContent(), POLL).toMatch(/token|unauthori[sz]ed/i);
    expect(await dialog.isVisible()).toBe(true);
    await screenshot(page, '23-ingest-refused');
    await dialog.locator('input[name="token"]').fill(INGEST_TOKEN);
    await page.locator('#ingest-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(nodeIds, { timeout: 20_000 }).toEqual(expect.arrayContaining(['actor:japan', 'actor:china']));
    expect(await page.evaluate(() => window.newsgraph.view.dataOf('actor:japan|RELATED|actor:china') ?? window.newsgraph.view.dataOf('actor:china|RELATED|actor:japan'))).toMatchObject({ eventTypes: expect.arrayContaining(['CONDEMNATION']) });
    await screenshot(page, '24-article-added');
  });

  test('the WebGL switch reloads the explorer on the WebGL renderer', async () => {
    await page.locator('#opt-webgl').check();
    await page.waitForURL(/renderer=webgl/);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    expect(await page.locator('#opt-webgl').isChecked()).toBe(true);
    expect(await visibleNodeLabels(page)).toEqual(expect.arrayContaining(['North Korea', 'Noh Kwan-chol']));
    const webgl = await page.evaluate(() => [...document.querySelectorAll('#cy canvas')].some((c) => (c as HTMLCanvasElement).getContext('webgl2') !== null));
    expect(webgl).toBe(true);
    await page.locator('#opt-webgl').uncheck();
    await page.waitForURL((url) => !url.search.includes('renderer=webgl'));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  });

  test('no errors in the page', () => {
    expect(session.chrome.errors.filter((e) => !e.includes('status of 4'))).toEqual([]);
  });
});
