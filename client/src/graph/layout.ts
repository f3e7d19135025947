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

/** Runs the force layout in a worker; resolves with positions. onProgress reports ticks done. */
export function workerLayout(input: LayoutInput, onProgress?: (done: number, total: number) => void): Promise<WorkerLayoutResult> {
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
