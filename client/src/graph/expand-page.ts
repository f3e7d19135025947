// What expanding a node would add, before anything is added: of the node's neighbours (nearest and semantic first, as
// the API orders them) those not yet on the canvas, counted per type for the preview ("12 events, 4 statements"),
// and the next page of them with the edges that tie them to the canvas. Pure, so it is unit-tested without a browser.
import type { GraphEdge, GraphNode, Neighbourhood } from '../../../server/api/dto.ts';
import { nodeTypeOf, type GraphInput } from './to-elements.ts';

export interface ExpandPreview {
  /** Neighbours not on the canvas, per node type (including those the API left out past its limit). */
  byType: Record<string, number>;
  total: number;
}

export function previewOf(hood: Pick<Neighbourhood, 'center' | 'nodes' | 'beyond'>, onCanvas: ReadonlySet<string>): ExpandPreview {
  const byType: Record<string, number> = {};
  for (const node of hood.nodes) {
    if (node.id === hood.center || onCanvas.has(node.id)) continue;
    const type = nodeTypeOf(node.id);
    byType[type] = (byType[type] ?? 0) + 1;
  }
  for (const [type, n] of Object.entries(hood.beyond.byType)) byType[type] = (byType[type] ?? 0) + n;
  return { byType, total: Object.values(byType).reduce((a, b) => a + b, 0) };
}

/** "12 events, 4 statements" (types with none are left out). */
export function describeCounts(byType: Record<string, number>): string {
  return Object.entries(byType)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${type}${n === 1 ? '' : 's'}`)
    .join(', ');
}

/** The next `page` neighbours not on the canvas, the edges joining them to the centre or the canvas, and what remains. */
export function nextPage(hood: Pick<Neighbourhood, 'center' | 'nodes' | 'edges' | 'beyond'>, onCanvas: ReadonlySet<string>, page: number): { graph: GraphInput; remaining: ExpandPreview } {
  const fresh = hood.nodes.filter((n) => n.id !== hood.center && !onCanvas.has(n.id));
  const picked: GraphNode[] = fresh.slice(0, page);
  const pickedIds = new Set(picked.map((n) => n.id));
  const reachable = (id: string) => pickedIds.has(id) || onCanvas.has(id) || id === hood.center;
  const edges: GraphEdge[] = hood.edges.filter((e) => (pickedIds.has(e.source) || pickedIds.has(e.target)) && reachable(e.source) && reachable(e.target));
  const center = hood.nodes.find((n) => n.id === hood.center);
  const nodes = center && !onCanvas.has(center.id) ? [center, ...picked] : picked;
  return { graph: { nodes, edges }, remaining: previewOf(hood, new Set([...onCanvas, ...pickedIds])) };
}
