// Cytoscape settings for big graphs, measured with scripts/bench-render.ts. While the user pans or zooms, a big graph
// is drawn from a texture of the last frame with its edges hidden (textureOnViewport, hideEdgesOnViewport), at
// device pixel ratio 1 and without motion blur; positions go in with the elements (no layout pass), and the first
// viewport is computed from the positions (cy.fit() would measure the text of every label for the bounding box).
import type { Core, ElementDefinition } from 'cytoscape';
import type { Positions } from './force-positions.ts';

/** Nodes + edges above which the large-graph settings apply. */
export const LARGE_GRAPH_ELEMENTS = 4000;

export interface RendererFlags {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  motionBlurEnabled: boolean;
  motionBlur: boolean;
  forcedPixelRatio: number | null;
}

/** Init options for a Cytoscape that will hold a big graph. */
export const LARGE_GRAPH_OPTIONS = {
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  motionBlur: false,
  pixelRatio: 1,
} as const;

/**
 * The same switches on a live instance: the view keeps one Cytoscape while graphs of any size come and go. These are
 * the renderer's own fields behind those init options (cytoscape 3.35: renderer/base/index.mjs); the bench checks the
 * effect, so an upgrade that renames them shows up there.
 */
export function setLargeGraphMode(cy: Core, large: boolean): void {
  const renderer = (cy as unknown as { renderer(): Partial<RendererFlags> | undefined }).renderer();
  if (!renderer) return;
  renderer.textureOnViewport = large;
  renderer.hideEdgesOnViewport = large;
  // Motion blur stays off at every size: on a canvas that is not cleared between graphs it leaves ghost trails.
  renderer.motionBlurEnabled = false;
  renderer.motionBlur = false;
  renderer.forcedPixelRatio = large ? 1 : null;
}

/** Zoom and pan that fit the positions into a width × height viewport with padding. Pure. */
export function fitToPositions(positions: Positions, width: number, height: number, padding = 30, maxZoom = 2): { zoom: number; pan: { x: number; y: number } } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of Object.values(positions)) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  if (!Number.isFinite(minX)) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const w = Math.max(1, maxX - minX);
  const h = Math.max(1, maxY - minY);
  const zoom = Math.min(maxZoom, (width - 2 * padding) / w, (height - 2 * padding) / h);
  return { zoom, pan: { x: width / 2 - zoom * (minX + w / 2), y: height / 2 - zoom * (minY + h / 2) } };
}

/** Element definitions with their node positions set, so adding them needs no layout pass. */
export function withPositions(elements: ElementDefinition[], positions: Positions): ElementDefinition[] {
  return elements.map((e) => {
    const p = e.group === 'nodes' ? positions[String(e.data.id)] : undefined;
    return p ? { ...e, position: { x: p.x, y: p.y } } : e;
  });
}
