// A Barnes–Hut force layout (d3-force: many-body charge over a quadtree, links as springs, a weak pull to the centre
// so separate components stay near each other). Big graphs start from a community placement (seed-placement.ts) and
// only relax from there: a few dozen ticks instead of hundreds. Pure and synchronous; layout.worker.ts runs it off the
// main thread.
import { seedPositions } from './seed-placement.ts';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LayoutInput {
  nodes: string[];
  edges: [string, string][];
  /** Fixed positions (already placed nodes keep theirs when an expansion is laid out). */
  fixed?: Record<string, { x: number; y: number }>;
  /** Ticks to run; fewer for big graphs (see ticksFor). */
  ticks?: number;
  /** Start from the community placement (default: from SEEDED_FROM nodes on); false gives the plain random start. */
  seed?: boolean;
}

export interface Positions {
  [id: string]: { x: number; y: number };
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/** Above this many nodes the layout starts from the community placement and runs few ticks. */
export const SEEDED_FROM = 1000;

/** Ticks to run: a few hundred from random starts (small graphs), a few dozen from a seeded placement. */
export function ticksFor(nodeCount: number): number {
  if (nodeCount < SEEDED_FROM) return 300;
  if (nodeCount <= 8000) return 40;
  return 30;
}

export function forcePositions(input: LayoutInput, onProgress?: (done: number, total: number) => void): Positions {
  const seeded = (input.seed ?? input.nodes.length >= SEEDED_FROM) ? seedPositions(input.nodes, input.edges, 40) : null;
  const nodes: SimNode[] = input.nodes.map((id) => {
    const f = input.fixed?.[id];
    if (f) return { id, x: f.x, y: f.y, fx: f.x, fy: f.y };
    const s = seeded?.[id];
    return s ? { id, x: s.x, y: s.y } : { id };
  });
  const ids = new Set(input.nodes);
  const links = input.edges.filter(([s, t]) => ids.has(s) && ids.has(t) && s !== t).map(([source, target]) => ({ source, target }));
  const ticks = input.ticks ?? (seeded ? ticksFor(nodes.length) : ticksFor(Math.min(nodes.length, SEEDED_FROM - 1)));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<SimNode, { source: string | SimNode; target: string | SimNode }>(links).id((d) => d.id).distance(40))
    // theta 0.9: coarser Barnes–Hut approximation, a few times faster than exact with no visible difference.
    .force('charge', forceManyBody<SimNode>().strength(-60).theta(0.9))
    // Few ticks leave hubs' neighbours bunched; a collision radius (12 units apart) separates them directly.
    .force('collide', seeded ? forceCollide<SimNode>(6).strength(0.8) : null)
    .force('x', forceX<SimNode>(0).strength(seeded ? 0.01 : 0.04))
    .force('y', forceY<SimNode>(0).strength(seeded ? 0.01 : 0.04))
    // From a seeded placement the layout only relaxes: start cooler, so it does not throw the placement away.
    .alpha(seeded ? 0.5 : 1)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  const step = Math.max(1, Math.floor(ticks / 20));
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    if (onProgress && i % step === 0) onProgress(i, ticks);
  }
  const out: Positions = {};
  for (const n of nodes) out[n.id] = { x: Math.round((n.x ?? 0) * 10) / 10, y: Math.round((n.y ?? 0) * 10) / 10 };
  return out;
}

/** A blob check: the share of nodes whose nearest neighbour is closer than `minDistance` (overlapping discs). */
export function overlapShare(positions: Positions, minDistance: number): number {
  const points = Object.values(positions);
  if (points.length < 2) return 0;
  const cell = minDistance;
  const grid = new Map<string, { x: number; y: number }[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  for (const p of points) {
    const k = key(p.x, p.y);
    const bucket = grid.get(k);
    if (bucket) bucket.push(p);
    else grid.set(k, [p]);
  }
  let overlapping = 0;
  for (const p of points) {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    let found = false;
    for (let dx = -1; dx <= 1 && !found; dx++) {
      for (let dy = -1; dy <= 1 && !found; dy++) {
        for (const q of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (q !== p && Math.hypot(q.x - p.x, q.y - p.y) < minDistance) {
            found = true;
            break;
          }
        }
      }
    }
    if (found) overlapping++;
  }
  return overlapping / points.length;
}
