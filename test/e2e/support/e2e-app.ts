// What an end-to-end test needs: the real app serving the built client (client/dist) and the API over the run's one
// real Neo4j, the demo article loaded through the real extractor and ingest, and a real headless Chromium.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { readArticleFile, type ArticleInput } from '../../../server/loader/article-input.ts';
import { extractArticle } from '../../../server/loader/extract/extract-article.ts';
import { ingestDocument } from '../../../server/loader/ingest.ts';
import { resetGraph, startTestApp, type TestApp } from '../../support/test-app.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const CLIENT_DIR = join(repo, 'client', 'dist');
export const DEMO_ARTICLE = join(repo, 'data', 'articles', 'dprk-threatens-offensive-action.txt');
export const SCREENSHOT_DIR = join(repo, 'test-results', 'e2e');
export const INGEST_TOKEN = 'e2e-ingest-token-0123456789';

export type E2eApp = TestApp;

export async function startE2eApp(articles: ArticleInput[] = [readArticleFile(DEMO_ARTICLE)]): Promise<E2eApp> {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) throw new Error('client/dist is missing: run `npm run build:client` first');
  const app = await startTestApp({ INGEST_TOKEN }, { clientDir: CLIENT_DIR });
  await resetGraph(app.db);
  for (const article of articles) await ingestDocument(app.db, extractArticle(article));
  return app;
}

/** Polls wait this long: the machine is shared, and a fetch plus a layout can take seconds under load. */
export const POLL = { timeout: 15_000 };

export interface ExplorerSession {
  app: E2eApp;
  chrome: E2eBrowser;
  page: Page;
}

/**
 * What every e2e file needs around its tests: before them, the app with these articles and a browser page on the
 * explorer; after them, both closed. The fields are filled in by the beforeAll hook, so read them only inside tests
 * and hooks.
 */
export function useExplorerSession(articles: ArticleInput[]): ExplorerSession {
  const session: Partial<ExplorerSession> = {};
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    session.app = await startE2eApp(articles);
    session.chrome = await launchBrowser();
    session.page = session.chrome.page;
    await openExplorer(session.page, session.app.baseUrl);
  });
  afterAll(async () => {
    await session.chrome?.close();
    await session.app?.close();
  });
  return session as ExplorerSession;
}

export interface E2eBrowser {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far: a clean UI has none. */
  errors: string[];
  close(): Promise<void>;
}

// Flags from the machine notes: headless, no sandbox (root), and no background networking on a closed network.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser(): Promise<E2eBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  // A fresh profile each run; Playwright takes it as the persistent context's folder (it owns --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the explorer and waits until the first graph is on the canvas. */
export async function openExplorer(page: Page, baseUrl: string, hash = ''): Promise<void> {
  await page.goto(`${baseUrl}/${hash ? `#${hash}` : ''}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Labels of the nodes on the canvas that are not hidden or filtered out. */
export function visibleNodeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = window.newsgraph.view;
    const hidden = new Set(view.hiddenIds());
    return view.nodeIds().filter((id) => !hidden.has(id) && view.isShown(id)).map((id) => String(view.dataOf(id)?.label));
  });
}

/** Clicks a node where it is drawn (a real mouse click on the canvas), optionally with Shift held. */
export async function clickNode(page: Page, id: string, options: { shift?: boolean; double?: boolean } = {}): Promise<void> {
  const point = await page.evaluate((nodeId) => window.newsgraph.view.renderedPosition(nodeId), id);
  if (!point) throw new Error(`node ${id} is not on the canvas`);
  if (options.shift) await page.keyboard.down('Shift');
  if (options.double) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  if (options.shift) await page.keyboard.up('Shift');
}
