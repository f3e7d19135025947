// Runs the force layout off the main thread so the page stays responsive while thousands of nodes are placed.
import { forcePositions, type LayoutInput } from './force-positions.ts';

export type LayoutWorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; positions: Record<string, { x: number; y: number }>; ms: number };

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  const started = performance.now();
  const positions = forcePositions(event.data, (done, total) => {
    const message: LayoutWorkerMessage = { kind: 'progress', done, total };
    self.postMessage(message);
  });
  const message: LayoutWorkerMessage = { kind: 'done', positions, ms: performance.now() - started };
  self.postMessage(message);
};
