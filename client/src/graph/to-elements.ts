// DTO → Cytoscape element definitions. Pure: the same answer from the API always yields the same elements, so the
// view can merge expansions by id and tests can check styling data without a browser.
import type { ElementDefinition } from 'cytoscape';
import type { EdgeDto, GraphDto, NodeDto } from '../api-types.ts';

export const ACTOR_KIND_CLASSES = ['person', 'state', 'organization', 'military', 'media', 'group'] as const;
export const NODE_TYPES = ['actor', 'event', 'statement', 'sentence', 'place', 'article'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface NodeData {
  id: string;
  label: string;
  nodeType: NodeType | 'other';
  kind: string;
  degree: number;
  date: string | null;
  eventType: string | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relType: string;
  label: string;
  count: number;
  stance: number | null;
  color: string;
  eventTypes: string[];
}

const prop = (node: NodeDto, key: string): unknown => (node as unknown as Record<string, unknown>)[key] ?? node.properties?.[key];
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** The node's type from its id prefix ("actor:…"), falling back to its labels. */
export function nodeTypeOf(node: NodeDto): NodeType | 'other' {
  const prefix = node.id.slice(0, node.id.indexOf(':'));
  if ((NODE_TYPES as readonly string[]).includes(prefix)) return prefix as NodeType;
  const labels = (node.labels ?? (node.label ? [node.label] : [])).map((l) => l.toLowerCase());
  return NODE_TYPES.find((t) => labels.includes(t)) ?? 'other';
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** What a node shows as its caption: a name, an event's type and date, the start of a quote. */
export function captionOf(node: NodeDto): string {
  const name = str(prop(node, 'name')) ?? str(prop(node, 'title'));
  if (name) return truncate(name, 40);
  const type = str(prop(node, 'type'));
  if (type) {
    const date = str(prop(node, 'date'));
    return date ? `${type} ${date}` : type;
  }
  const text = str(prop(node, 'text')) ?? str(prop(node, 'summary'));
  if (text) return truncate(text, 36);
  return node.id;
}

/** Stance -1 (conflict) … +1 (cooperation) to a colour on a red – grey – green scale; null is neutral grey. */
export function stanceColor(stance: number | null | undefined): string {
  if (stance === null || stance === undefined || Number.isNaN(stance)) return '#8a8f98';
  const s = Math.max(-1, Math.min(1, stance));
  const grey: [number, number, number] = [138, 143, 152];
  const end: [number, number, number] = s < 0 ? [214, 39, 40] : [26, 152, 80];
  const t = Math.abs(s);
  const mix = grey.map((g, i) => Math.round(g + ((end[i] ?? g) - g) * t));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function edgeEnds(edge: EdgeDto): [string, string] | null {
  const source = edge.source ?? edge.from;
  const target = edge.target ?? edge.to;
  return source && target ? [source, target] : null;
}

export function edgeIdOf(edge: EdgeDto): string | null {
  const ends = edgeEnds(edge);
  if (!ends) return null;
  return edge.id ?? `${edge.type ?? 'REL'}|${ends[0]}|${ends[1]}`;
}

function edgeLabel(edge: EdgeDto, eventTypes: string[]): string {
  if (eventTypes.length > 0) {
    const shown = eventTypes.slice(0, 2).map((t) => t.toLowerCase().replace(/_/g, ' ')).join(', ');
    return eventTypes.length > 2 ? `${shown} +${eventTypes.length - 2}` : shown;
  }
  return (edge.type ?? '').toLowerCase().replace(/_/g, ' ');
}

export function toEdgeData(edge: EdgeDto): EdgeData | null {
  const ends = edgeEnds(edge);
  const id = edgeIdOf(edge);
  if (!ends || !id) return null;
  const eventTypes = edge.eventTypes ?? (Array.isArray(edge.properties?.eventTypes) ? (edge.properties.eventTypes as string[]) : []);
  const stanceRaw = edge.stance ?? edge.properties?.stance;
  const stance = typeof stanceRaw === 'number' ? stanceRaw : null;
  const countRaw = edge.count ?? edge.properties?.count;
  return {
    id,
    source: ends[0],
    target: ends[1],
    relType: edge.type ?? 'RELATED',
    label: edgeLabel(edge, eventTypes),
    count: typeof countRaw === 'number' ? countRaw : 1,
    stance,
    color: stanceColor(stance),
    eventTypes,
  };
}

/** Nodes and edges; edges whose ends are not in the answer (nor in `known`) are dropped, degrees counted here. */
export function toElements(graph: GraphDto, known: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edges: EdgeData[] = [];
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    const data = toEdgeData(edge);
    if (!data || seen.has(data.id)) continue;
    const has = (id: string) => nodeIds.has(id) || known.has(id);
    if (!has(data.source) || !has(data.target)) continue;
    seen.add(data.id);
    edges.push(data);
  }
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes = new Map<string, ElementDefinition>();
  for (const node of graph.nodes) {
    if (nodes.has(node.id)) continue;
    const nodeType = nodeTypeOf(node);
    const kind = str(prop(node, 'kind')) ?? nodeType;
    const data: NodeData = {
      id: node.id,
      label: captionOf(node),
      nodeType,
      kind,
      degree: typeof node.degree === 'number' ? node.degree : (degree.get(node.id) ?? 0),
      date: str(prop(node, 'date')),
      eventType: nodeType === 'event' ? str(prop(node, 'type')) : null,
    };
    nodes.set(node.id, { group: 'nodes', data: { ...data }, classes: [nodeType, kind].join(' ') });
  }
  return [...nodes.values(), ...edges.map((data): ElementDefinition => ({ group: 'edges', data: { ...data } }))];
}
