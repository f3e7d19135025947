// API graph (GraphNode/GraphEdge from server/api/dto.ts) → Cytoscape element definitions. Pure: the same answer
// always yields the same elements, so the view can merge expansions by id and unit tests check it without a browser.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../../server/api/dto.ts';

export const NODE_TYPES = ['actor', 'event', 'statement', 'sentence', 'place', 'article'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface GraphInput {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The node's type from its id prefix ("actor:…"). */
export function nodeTypeOf(id: string): NodeType | 'other' {
  const prefix = id.slice(0, id.indexOf(':'));
  return (NODE_TYPES as readonly string[]).includes(prefix) ? (prefix as NodeType) : 'other';
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Stance -1 (conflict) … +1 (cooperation) to a colour on a red – grey – green scale; null is neutral grey. */
export function stanceColor(stance: number | null | undefined): string {
  if (stance === null || stance === undefined || Number.isNaN(stance)) return '#8a8f98';
  const s = Math.max(-1, Math.min(1, stance));
  const grey = [138, 143, 152];
  const end = s < 0 ? [214, 39, 40] : [26, 152, 80];
  const mix = grey.map((g, i) => Math.round(g + ((end[i] ?? g) - g) * Math.abs(s)));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Event types of a projected relation, most frequent first ({ THREAT: 2, VISIT: 1 } → ['THREAT', 'VISIT']). */
export function eventTypesOf(properties: Record<string, unknown>): string[] {
  const raw = properties.eventTypes;
  if (Array.isArray(raw)) return raw.filter((t): t is string => typeof t === 'string');
  if (typeof raw !== 'object' || raw === null) return [];
  return Object.entries(raw as Record<string, unknown>)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type]) => type);
}

const words = (type: string) => type.toLowerCase().replace(/_/g, ' ');

/** What an edge says on the canvas: a projected relation names its event types, a real one its type. */
export function edgeLabel(edge: GraphEdge): string {
  const types = edge.type === 'RELATED' ? eventTypesOf(edge.properties) : [];
  if (types.length === 0) return words(edge.type === 'RELATED' ? 'related' : edge.type);
  const shown = types.slice(0, 2).map(words).join(', ');
  return types.length > 2 ? `${shown} +${types.length - 2}` : shown;
}

const numberOr = (value: unknown, fallback: number | null) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const stringOr = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);

export function edgeElement(edge: GraphEdge): ElementDefinition {
  const stance = numberOr(edge.properties.stance, null);
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      relType: edge.type,
      label: edgeLabel(edge),
      count: numberOr(edge.properties.count, 1),
      stance,
      color: stanceColor(stance),
      eventTypes: eventTypesOf(edge.properties),
      evidenceIds: stringList(edge.properties.evidenceIds),
      sentenceIds: stringList(edge.properties.sentenceIds),
    },
  };
}

export function nodeElement(node: GraphNode, degree: number): ElementDefinition {
  const nodeType = nodeTypeOf(node.id);
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: truncate(node.label || node.id, 40),
      nodeType,
      kind: node.kind,
      degree,
      // Node size for the big-graph sheet (8–30 px by degree), precomputed so styling does no mapping per node.
      size: Math.round(8 + (22 * Math.min(degree, 12)) / 12),
      date: stringOr(node.properties.date),
      eventType: nodeType === 'event' ? stringOr(node.properties.type) : null,
    },
    classes: nodeType === node.kind ? nodeType : `${nodeType} ${node.kind}`,
  };
}

/**
 * Nodes and edges, deduplicated by id. Edges whose ends are neither in the answer nor in `known` (already on the
 * canvas) are dropped: Cytoscape refuses dangling edges. Degree counts the edges of this answer.
 */
export function toElements(graph: GraphInput, known: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const has = (id: string) => nodeIds.has(id) || known.has(id);
  const edges = new Map<string, GraphEdge>();
  for (const edge of graph.edges) {
    if (!edges.has(edge.id) && has(edge.source) && has(edge.target)) edges.set(edge.id, edge);
  }
  const degree = new Map<string, number>();
  for (const e of edges.values()) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes = new Map<string, ElementDefinition>();
  for (const node of graph.nodes) {
    if (!nodes.has(node.id)) nodes.set(node.id, nodeElement(node, degree.get(node.id) ?? 0));
  }
  return [...nodes.values(), ...[...edges.values()].map(edgeElement)];
}
