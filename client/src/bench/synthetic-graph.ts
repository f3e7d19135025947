// Synthetic graphs for the render benchmark: communities of actors with preferential attachment inside a community
// and a few bridges between them — closer to a news graph than uniform random edges, and seeded so every run and
// every renderer sees the same graph.
import type { GraphEdge, GraphNode } from '../../../server/api/dto.ts';

const KINDS = ['person', 'state', 'organization', 'military', 'media', 'group'];

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 42): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const random = seededRandom(seed);
  const communitySize = 60;
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `actor:n${i}`,
    labels: ['Actor'],
    label: `Actor ${i}`,
    kind: KINDS[Math.floor(random() * KINDS.length)] ?? 'person',
    properties: {},
  }));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const push = (a: number, b: number) => {
    if (a === b) return;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = `actor:n${a}`;
    const target = `actor:n${b}`;
    edges.push({ id: `${source}|RELATED|${target}`, source, target, type: 'RELATED', properties: { stance: random() * 2 - 1, count: 1 } });
  };
  // A spanning tree inside each community (preferential: earlier members attract more), then extra edges.
  for (let i = 1; i < nodeCount; i++) {
    const start = Math.floor(i / communitySize) * communitySize;
    if (i === start) push(i, Math.floor(random() * i));
    else push(i, start + Math.floor(Math.pow(random(), 2) * (i - start)));
  }
  let guard = 0;
  while (edges.length < edgeCount && guard++ < edgeCount * 10) {
    const a = Math.floor(random() * nodeCount);
    const start = Math.floor(a / communitySize) * communitySize;
    const inside = random() < 0.9;
    const b = inside ? start + Math.floor(random() * Math.min(communitySize, nodeCount - start)) : Math.floor(random() * nodeCount);
    push(a, b);
  }
  return { nodes, edges };
}
