// Picks what an expansion returns from everything its breadth-first steps found: nearest first, the semantic nodes
// (actors, events, …) before the provenance nodes (sentences, articles), at most `limit`, and counts per node type of
// what was left out, so a client can say "12 more events, 40 more sentences" before loading them. Pure.
import type { GraphEdge, NodeType } from '../api/dto.ts';
import { nodeTypeOf } from './graph-elements.ts';

const TYPE_ORDER: readonly string[] = ['actor', 'event', 'statement', 'place', 'article', 'sentence'];

export interface FoundNode {
  id: string;
  labels: string[];
  depth: number;
}

export interface Selection {
  ids: string[];
  edges: GraphEdge[];
  beyond: { total: number; byType: Record<string, number> };
  truncated: boolean;
}

export function selectNeighbourhood(input: {
  centerId: string;
  found: readonly FoundNode[];
  edges: readonly GraphEdge[];
  types: readonly NodeType[];
  limit: number;
  stepTruncated: boolean;
}): Selection {
  const wanted = (f: FoundNode) => input.types.length === 0 || (input.types as readonly string[]).includes(nodeTypeOf(f.labels));
  const rank = (f: FoundNode) => {
    const i = TYPE_ORDER.indexOf(nodeTypeOf(f.labels));
    return i === -1 ? TYPE_ORDER.length : i;
  };
  const candidates = input.found
    .filter((f) => f.id !== input.centerId && wanted(f))
    .sort((a, b) => a.depth - b.depth || rank(a) - rank(b) || a.id.localeCompare(b.id));
  const left = candidates.slice(input.limit);
  const byType: Record<string, number> = {};
  for (const f of left) {
    const type = nodeTypeOf(f.labels);
    byType[type] = (byType[type] ?? 0) + 1;
  }
  const ids = [input.centerId, ...candidates.slice(0, input.limit).map((f) => f.id)];
  const kept = new Set(ids);
  return {
    ids,
    edges: input.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    beyond: { total: left.length, byType },
    truncated: left.length > 0 || input.stepTruncated,
  };
}
