// GET /api/nodes/:id/neighbours: a breadth-first expansion, one query per depth carrying ids and labels only, then one
// query for the nodes the answer keeps. Sentences and articles are reached but never expanded through: from an
// actor, depth 2 through a sentence would be every word of the article.
import type { Database } from '../db/database.ts';
import type { GraphEdge, Neighbourhood, NodeType } from '../api/dto.ts';
import { addUnique, toGraphEdge, type EdgeMap } from './graph-elements.ts';
import { selectNeighbourhood, type FoundNode } from './neighbourhood.ts';
import { getNodesById } from './node.repository.ts';
import { int } from './query-params.ts';
import { idsByLabel } from './ids-by-label.ts';

const STEP_ROWS = 5_000;
const MAX_FRONTIER = 1_000;

export async function expandNeighbours(
  db: Database,
  id: string,
  options: { depth: number; types: NodeType[]; limit: number },
): Promise<Neighbourhood | null> {
  const found = new Map<string, FoundNode>([[id, { id, labels: [], depth: 0 }]]);
  const edges = new Map<string, GraphEdge>();
  let stepTruncated = false;
  let frontier = [id];
  for (let depth = 1; depth <= options.depth && frontier.length > 0; depth++) {
    if (frontier.length > MAX_FRONTIER) stepTruncated = true;
    const rows = await step(db, frontier.slice(0, MAX_FRONTIER));
    if (rows.length >= STEP_ROWS) stepTruncated = true;
    const next: string[] = [];
    for (const row of rows) {
      addUnique(edges, row.edge);
      if (found.has(row.id)) continue;
      found.set(row.id, { id: row.id, labels: row.labels, depth });
      if (!row.labels.includes('Sentence') && !row.labels.includes('Article')) next.push(row.id);
    }
    frontier = next;
  }

  const selection = selectNeighbourhood({ centerId: id, found: [...found.values()], edges: [...edges.values()], ...options, stepTruncated });
  const nodes = await getNodesById(db, selection.ids);
  const center = nodes.get(id);
  if (!center) return null;
  return {
    center: id,
    nodes: selection.ids.map((i) => nodes.get(i)).filter((n) => n !== undefined),
    edges: selection.edges,
    beyond: selection.beyond,
    truncated: selection.truncated,
  };
}

async function step(db: Database, ids: string[]): Promise<{ id: string; labels: string[]; edge: GraphEdge }[]> {
  const result = await db.read('read/expand-neighbours', { ...idsByLabel(ids), limit: int(STEP_ROWS) });
  return result.records.map((r) => ({ id: String(r.get('id')), labels: r.get('labels') as string[], edge: toGraphEdge(r.get('edge') as EdgeMap) }));
}
