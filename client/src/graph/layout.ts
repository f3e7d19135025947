// Which layout, and how it runs. Small graphs (the demo article: tens of actors) get fcose, which reads well without
// dragging. Anything bigger gets the Barnes–Hut force layout in a Web Worker, fed to Cytoscape as preset positions:
// fcose does not finish 5k nodes in minutes, and a worker keeps the page responsive while it runs.
import type { LayoutOptions } from 'cytoscape';
import type { LayoutInput, Positions } from './force-positions.ts';
import type { LayoutWorkerMessage } from './layout.worker.ts';

/** Above this many nodes fcose is replaced by the worker layout. */
export const FCOSE_MAX_NODES = 600;

export function fcoseOptions(animate: boolean, fit = true): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'proof',
    animate,
    animationDuration: 400,
    fit,
    padding: 40,
    randomize: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    edgeElasticity: () => 0.3,
    nodeSeparation: 90,
    packComponents: true,
  } as LayoutOptions;
}

/** New nodes of an expansion go on a ring around the node they came from; everything already placed stays put. */
export function ringPositions(center: { x: number; y: number }, ids: string[], radius = 140): Positions {
  const out: Positions = {};
  const step = (2 * Math.PI) / Math.max(1, ids.length);
  ids.forEach((id, i) => {
    const r = radius + (ids.length > 16 ? (i % 3) * 40 : 0);
    out[id] = { x: Math.round(center.x + r * Math.cos(i * step)), y: Math.round(center.y + r * Math.sin(i * step)) };
  });
  return out;
}

export function presetOptions(positions: Positions, fit = true): LayoutOptions {
  return { name: 'preset', positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 }, fit, padding: 30 } as LayoutOptions;
}

export interface WorkerLayoutResult {
  positions: Positions;
  ms: number;
}

/** A short hash of the graph's nodes and edges (FNV-1a): same graph, same key, so its layout is computed once. */
export function graphSignature(input: Pick<LayoutInput, 'nodes' | 'edges'>): string {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x7c, 0x01000193);
  };
  for (const id of [...input.nodes].sort()) mix(id);
  for (const key of input.edges.map(([s, t]) => `${s}>${t}`).sort()) mix(key);
  return `${input.nodes.length}:${input.edges.length}:${(h >>> 0).toString(36)}`;
}

const cache = new Map<string, Positions>();
const STORAGE_PREFIX = 'newsgraph.layout.';

function cached(key: string): Positions | null {
  const hit = cache.get(key);
  if (hit) return hit;
  try {
    const stored = sessionStorage.getItem(STORAGE_PREFIX + key);
    return stored ? (JSON.parse(stored) as Positions) : null;
  } catch {
    return null;
  }
}

function remember(key: string, positions: Positions): void {
  cache.set(key, positions);
  try {
    sessionStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(positions));
  } catch {
    // Storage full or unavailable: the in-memory cache still serves this page.
  }
}

/** Runs the force layout in a worker, once per graph (cached by signature); onProgress reports ticks done. */
export async function workerLayout(input: LayoutInput, onProgress?: (done: number, total: number) => void): Promise<WorkerLayoutResult & { cached: boolean }> {
  const key = input.fixed ? null : graphSignature(input);
  const hit = key ? cached(key) : null;
  if (hit) return { positions: hit, ms: 0, cached: true };
  const result = await layoutInWorker(input, onProgress);
  if (key) remember(key, result.positions);
  return { ...result, cached: false };
}

/** One uncached worker run (the benchmark times this). */
export function layoutInWorker(input: LayoutInput, onProgress?: (done: number, total: number) => void): Promise<WorkerLayoutResult> {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress?.(message.done, message.total);
      else {
        worker.terminate();
        resolve({ positions: message.positions, ms: message.ms });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'layout worker failed'));
    };
    worker.postMessage(input);
  });
}
