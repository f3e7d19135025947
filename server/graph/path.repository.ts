// GET /api/paths: all shortest paths between two nodes, as one graph plus the node and edge ids of each path.
import type { Database } from '../db/database.ts';
import type { GraphEdge, GraphNode, Paths } from '../api/dto.ts';
import { addUnique, asNode, toGraphEdge, toGraphNode, type EdgeMap } from './graph-elements.ts';
import { getNodesById } from './node.repository.ts';
import { int } from './query-params.ts';

export type PathsOutcome = { found: Paths } | { missing: string[] };

export async function findPaths(
  db: Database,
  query: { from: string; to: string; maxLength: number; limit: number },
): Promise<PathsOutcome> {
  const result = await db.read('read/find-shortest-paths', {
    from: query.from,
    to: query.to,
    maxLength: int(query.maxLength),
    limit: int(query.limit),
  });
  if (result.records.length === 0) {
    // No path, or no such node: only the second is a 404.
    const existing = await getNodesById(db, [query.from, query.to]);
    const missing = [query.from, query.to].filter((id) => !existing.has(id));
    if (missing.length > 0) return { missing };
  }
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const paths = result.records.map((r) => {
    const pathNodes = (r.get('nodes') as unknown[]).map((n) => toGraphNode(asNode(n)));
    const pathEdges = (r.get('edges') as EdgeMap[]).map(toGraphEdge);
    pathNodes.forEach((n) => addUnique(nodes, n));
    pathEdges.forEach((e) => addUnique(edges, e));
    return { length: pathEdges.length, nodeIds: pathNodes.map((n) => n.id), edgeIds: pathEdges.map((e) => e.id) };
  });
  return { found: { nodes: [...nodes.values()], edges: [...edges.values()], paths } };
}
