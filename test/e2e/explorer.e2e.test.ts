// The explorer in real headless Chromium against the real server and Neo4j, with the demo article loaded through the
// real extractor and ingest. The tests run in order on one page, as an analyst would use it; each step leaves a
// screenshot in test-results/e2e/ to look at.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getHealth } from '../../server/graph/health.repository.ts';
import { readArticleFile } from '../../server/loader/article-input.ts';
import {
  clickNode, DEMO_ARTICLE, POLL, screenshot, useExplorerSession, visibleNodeLabels,
} from './support/e2e-app.ts';

const MARKUP_ARTICLE = {
  fileName: 'markup-test.txt',
  meta: { title: 'Markup test', publishedAt: '2025-11-09' },
  text: 'Markup test\nNorth Korea said <script>window.__pwned = 1</script> nothing <img src=x onerror="window.__pwned = 2"> today.\n',
};

const session = useExplorerSession([readArticleFile(DEMO_ARTICLE), MARKUP_ARTICLE]);
let page: Page;
let previewBefore = '';

const nodeCount = () => page.evaluate(() => window.newsgraph.view.nodeIds().length);
const selected = () => page.evaluate(() => window.newsgraph.view.selectedIds());

beforeAll(() => {
  page = session.page;
});

describe('the explorer', () => {
  test('renders the actor graph of the demo article', async () => {
    const labels = await visibleNodeLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['North Korea', 'Noh Kwan-chol', 'Pete Hegseth', 'South Korea', 'United States']));
    expect(await page.locator('#graph-status').textContent()).toMatch(/\d+ nodes, \d+ edges/);
    await screenshot(page, '01-actor-graph');
  });

  test('selecting Noh Kwan-chol shows his quotes', async () => {
    await clickNode(page, 'actor:noh-kwan-chol');
    await expect.poll(() => page.locator('#details h3').textContent(), POLL).toBe('Noh Kwan-chol');
    const quotes = page.locator('#details blockquote.quote');
    await expect.poll(() => quotes.count(), POLL).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#details').textContent()).toContain('This is a stark revelation');
    await screenshot(page, '02-noh-selected');
  });

  test('evidence opens the article with the sentence highlighted and in view', async () => {
    const first = page.locator('#details button.evidence').first();
    const sentenceId = await first.getAttribute('data-sentence');
    await first.click();
    const mark = page.locator('#reader mark#reader-highlight');
    await mark.waitFor();
    expect(await mark.evaluate((m) => m.closest('p')?.dataset.sentence)).toBe(sentenceId);
    expect(await mark.textContent()).toContain('Noh');
    const inView = await mark.evaluate((m) => {
      const box = m.getBoundingClientRect();
      const reader = m.closest('aside')?.getBoundingClientRect();
      return reader !== undefined && box.top >= reader.top && box.bottom <= reader.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(page, '03-evidence-reader');
  });

  test('search suggests and selects', async () => {
    await page.locator('#search-input').fill('Hegseth');
    const option = page.locator('#search-list li[data-id="actor:pete-hegseth"]');
    await option.waitFor();
    await screenshot(page, '04-search');
    await page.keyboard.press('ArrowDown');
    await page.locator('#search-input').focus();
    await option.click();
    await expect.poll(selected, POLL).toEqual(['actor:pete-hegseth']);
    await expect.poll(() => page.locator('#details h3').textContent(), POLL).toBe('Pete Hegseth');
  });

  test('a selected node previews what expanding it would add, before anything is added', async () => {
    await clickNode(page, 'actor:noh-kwan-chol');
    const preview = page.locator('#expand-preview');
    await expect.poll(() => preview.textContent(), POLL).toMatch(/^Beyond: (\d+ \w+s?(, )?)+ — load next \d+$/);
    expect(await preview.textContent()).toMatch(/\d+ statements?/);
    previewBefore = (await preview.textContent()) ?? '';
  });

  test('expand, undo, redo and collapse', async () => {
    // Noh is selected by the test before; a second click this soon would be a double-click, which expands.
    expect(await selected()).toEqual(['actor:noh-kwan-chol']);
    const before = await nodeCount();
    await page.locator('#btn-expand').click();
    await expect.poll(nodeCount, POLL).toBeGreaterThan(before);
    const expanded = await nodeCount();
    // The preview is asked again after the expansion: what was added no longer counts as beyond.
    const previewNow = async () => (await page.locator('#expand-preview').textContent()) ?? '';
    await expect.poll(async () => /^(Beyond: .+|Everything next to this node is on the canvas\.)$/.test(await previewNow()), POLL).toBe(true);
    expect(await previewNow()).not.toBe(previewBefore);
    await expect.poll(() => page.locator('#graph-status').textContent(), POLL).toMatch(/^Added \d+ nodes\. (Not shown: .+ — load next \d+|Nothing more beyond\.)$/);
    await screenshot(page, '05-expanded');
    await page.locator('#btn-undo').click();
    await expect.poll(nodeCount, POLL).toBe(before);
    await page.locator('#btn-redo').click();
    await expect.poll(nodeCount, POLL).toBe(expanded);
    await clickNode(page, 'actor:noh-kwan-chol');
    await page.locator('#btn-collapse').click();
    await expect.poll(nodeCount, POLL).toBe(before);
  });

  test('hide and hide others, undone', async () => {
    await clickNode(page, 'actor:north-korea');
    await page.locator('#btn-hide-others').click();
    expect(await visibleNodeLabels(page)).toEqual(['North Korea']);
    await page.locator('#btn-undo').click();
    expect((await visibleNodeLabels(page)).length).toBeGreaterThan(5);
  });

  test('the timeline hides what lies outside the range', async () => {
    const edgesBefore = await page.evaluate(() => window.newsgraph.view.edgeCount());
    // Only September: the relations that rest on November events drop out.
    await page.locator('input[aria-label="Timeline end"]').fill(String(Math.floor(Date.parse('2025-09-30T00:00:00Z') / 86_400_000)));
    await expect.poll(() => page.locator('#timeline-range').textContent(), POLL).toMatch(/^2025-09-01 – 2025-09-30/);
    await expect.poll(() => page.evaluate(() => window.newsgraph.view.edgeCount()), POLL).toBeLessThan(edgesBefore);
    await expect.poll(() => page.locator('#graph-status').textContent(), POLL).toMatch(/^Filtered out: \d+ nodes, [1-9]\d* relations$/);
    await screenshot(page, '06-timeline-september');
    await page.locator('input[aria-label="Timeline end"]').fill(String(Math.floor(Date.parse('2025-11-08T00:00:00Z') / 86_400_000)));
    await expect.poll(() => page.evaluate(() => window.newsgraph.view.edgeCount()), POLL).toBe(edgesBefore);
  });

  test('shortest path between two selected actors is highlighted', async () => {
    await clickNode(page, 'actor:pete-hegseth');
    await clickNode(page, 'actor:north-korea', { shift: true });
    await expect.poll(async () => (await selected()).sort(), POLL).toEqual(['actor:north-korea', 'actor:pete-hegseth']);
    await page.locator('#btn-path').click();
    await expect.poll(() => page.locator('#path-result').textContent(), POLL).toMatch(/^Path \(\d+ steps\): (Pete Hegseth|North Korea) → .+ → (North Korea|Pete Hegseth)$/);
    const onPath = await page.evaluate(() => window.newsgraph.view.pathIds());
    // Path nodes keep their shape (an edge's width rule on them once squashed them to slivers).
    const sizes = await page.evaluate(() => window.newsgraph.view.pathIds().filter((id) => !id.includes('|')).map((id) => window.newsgraph.view.renderedSize(id)));
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const { width, height } of sizes) expect(width).toBeCloseTo(height, 0);
    expect(onPath).toEqual(expect.arrayContaining(['actor:pete-hegseth', 'actor:north-korea']));
    await screenshot(page, '07-shortest-path');
    await page.keyboard.press('Escape');
  });

  test('the console is closed by default, leaving the room to the graph; Ctrl+` opens it', async () => {
    expect(await page.locator('#console-body').isVisible()).toBe(false);
    expect(await page.locator('#timeline .timeline-strip').isVisible()).toBe(true);
    const graphHeight = await page.locator('#cy').evaluate((c) => c.getBoundingClientRect().height);
    expect(graphHeight).toBeGreaterThan(700);
    await page.locator('#cy').focus();
    await page.keyboard.press('Control+Backquote');
    await page.locator('#console-body').waitFor({ state: 'visible' });
    expect(await page.locator('#console-toggle').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null), POLL).toBe(true);
  });

  test('the console renders a read query and refuses a write', async () => {
    const editor = page.locator('#console-editor .cm-content');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("MATCH (a:Actor {id: 'actor:reuters'}) RETURN a.name AS name, a");
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('#console-table td').first().textContent(), POLL).toBe('Reuters');
    await expect.poll(() => page.locator('#console-summary').textContent(), POLL).toMatch(/^1 rows/);
    expect(await page.locator('#console-table td').nth(1).textContent()).toBe('(:Actor:Media Reuters)');
    await screenshot(page, '08-console-read');

    const count = async () => Number((await getHealth(session.app.db)).counts.nodes);
    const nodesBefore = await count();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("CREATE (n:Actor {id: 'actor:intruder', name: 'Intruder'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    const error = page.locator('#console-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/read|write|not allowed|refused/i);
    expect(await count()).toBe(nodesBefore);
    await screenshot(page, '09-console-write-refused');
  });

  test('article markup is shown as text and never runs', async () => {
    await page.evaluate(() => window.newsgraph.openEvidence('sentence:markup-test:1'));
    const mark = page.locator('#reader mark#reader-highlight');
    await mark.waitFor();
    expect(await mark.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('#reader script, #reader img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(page, '10-markup-as-text');
  });

  test('no errors in the page', () => {
    expect(session.chrome.errors.filter((e) => !e.includes('status of 4'))).toEqual([]);
  });
});
