// The render benchmark page (bench.html). scripts/bench-render.ts drives it in headless Chromium through
// window.newsgraphBench; it can also be opened by hand: bench.html?nodes=5000&edges=10000&webgl=1.
import cytoscape, { type Core } from 'cytoscape';
import { syntheticGraph } from './synthetic-graph.ts';
import { toElements } from '../graph/to-elements.ts';
import { largeGraphStylesheet } from '../graph/style.ts';
import { presetOptions, workerLayout } from '../graph/layout.ts';
import { overlapShare, type Positions } from '../graph/force-positions.ts';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const layouts = new Map<string, Positions>();
let cy: Core | null = null;

export interface LayoutResult { layoutMs: number; overlap: number; longestFrameGapMs: number }
export interface RenderResult { firstRenderMs: number; fps: number; frames: number }

/** Runs the worker layout once for a size and caches the positions; reports main-thread frame gaps meanwhile. */
async function layout(nodes: number, edges: number): Promise<LayoutResult> {
  const graph = syntheticGraph(nodes, edges);
  let longest = 0;
  let running = true;
  let last = performance.now();
  const watch = async () => {
    while (running) {
      const now = await frame();
      longest = Math.max(longest, now - last);
      last = now;
    }
  };
  void watch();
  const started = performance.now();
  const result = await workerLayout({ nodes: graph.nodes.map((n) => n.id), edges: graph.edges.map((e) => [e.source, e.target]) });
  const layoutMs = performance.now() - started;
  running = false;
  layouts.set(`${nodes}/${edges}`, result.positions);
  return { layoutMs, overlap: overlapShare(result.positions, 6), longestFrameGapMs: longest };
}

/** Creates a fresh Cytoscape with the cached positions; times first paint, then pans and zooms for `seconds`. */
async function render(nodes: number, edges: number, webgl: boolean, labels: boolean, seconds = 3): Promise<RenderResult> {
  cy?.destroy();
  const container = document.getElementById('cy');
  if (!container) throw new Error('no #cy');
  const positions = layouts.get(`${nodes}/${edges}`);
  if (!positions) throw new Error('run layout first');
  const elements = toElements(syntheticGraph(nodes, edges));
  await frame();
  const started = performance.now();
  cy = cytoscape({
    container,
    style: largeGraphStylesheet({ labels }),
    elements,
    layout: presetOptions(positions),
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  // Two frames: the one Cytoscape draws in, and the next, which starts only after that draw has finished.
  await frame();
  await frame();
  const firstRenderMs = performance.now() - started;
  // Zoom in to where labels are readable, then pan and zoom continuously.
  const zoom0 = cy.zoom() * 6;
  const center = { x: container.clientWidth / 2, y: container.clientHeight / 2 };
  cy.zoom({ level: zoom0, renderedPosition: center });
  await frame();
  let frames = 0;
  const t0 = performance.now();
  let now = t0;
  while (now - t0 < seconds * 1000) {
    const t = (now - t0) / 1000;
    cy.viewport({ zoom: zoom0 * (1 + 0.3 * Math.sin(t * 2)), pan: { x: center.x - 400 * Math.sin(t), y: center.y - 300 * Math.cos(t) } });
    now = await frame();
    frames++;
  }
  return { firstRenderMs, fps: frames / ((now - t0) / 1000), frames };
}

/** Fits the current graph in the viewport, for a screenshot of the whole layout. */
async function fit(): Promise<void> {
  cy?.fit(undefined, 10);
  await frame();
  await frame();
}

declare global {
  interface Window {
    newsgraphBench: { layout: typeof layout; render: typeof render; fit: typeof fit };
  }
}

window.newsgraphBench = { layout, render, fit };

const params = new URLSearchParams(location.search);
if (params.has('nodes')) {
  const n = Number(params.get('nodes'));
  const e = Number(params.get('edges') ?? n * 2);
  void layout(n, e).then(() => render(n, e, params.get('webgl') === '1', true)).then((r) => {
    document.title = `bench ${JSON.stringify(r)}`;
  });
}
