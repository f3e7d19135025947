// Render benchmark (not a test): synthetic graphs of 1k/2k, 5k/10k and 20k/40k nodes/edges in headless Chromium,
// canvas and WebGL renderers in the same run. Prints layout time (Barnes–Hut force layout in a Web Worker, once per
// size, with the longest main-thread frame gap while it runs and the share of overlapping nodes), then per renderer
// the median of RUNS of: time to first render (preset positions) and frames/s while panning and zooming, zoomed in
// far enough for labels to show. Usage: npm run build:client && npx tsx scripts/bench-render.ts [--runs 3] [--sizes 1000,5000]
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/support/e2e-app.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const dist = join(repo, 'client', 'dist');
const arg = (name: string) => process.argv.find((a, i) => process.argv[i - 1] === `--${name}`);
const RUNS = Number(arg('runs') ?? 3);
const SIZES = (arg('sizes') ?? '1000,5000,20000').split(',').map((n) => [Number(n), Number(n) * 2] as const);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'bench.html'))) throw new Error('client/dist/bench.html missing: run `npm run build:client` first');
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  console.log(`Chromium ${context.browser()?.version() ?? ''}, headless, viewport 1280x800, medians of ${RUNS}`);
  console.log('size        | layout ms | overlap | longest frame gap ms | renderer | first render ms | pan+zoom fps');
  try {
    for (const [nodes, edges] of SIZES) {
      await page.goto(`${base}/bench.html`);
      await page.waitForFunction(() => 'newsgraphBench' in window);
      const layout = await page.evaluate(([n, e]) => window.newsgraphBench.layout(n, e), [nodes, edges] as const);
      for (const renderer of ['canvas', 'webgl'] as const) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          runs.push(await page.evaluate(([n, e, w]) => window.newsgraphBench.render(n, e, w, true), [nodes, edges, renderer === 'webgl'] as const));
        }
        if (renderer === 'canvas' && nodes === 5000) {
          // Fit the whole graph to judge the layout by eye (docs/screenshots/bench-5k-layout.png).
          // A smaller window keeps the PNG of thousands of dots under the 300 KB budget for docs/.
          await page.setViewportSize({ width: 720, height: 450 });
          await page.evaluate(() => window.newsgraphBench.fit());
          await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'bench-5k-layout.png') });
          await page.setViewportSize({ width: 1280, height: 800 });
        }
        console.log(
          `${`${nodes / 1000}k/${edges / 1000}k`.padEnd(11)} | ${fmt(layout.layoutMs)}  | ${fmt(layout.overlap * 100, 1)}% | ${fmt(layout.longestFrameGapMs)}             | ${renderer.padEnd(8)} | ${fmt(median(runs.map((r) => r.firstRenderMs)))}        | ${fmt(median(runs.map((r) => r.fps)), 1)}`,
        );
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
