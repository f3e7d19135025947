// GET /api/nodes/:id/neighbours: a breadth-first expansion, one query per depth. Sentences and articles are reached
// but never expanded through: from an actor, depth 2 through a sentence would be every word of the article.
import type { Database } from '../db/database.ts';
import type { GraphEdge, GraphNode, Neighbourhood, NodeType } from '../api/dto.ts';
import { addUnique, asNode, toGraphEdge, toGraphNode, type EdgeMap } from './graph-elements.ts';
import { selectNeighbourhood, type FoundNode } from './neighbourhood.ts';
import { getNodesById } from './node.repository.ts';
import { int } from './query-params.ts';

const STEP_ROWS = 5_000;
const MAX_FRONTIER = 1_000;

export async function expandNeighbours(
  db: Database,
  id: string,
  options: { depth: number; types: NodeType[]; limit: number },
): Promise<Neighbourhood | null> {
  const [centers, firstStep] = await Promise.all([getNodesById(db, [id]), step(db, [id])]);
  const center = centers.get(id);
  if (!center) return null;

  const found = new Map<string, FoundNode>([[id, { node: center, depth: 0 }]]);
  const edges = new Map<string, GraphEdge>();
  let stepTruncated = false;
  let rows = firstStep;
  for (let depth = 1; depth <= options.depth; depth++) {
    if (depth > 1) {
      const frontier = [...found.values()].filter((f) => f.depth === depth - 1 && isExpandable(f.node)).map((f) => f.node.id);
      if (frontier.length === 0) break;
      if (frontier.length > MAX_FRONTIER) stepTruncated = true;
      rows = await step(db, frontier.slice(0, MAX_FRONTIER));
    }
    if (rows.length >= STEP_ROWS) stepTruncated = true;
    for (const row of rows) {
      addUnique(edges, row.edge);
      if (!found.has(row.node.id)) found.set(row.node.id, { node: row.node, depth });
    }
  }
  return selectNeighbourhood({ center, found: [...found.values()], edges: [...edges.values()], ...options, stepTruncated });
}

function isExpandable(node: GraphNode): boolean {
  return !node.labels.includes('Sentence') && !node.labels.includes('Article');
}

async function step(db: Database, ids: string[]): Promise<{ node: GraphNode; edge: GraphEdge }[]> {
  const result = await db.read('read/expand-neighbours', { ids, limit: int(STEP_ROWS) });
  return result.records.map((r) => ({ node: toGraphNode(asNode(r.get('node'))), edge: toGraphEdge(r.get('edge') as EdgeMap) }));
}
