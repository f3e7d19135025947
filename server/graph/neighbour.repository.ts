// GET /api/nodes/:id/neighbours: one statement (read/expand-neighbours) walks breadth-first from the node, keeps the
// nearest `limit` nodes, and returns them with the relationships among them and per-type counts of what it left
// out. One round trip, and only the kept nodes' properties leave Neo4j: a hub's thousands of neighbours travel as
// counts. Sentences and articles are reached but never expanded through: from an actor, depth 2 through a sentence
// would be every word of the article.
import type { Database } from '../db/database.ts';
import type { GraphEdge, Neighbourhood, NodeType } from '../api/dto.ts';
import { addUnique, edgeFromList, nodeFromList, toGraphEdge, toGraphNode } from './graph-elements.ts';
import { int } from './query-params.ts';
import { idsByLabel } from './ids-by-label.ts';
import { beyondByType, stepWasCut } from './neighbourhood.ts';

const STEP_ROWS = 5_000;
const MAX_FRONTIER = 1_000;

export async function expandNeighbours(
  db: Database,
  id: string,
  options: { depth: number; types: NodeType[]; limit: number },
): Promise<Neighbourhood | null> {
  const result = await db.read('read/expand-neighbours', {
    ...idsByLabel([id]),
    depth: int(options.depth),
    types: options.types,
    limit: int(options.limit),
    stepRows: int(STEP_ROWS),
    maxFrontier: int(MAX_FRONTIER),
  });
  const record = result.records[0];
  if (!record) return null;
  const edges = new Map<string, GraphEdge>();
  for (const edge of record.get('edges') as unknown[]) addUnique(edges, toGraphEdge(edgeFromList(edge)));
  const beyond = beyondByType(record.get('beyond') as [string, unknown][]);
  const stepTruncated = stepWasCut(record.get('stepRows') as unknown[], record.get('frontierSizes') as unknown[], {
    stepRows: STEP_ROWS,
    maxFrontier: MAX_FRONTIER,
  });
  return {
    center: id,
    nodes: (record.get('nodes') as unknown[]).map((n) => toGraphNode(nodeFromList(n))),
    edges: [...edges.values()],
    beyond,
    truncated: beyond.total > 0 || stepTruncated,
  };
}
