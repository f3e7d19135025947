// Render benchmark (not a test): synthetic graphs of 1k/2k, 5k/10k and 20k/40k nodes/edges in headless Chromium.
// Prints, in one run: layout time (Barnes–Hut force layout in a Web Worker) for the plain random start (baseline)
// and the explorer's seeded community placement, with the share of overlapping nodes and the longest main-thread
// frame gap meanwhile; then per variant (baseline = Cytoscape's defaults and the small-graph stylesheet, tuned = the
// explorer's big-graph settings; WebGL = tuned on the WebGL renderer) the median of RUNS of: time to first render
// and frames/s while the real mouse pans (drag) and zooms (wheel), at the zoom the view starts at (whole graph fitted)
// and zoomed in to where labels are readable. The load average is printed with every row: the machine is shared.
// Usage: npm run build:client && npx tsx scripts/bench-render.ts [--runs 3] [--sizes 1000,5000,20000] [--seconds 3]
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/support/e2e-app.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const dist = join(repo, 'client', 'dist');
const arg = (name: string) => process.argv.find((a, i) => process.argv[i - 1] === `--${name}`);
const RUNS = Number(arg('runs') ?? 3);
const SIZES = (arg('sizes') ?? '1000,5000,20000').split(',').map((n) => [Number(n), Number(n) * 2] as const);
const SECONDS = Number(arg('seconds') ?? 3);
/** Zoom at which the big-graph sheet's 8 px labels draw at 12 px: readable. */
const READABLE_ZOOM = 1.5;
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

const VIEW = { width: 1280, height: 800 };
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** Real mouse input for `seconds`: drags that pan back and forth, wheel steps that zoom in and out again. */
async function interact(page: Page, seconds: number): Promise<void> {
  const cx = VIEW.width / 2;
  const cy = VIEW.height / 2;
  const end = Date.now() + seconds * 1000;
  for (let i = 0; Date.now() < end; i++) {
    const dir = i % 2 === 0 ? 1 : -1;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 220 * dir, cy + 140 * dir, { steps: 10 });
    await page.mouse.up();
    for (let k = 0; k < 3; k++) await page.mouse.wheel(0, -120 * dir);
  }
}

async function fps(page: Page): Promise<number> {
  await page.evaluate(() => window.newsgraphBench.startFrames());
  await interact(page, SECONDS);
  return (await page.evaluate(() => window.newsgraphBench.stopFrames())).fps;
}

type Row = { first: number; fpsStart: number; fpsZoomed: number };

async function measure(page: Page, nodes: number, edges: number, variant: 'baseline' | 'tuned', webgl: boolean, runs: number): Promise<Row> {
  const rows: Row[] = [];
  for (let i = 0; i < runs; i++) {
    const { firstRenderMs } = await page.evaluate(([n, e, v, w]) => window.newsgraphBench.render(n, e, v, w), [nodes, edges, variant, webgl] as const);
    const fpsStart = await fps(page);
    await page.evaluate((z) => window.newsgraphBench.zoomTo(z), READABLE_ZOOM);
    const fpsZoomed = await fps(page);
    rows.push({ first: firstRenderMs, fpsStart, fpsZoomed });
  }
  return { first: median(rows.map((r) => r.first)), fpsStart: median(rows.map((r) => r.fpsStart)), fpsZoomed: median(rows.map((r) => r.fpsZoomed)) };
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'bench.html'))) throw new Error('client/dist/bench.html missing: run `npm run build:client` first');
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: VIEW,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  console.log(`Chromium ${context.browser()?.version() ?? ''}, headless, ${VIEW.width}x${VIEW.height}, ${cpus().length} cores, medians of ${RUNS} (WebGL: 1), ${SECONDS} s of mouse input per fps figure, readable zoom ${READABLE_ZOOM}`);
  console.log('\nlayout      | start    | layout ms | overlap | longest frame gap ms | load avg');
  const renderRows: string[] = [];
  try {
    for (const [nodes, edges] of SIZES) {
      const size = `${nodes / 1000}k/${edges / 1000}k`.padEnd(11);
      await page.goto(`${base}/bench.html`);
      await page.waitForFunction(() => 'newsgraphBench' in window);
      // Baseline layout first, seeded last: the render rows below use the explorer's (seeded) positions.
      for (const seed of [false, true]) {
        const l = await page.evaluate(([n, e, s]) => window.newsgraphBench.layout(n, e, s), [nodes, edges, seed] as const);
        console.log(`${size} | ${(seed ? 'seeded' : 'random').padEnd(8)} | ${fmt(l.layoutMs)}  | ${fmt(l.overlap * 100, 1)}% | ${fmt(l.longestFrameGapMs)}             | ${load()}`);
      }
      for (const [variant, webgl] of [['baseline', false], ['tuned', false], ['tuned', true]] as const) {
        const r = await measure(page, nodes, edges, variant, webgl, webgl ? 1 : RUNS);
        const name = webgl ? 'tuned+webgl' : variant;
        renderRows.push(`${size} | ${name.padEnd(11)} | ${fmt(r.first)}        | ${fmt(r.fpsStart, 1)}         | ${fmt(r.fpsZoomed, 1)}          | ${load()}`);
        console.log(renderRows[renderRows.length - 1]);
        if (variant === 'tuned' && !webgl && nodes === 5000) {
          // The whole 5k layout, to judge it by eye (docs/screenshots/bench-5k-layout.png); a small window keeps the
          // PNG of thousands of dots under the 300 KB budget for docs/.
          await page.evaluate(([n, e]) => window.newsgraphBench.render(n, e, 'tuned', false), [nodes, edges] as const);
          await page.setViewportSize({ width: 720, height: 450 });
          await page.evaluate(() => window.newsgraphBench.fit());
          await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'bench-5k-layout.png') });
          await page.setViewportSize(VIEW);
        }
      }
    }
    console.log('\nrender      | variant     | first render ms | fps fitted | fps zoomed in | load avg');
    for (const row of renderRows) console.log(row);
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
