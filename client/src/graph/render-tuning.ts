// Cytoscape settings for big graphs, measured with scripts/bench-render.ts. What keeps a big graph fast is the
// renderer's layered texture cache: one bitmap of the whole graph per zoom level, so a frame while panning or zooming
// is a few image copies instead of thousands of elements drawn one by one. The settings here keep that bitmap valid:
// bounding boxes computed before the first frame (settleBoundingBoxes), no :active state on a press (quietCores).
// While the user pans or zooms, a big graph is drawn from a texture of the last frame (textureOnViewport), which
// covers the zoom levels at which the bitmap would be too big to cache. Edges stay drawn while moving as long as the
// cache covers the zoom (hiding them forced a redraw of every node into that texture at the start of each gesture);
// zoomed in beyond it they are hidden while moving, so the texture holds only the nodes in view
// (applyEdgesWhileMoving). Device pixel ratio 1, no motion blur; positions go in with the elements (no layout pass),
// and the first viewport is computed from the positions (cy.fit() would measure the text of every label).
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
  hideEdgesOnViewport: false,
  motionBlur: false,
  pixelRatio: 1,
} as const;

/** Cores whose elements skip Cytoscape's :active state on a press (big graphs). */
const quietCores = new WeakSet<Core>();
let activationPatched = false;

interface Activatable {
  activate(...args: unknown[]): unknown;
  cy(): Core;
}

/**
 * A mouse press "activates" the element under it, a style change that makes the renderer throw away the cached
 * bitmap of the whole graph (its layered texture cache keeps one layer for all elements) and draw every element
 * one by one until the cache is rebuilt: on a 5k graph about 200 ms at the press and again at the release, most of
 * the lost frames of a pan that starts on a node. On big graphs the press therefore does not activate; the only
 * thing lost is the grey press overlay. Taps, selection and dragging do not use the :active state. The method is
 * shared by every collection, so the patch is installed once and asks per core.
 */
function skipActivationOn(cy: Core, skip: boolean): void {
  if (skip) quietCores.add(cy);
  else quietCores.delete(cy);
  if (activationPatched) return;
  const proto = Object.getPrototypeOf(cy.collection()) as Activatable;
  const activate = proto.activate;
  proto.activate = function (this: Activatable, ...args: unknown[]) {
    // With arguments it binds an 'activate' handler instead: left alone.
    if (args.length === 0 && quietCores.has(this.cy())) return this;
    return activate.apply(this, args);
  };
  activationPatched = true;
}

/**
 * The same switches on a live instance: the view keeps one Cytoscape while graphs of any size come and go. These are
 * the renderer's own fields behind those init options (cytoscape 3.35: renderer/base/index.mjs); the bench checks the
 * effect, so an upgrade that renames them shows up there.
 */
export function setLargeGraphMode(cy: Core, large: boolean): void {
  skipActivationOn(cy, large);
  const renderer = rendererOf(cy);
  if (!renderer) return;
  renderer.textureOnViewport = large;
  followZoom(cy);
  // Motion blur stays off at every size: on a canvas that is not cleared between graphs it leaves ghost trails.
  renderer.motionBlurEnabled = false;
  renderer.motionBlur = false;
  renderer.forcedPixelRatio = large ? 1 : null;
}

/**
 * Computes every element's bounding box now, before the first frame. Cytoscape computes them lazily while drawing,
 * and a box computed for the first time announces itself as changed ('bounds'), so the first frame built the cached
 * bitmap of the whole graph (the layered texture cache) and the next frame threw it away again and drew every
 * element one by one until the cache was rebuilt, a few frames per second for the first seconds of panning. Boxes
 * computed here are clean when the first frame draws, and the bitmap it builds is kept. Call it after the positions
 * are final; the work is the same that the first frame would otherwise do.
 */
export function settleBoundingBoxes(cy: Core): void {
  const box = cy.elements().boundingBox();
  graphBoxes.set(cy, { w: box.w, h: box.h });
  applyEdgesWhileMoving(cy);
}

const rendererOf = (cy: Core) => (cy as unknown as { renderer(): Partial<RendererFlags> | undefined }).renderer();

/** Size of the graph in model coordinates, per core, from settleBoundingBoxes. */
const graphBoxes = new WeakMap<Core, { w: number; h: number }>();
const zoomFollowers = new WeakSet<Core>();

/**
 * Whether the renderer's layered texture cache can hold a graph of this size at this zoom, with the limits of
 * cytoscape 3.35 (renderer/canvas/layered-texture-cache.mjs: levels -4..2 by powers of two, no cache from zoom 3.99,
 * at most 4000 × 4000 px and 32767 px a side per layer). Pure.
 */
export function layerCacheCovers(box: { w: number; h: number }, zoom: number, pixelRatio = 1): boolean {
  const level = Math.max(-4, Math.ceil(Math.log2(zoom * pixelRatio)));
  if (zoom >= 3.99 || level > 2) return false;
  const w = Math.ceil(box.w * 2 ** level);
  const h = Math.ceil(box.h * 2 ** level);
  return w <= 32767 && h <= 32767 && w * h <= 4000 * 4000;
}

/** Edges drawn while moving where the cache covers the zoom, hidden beyond it (and on graphs of unknown size). */
function applyEdgesWhileMoving(cy: Core): void {
  const renderer = rendererOf(cy);
  if (!renderer) return;
  const box = graphBoxes.get(cy);
  renderer.hideEdgesOnViewport = quietCores.has(cy) && (!box || !layerCacheCovers(box, cy.zoom()));
}

function followZoom(cy: Core): void {
  applyEdgesWhileMoving(cy);
  if (zoomFollowers.has(cy)) return;
  zoomFollowers.add(cy);
  cy.on('zoom', () => applyEdgesWhileMoving(cy));
  skipHopelessLayerCaching(cy);
}

type GetLayers = (eles: unknown, pixelRatio: number, level?: number) => unknown;

/**
 * Zoomed in on a big graph, the layered texture cache cannot help (the layer would be too big), but it finds that out
 * only after taking the bounding box of every element, on every full redraw: about 80 ms a frame at 20k nodes. The
 * same answer from the graph's size, known since settleBoundingBoxes, costs nothing; the renderer then draws the
 * elements in view, as it would have anyway. Graphs of unknown size go the renderer's own way.
 */
function skipHopelessLayerCaching(cy: Core): void {
  const cache = (cy as unknown as { renderer(): { data?: { lyrTxrCache?: { getLayers?: GetLayers } } } | undefined }).renderer()?.data?.lyrTxrCache;
  const getLayers = cache?.getLayers;
  if (!cache || !getLayers) return;
  cache.getLayers = function (this: unknown, eles, pixelRatio, level) {
    const box = graphBoxes.get(cy);
    if (level == null && quietCores.has(cy) && box && !layerCacheCovers(box, cy.zoom(), pixelRatio)) return null;
    return getLayers.call(this, eles, pixelRatio, level);
  };
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
