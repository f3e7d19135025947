// Picks what an expansion returns from everything its breadth-first steps found: nearest first, the semantic nodes
// (actors, events, …) before the provenance nodes (sentences, articles), at most `limit`, and counts per node type of
// what was left out, so a client can say "12 more events, 40 more sentences" before loading them. Pure.
import type { GraphEdge, GraphNode, Neighbourhood, NodeType } from '../api/dto.ts';

const TYPE_ORDER: readonly string[] = ['actor', 'event', 'statement', 'place', 'article', 'sentence'];

export interface FoundNode {
  node: GraphNode;
  depth: number;
}

/** The node type used by the `types` filter and the per-type counts. */
export function nodeTypeOfNode(node: GraphNode): string {
  return node.labels.includes('Actor') ? 'actor' : node.kind;
}

export function selectNeighbourhood(input: {
  center: GraphNode;
  found: readonly FoundNode[];
  edges: readonly GraphEdge[];
  types: readonly NodeType[];
  limit: number;
  stepTruncated: boolean;
}): Neighbourhood {
  const wanted = (n: GraphNode) => input.types.length === 0 || (input.types as readonly string[]).includes(nodeTypeOfNode(n));
  const rank = (n: GraphNode) => {
    const i = TYPE_ORDER.indexOf(nodeTypeOfNode(n));
    return i === -1 ? TYPE_ORDER.length : i;
  };
  const candidates = input.found
    .filter((f) => f.node.id !== input.center.id && wanted(f.node))
    .sort((a, b) => a.depth - b.depth || rank(a.node) - rank(b.node) || a.node.id.localeCompare(b.node.id));
  const included = candidates.slice(0, input.limit).map((f) => f.node);
  const left = candidates.slice(input.limit);
  const byType: Record<string, number> = {};
  for (const f of left) {
    const type = nodeTypeOfNode(f.node);
    byType[type] = (byType[type] ?? 0) + 1;
  }
  const nodes = [input.center, ...included];
  const ids = new Set(nodes.map((n) => n.id));
  const edges = input.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return {
    center: input.center.id,
    nodes,
    edges,
    beyond: { total: left.length, byType },
    truncated: left.length > 0 || input.stepTruncated,
  };
}
