// GET /api/graph/full: every node of the wanted types (semantic nodes first, cut at a limit) and the relationships
// among them, in the one graph shape. The query returns relationships whose far end lies past the cut too; they are
// dropped here, where a Set makes the membership test cheap.
import type { Database } from '../db/database.ts';
import { toJson } from '../db/to-json.ts';
import type { GraphData, GraphEdge, NodeType } from '../api/dto.ts';
import { addUnique, asNode, toGraphEdge, toGraphNode, type EdgeMap } from './graph-elements.ts';
import { int } from './query-params.ts';

export interface FullGraphQuery {
  types: NodeType[];
  limit: number;
}

export interface FullGraph extends GraphData {
  /** Nodes of the wanted types in the database (before the limit). */
  total: number;
  /** True when nodes or relationships were left out by a cap. */
  truncated: boolean;
}

const LABEL_OF_TYPE: Record<NodeType, string> = {
  actor: 'Actor', event: 'Event', statement: 'Statement', place: 'Place', article: 'Article', sentence: 'Sentence',
};

/** Relationships at most, per node allowed: news graphs average 2–4 per node; the cap only stops a pathological hub. */
export const EDGES_PER_NODE = 8;

export async function getFullGraph(db: Database, query: FullGraphQuery): Promise<FullGraph> {
  const edgeLimit = query.limit * EDGES_PER_NODE;
  const result = await db.read('read/get-full-graph', {
    labels: query.types.map((t) => LABEL_OF_TYPE[t]),
    limit: int(query.limit),
    edgeLimit: int(edgeLimit),
  });
  const record = result.records[0];
  if (!record) return { nodes: [], edges: [], total: 0, truncated: false };
  const total = Number(toJson(record.get('total')));
  const nodes = (record.get('nodes') as unknown[]).map((n) => toGraphNode(asNode(n)));
  const rawEdges = record.get('edges') as EdgeMap[];
  return { nodes, ...keepInside(nodes.map((n) => n.id), rawEdges.map(toGraphEdge)), total, truncated: total > nodes.length || rawEdges.length >= edgeLimit };
}

/** The edges whose two ends are both among `nodeIds`, de-duplicated by id. Pure. */
export function keepInside(nodeIds: readonly string[], edges: readonly GraphEdge[]): { edges: GraphEdge[] } {
  const inside = new Set(nodeIds);
  const kept = new Map<string, GraphEdge>();
  for (const edge of edges) if (inside.has(edge.source) && inside.has(edge.target)) addUnique(kept, edge);
  return { edges: [...kept.values()] };
}
