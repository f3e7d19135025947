// The render benchmark page (bench.html). scripts/bench-render.ts drives it in headless Chromium through
// window.newsgraphBench and moves the real mouse over it; it can also be opened by hand:
// bench.html?nodes=5000&edges=10000&variant=tuned&webgl=1.
// Two variants in the same run: "baseline" is Cytoscape as it comes (default options, the explorer's small-graph
// stylesheet with bezier edges, arrows and edge labels, preset layout with fit) and "tuned" is what the explorer does
// for big graphs (render-tuning.ts, largeGraphStylesheet).
import cytoscape, { type Core } from 'cytoscape';
import { syntheticGraph } from './synthetic-graph.ts';
import { toElements } from '../graph/to-elements.ts';
import { largeGraphStylesheet, stylesheet } from '../graph/style.ts';
import { layoutInWorker, presetOptions } from '../graph/layout.ts';
import { overlapShare, type Positions } from '../graph/force-positions.ts';
import { LARGE_GRAPH_OPTIONS, fitToPositions, setLargeGraphMode, settleBoundingBoxes, withPositions } from '../graph/render-tuning.ts';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const layouts = new Map<string, Positions>();
let cy: Core | null = null;

export type Variant = 'baseline' | 'tuned';
export interface LayoutResult { layoutMs: number; overlap: number; longestFrameGapMs: number }
export interface FrameStats { fps: number; frames: number; longestFrameMs: number }

/** Counts animation frames until stopped: what the user sees while the mouse drives the view. */
function frameCounter() {
  let running = true;
  let frames = 0;
  let longest = 0;
  const t0 = performance.now();
  let last = t0;
  const done = (async () => {
    while (running) {
      const now = await frame();
      longest = Math.max(longest, now - last);
      last = now;
      frames++;
    }
    return { fps: frames / ((last - t0) / 1000), frames, longestFrameMs: longest };
  })();
  return { stop: async (): Promise<FrameStats> => { running = false; return done; } };
}

let counter: ReturnType<typeof frameCounter> | null = null;

/** Runs the worker layout for a size (seeded = the explorer's, or the plain random start) and keeps the positions. */
async function layout(nodes: number, edges: number, seed: boolean): Promise<LayoutResult> {
  const graph = syntheticGraph(nodes, edges);
  const watch = frameCounter();
  const started = performance.now();
  const result = await layoutInWorker({ nodes: graph.nodes.map((n) => n.id), edges: graph.edges.map((e) => [e.source, e.target]), seed });
  const layoutMs = performance.now() - started;
  const gaps = await watch.stop();
  layouts.set(`${nodes}/${edges}`, result.positions);
  return { layoutMs, overlap: overlapShare(result.positions, 6), longestFrameGapMs: gaps.longestFrameMs };
}

/** A fresh Cytoscape with the kept positions; resolves when the first frame has been drawn. */
async function render(nodes: number, edges: number, variant: Variant, webgl: boolean): Promise<{ firstRenderMs: number; constructMs: number; zoom: number }> {
  cy?.destroy();
  const container = document.getElementById('cy');
  if (!container) throw new Error('no #cy');
  const positions = layouts.get(`${nodes}/${edges}`);
  if (!positions) throw new Error('run layout first');
  const elements = toElements(syntheticGraph(nodes, edges));
  await frame();
  const started = performance.now();
  const renderer = webgl ? { renderer: { name: 'canvas', webgl: true } } : {};
  // Nodes ungrabbable in both variants, so a drag that starts on a node pans instead of moving the node.
  if (variant === 'baseline') {
    cy = cytoscape({ container, style: stylesheet({ labels: true }), elements, layout: presetOptions(positions), autoungrabify: true, ...renderer } as cytoscape.CytoscapeOptions);
  } else {
    const { zoom, pan } = fitToPositions(positions, container.clientWidth, container.clientHeight);
    cy = cytoscape({
      container, style: largeGraphStylesheet({ labels: true }), elements: withPositions(elements, positions), layout: { name: 'preset', fit: false },
      zoom, pan, autoungrabify: true, ...LARGE_GRAPH_OPTIONS, ...renderer,
    } as cytoscape.CytoscapeOptions);
    // What the explorer's view does on top of the init options (render-tuning.ts).
    setLargeGraphMode(cy, true);
    settleBoundingBoxes(cy);
  }
  const constructMs = performance.now() - started;
  // Two frames: the one Cytoscape draws in, and the next, which starts only after that draw has finished.
  await frame();
  await frame();
  return { firstRenderMs: performance.now() - started, constructMs, zoom: cy.zoom() };
}

/** Zooms to `level` around the centre (labels of the big-graph sheet draw from about 0.9). */
async function zoomTo(level: number): Promise<void> {
  const container = document.getElementById('cy');
  if (!cy || !container) return;
  cy.zoom({ level, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  await frame();
  await frame();
}

function startFrames(): void {
  counter = frameCounter();
}

async function stopFrames(): Promise<FrameStats> {
  const stats = await counter?.stop();
  counter = null;
  return stats ?? { fps: 0, frames: 0, longestFrameMs: 0 };
}

/** Fits the current graph in the viewport, for a screenshot of the whole layout. */
async function fit(): Promise<void> {
  // The window may have been resized for the screenshot: let Cytoscape read the new container size first.
  cy?.resize();
  cy?.fit(undefined, 10);
  await frame();
  await frame();
}

declare global {
  interface Window {
    newsgraphBench: { layout: typeof layout; render: typeof render; zoomTo: typeof zoomTo; startFrames: typeof startFrames; stopFrames: typeof stopFrames; fit: typeof fit };
  }
}

window.newsgraphBench = { layout, render, zoomTo, startFrames, stopFrames, fit };

const params = new URLSearchParams(location.search);
if (params.has('nodes')) {
  const n = Number(params.get('nodes'));
  const e = Number(params.get('edges') ?? n * 2);
  const variant: Variant = params.get('variant') === 'baseline' ? 'baseline' : 'tuned';
  void layout(n, e, true).then(() => render(n, e, variant, params.get('webgl') === '1')).then((r) => {
    document.title = `bench ${JSON.stringify(r)}`;
  });
}
