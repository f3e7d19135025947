// Gathers every node and relationship found anywhere in a result (in lists, maps, paths) into one GraphData, so the
// console can draw whatever a user returned. Relationships whose ends were not returned are left out: Cytoscape
// cannot draw an edge to a missing node. Node ids are the `id` property when there is one, else the elementId.
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import type { GraphData, GraphEdge, GraphNode } from '../api/dto.ts';
import { propertiesToJson } from '../db/to-json.ts';
import { edgeId, toGraphNode } from '../graph/graph-elements.ts';

export function collectGraph(values: readonly unknown[]): GraphData {
  const nodes = new Map<string, GraphNode>(); // by elementId
  const relationships = new Map<string, Relationship>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || depth > 20) return;
    if (isNode(value)) addNode(nodes, value);
    else if (isRelationship(value)) relationships.set(value.elementId, value);
    else if (isPath(value)) {
      addNode(nodes, value.start);
      for (const segment of value.segments) {
        addNode(nodes, segment.end);
        relationships.set(segment.relationship.elementId, segment.relationship);
      }
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (Object.getPrototypeOf(value) === Object.prototype) Object.values(value).forEach((v) => visit(v, depth + 1));
  };
  values.forEach((v) => visit(v, 0));

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const rel of relationships.values()) {
    const source = nodes.get(rel.startNodeElementId);
    const target = nodes.get(rel.endNodeElementId);
    if (!source || !target) continue;
    const properties = propertiesToJson(rel.properties);
    const id = edgeId(source.id, rel.type, target.id, properties['start']);
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: source.id, target: target.id, type: rel.type, properties });
  }
  return { nodes: [...nodes.values()], edges };
}

function addNode(into: Map<string, GraphNode>, node: Node): void {
  if (!into.has(node.elementId)) into.set(node.elementId, toGraphNode(node));
}
