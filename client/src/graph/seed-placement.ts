// A good starting point for the force layout, so it needs few ticks: communities found by label propagation (a few
// sweeps over the edges, linear time), each community placed as a disc on a sunflower spiral (big ones in the
// middle), its members on a smaller sunflower inside the disc. The force layout then only has to relax, not untangle.
// Pure and seeded, so the same graph always gets the same picture.
import type { Positions } from './force-positions.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A small seeded generator (mulberry32): the same graph always gets the same communities. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), t | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Community label per node: label propagation in a shuffled order, each node taking the label most of its neighbours
 * carry; a node keeps its own label when that is among the most frequent, other ties are broken at random (a fixed
 * tie rule such as "smallest label" floods one label across bridges).
 */
export function communities(nodeCount: number, edges: readonly [number, number][], sweeps = 8, seed = 7): Int32Array {
  const random = seeded(seed);
  const label = new Int32Array(nodeCount);
  const order = new Int32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) label[i] = order[i] = i;
  const adjacency: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of edges) {
    adjacency[a]?.push(b);
    adjacency[b]?.push(a);
  }
  const counts = new Map<number, number>();
  const best: number[] = [];
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (let i = nodeCount - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? i;
      order[i] = order[j] ?? j;
      order[j] = t;
    }
    let changed = 0;
    for (const i of order) {
      const around = adjacency[i] ?? [];
      if (around.length === 0) continue;
      counts.clear();
      let top = 0;
      for (const j of around) {
        const l = label[j] ?? j;
        const c = (counts.get(l) ?? 0) + 1;
        counts.set(l, c);
        if (c > top) top = c;
      }
      const own = label[i] ?? i;
      if (counts.get(own) === top) continue;
      best.length = 0;
      for (const [l, c] of counts) if (c === top) best.push(l);
      label[i] = best[Math.floor(random() * best.length)] ?? own;
      changed++;
    }
    if (changed === 0) break;
  }
  return label;
}

/**
 * Label propagation on sparse graphs leaves many small fragments of one real community. A second pass moves each
 * small fragment into the neighbouring group it has the most edges to (its own inner edges do not count), while that group
 * stays under `maxSize` nodes, so groups grow to community size without flooding the whole graph.
 */
export function mergeFragments(label: Int32Array, pairs: readonly [number, number][], maxSize = 120, sweeps = 4): Int32Array {
  const out = Int32Array.from(label);
  const size = new Map<number, number>();
  for (const l of out) size.set(l, (size.get(l) ?? 0) + 1);
  const fragments = [...size.keys()];
  const fragmentOf = Int32Array.from(label);
  const owner = new Map(fragments.map((f) => [f, f]));
  const links = new Map<number, Map<number, number>>();
  const link = (a: number, b: number) => {
    const m = links.get(a) ?? new Map<number, number>();
    m.set(b, (m.get(b) ?? 0) + 1);
    links.set(a, m);
  };
  for (const [a, b] of pairs) {
    const fa = fragmentOf[a] ?? a;
    const fb = fragmentOf[b] ?? b;
    link(fa, fb);
    if (fa !== fb) link(fb, fa);
  }
  const groupSize = new Map(size);
  const fragmentSize = new Map(size);
  // Smallest fragments move first: they are the ones left stranded.
  fragments.sort((a, b) => (fragmentSize.get(a) ?? 0) - (fragmentSize.get(b) ?? 0) || a - b);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let moved = 0;
    for (const f of fragments) {
      const mine = owner.get(f) ?? f;
      const votes = new Map<number, number>();
      const own = fragmentSize.get(f) ?? 1;
      // Only fragments move, not whole communities; a fragment's own edges do not hold it where it is.
      if (own > maxSize / 4) continue;
      for (const [g, w] of links.get(f) ?? []) {
        if (g === f) continue;
        const o = owner.get(g) ?? g;
        votes.set(o, (votes.get(o) ?? 0) + w);
      }
      let best = mine;
      let bestVotes = votes.get(mine) ?? 0;
      for (const [o, v] of votes) {
        if (o !== mine && v > bestVotes && (groupSize.get(o) ?? 0) + own <= maxSize) {
          best = o;
          bestVotes = v;
        }
      }
      if (best !== mine) {
        owner.set(f, best);
        groupSize.set(mine, (groupSize.get(mine) ?? 0) - own);
        groupSize.set(best, (groupSize.get(best) ?? 0) + own);
        moved++;
      }
    }
    if (moved === 0) break;
  }
  for (let i = 0; i < out.length; i++) out[i] = owner.get(fragmentOf[i] ?? i) ?? out[i] ?? i;
  return out;
}

/** Point i of n on a sunflower spiral of the given spacing (even density, no rings). */
function sunflower(i: number, spacing: number): { x: number; y: number } {
  const r = spacing * Math.sqrt(i + 0.5);
  return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
}

/**
 * Communities in breadth-first order over the links between them, biggest first: placed one after the other along a
 * spiral, linked communities end up side by side, so the force layout does not have to drag them across the map.
 */
function linkedOrder(groups: number[][], label: Int32Array, pairs: readonly [number, number][]): number[][] {
  const groupOf = new Map<number, number>();
  groups.forEach((g, gi) => groupOf.set(label[g[0] ?? 0] ?? 0, gi));
  const links: Map<number, number>[] = groups.map(() => new Map());
  for (const [a, b] of pairs) {
    const ga = groupOf.get(label[a] ?? a);
    const gb = groupOf.get(label[b] ?? b);
    if (ga === undefined || gb === undefined || ga === gb) continue;
    links[ga]?.set(gb, (links[ga]?.get(gb) ?? 0) + 1);
    links[gb]?.set(ga, (links[gb]?.get(ga) ?? 0) + 1);
  }
  const seen = new Uint8Array(groups.length);
  const out: number[][] = [];
  for (let start = 0; start < groups.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const queue = [start];
    for (let q = 0; q < queue.length; q++) {
      const gi = queue[q] ?? 0;
      out.push(groups[gi] ?? []);
      const next = [...(links[gi] ?? new Map<number, number>()).entries()].sort((x, y) => y[1] - x[1]);
      for (const [n] of next) {
        if (!seen[n]) {
          seen[n] = 1;
          queue.push(n);
        }
      }
    }
  }
  return out;
}

/** Initial positions: communities as discs along an Archimedean spiral, members on a sunflower inside their disc. */
export function seedPositions(nodes: readonly string[], edges: readonly [string, string][], spacing = 30): Positions {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const pairs: [number, number][] = [];
  for (const [s, t] of edges) {
    const a = index.get(s);
    const b = index.get(t);
    if (a !== undefined && b !== undefined && a !== b) pairs.push([a, b]);
  }
  const label = mergeFragments(communities(nodes.length, pairs), pairs);
  const members = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const l = label[i] ?? i;
    const list = members.get(l);
    if (list) list.push(i);
    else members.set(l, [i]);
  }
  const bySize = [...members.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  const groups = linkedOrder(bySize, label, pairs);
  const radius = (g: number[]) => spacing * Math.sqrt(g.length + 0.5);
  const meanRadius = groups.reduce((sum, g) => sum + radius(g), 0) / Math.max(1, groups.length);
  // r = b·θ: one turn further out is 2πb, about two mean discs plus a gap.
  const b = (2.4 * meanRadius) / (2 * Math.PI);
  const out: Positions = {};
  let theta = 0;
  let previous = 0;
  for (const group of groups) {
    const r = radius(group);
    // Advance along the spiral by the two radii (arc length ≈ ρ·Δθ), so consecutive discs touch but do not overlap.
    const rho = Math.max(b * theta, meanRadius);
    theta += (previous + r) / rho;
    previous = r;
    const centre = { x: b * theta * Math.cos(theta), y: b * theta * Math.sin(theta) };
    group.forEach((nodeIndex, k) => {
      const p = sunflower(k, spacing);
      const id = nodes[nodeIndex];
      if (id !== undefined) out[id] = { x: centre.x + p.x, y: centre.y + p.y };
    });
  }
  return out;
}
