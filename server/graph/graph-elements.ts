// Driver nodes and relationship maps → the API's GraphNode/GraphEdge. Node ids are our `id` property, edge ids are
// derived from their ends so the same relationship gets the same id in every response (the client merges by id).
import { isNode } from 'neo4j-driver';
import { propertiesToJson, toJson } from '../db/to-json.ts';
import type { GraphEdge, GraphNode } from '../api/dto.ts';

const PRIMARY_LABELS = ['Actor', 'Event', 'Statement', 'Place', 'Sentence', 'Article'] as const;
const LABEL_TEXT_MAX = 80;

export interface NodeLike {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface EdgeMap {
  source: unknown;
  target: unknown;
  type: unknown;
  properties: unknown;
}

/** The node type of a node: actor, event, statement, place, sentence, article (or the first label, lower-cased). */
export function nodeTypeOf(labels: readonly string[]): string {
  const primary = PRIMARY_LABELS.find((l) => labels.includes(l)) ?? labels[0] ?? 'node';
  return primary.toLowerCase();
}

export function displayLabel(properties: Record<string, unknown>, fallback: string): string {
  const candidates = [properties['name'], properties['title'], properties['summary'], properties['text']];
  const text = candidates.find((c): c is string => typeof c === 'string' && c.trim().length > 0) ?? fallback;
  return text.length > LABEL_TEXT_MAX ? `${text.slice(0, LABEL_TEXT_MAX - 1)}…` : text;
}

export function toGraphNode(node: NodeLike, options: { keepArticleText?: boolean } = {}): GraphNode {
  const properties = propertiesToJson(node.properties);
  const id = typeof properties['id'] === 'string' ? properties['id'] : node.elementId;
  const type = nodeTypeOf(node.labels);
  // An article's full text can be tens of kilobytes; graph views only need its title. GET /api/articles/:id has it.
  if (type === 'article' && !options.keepArticleText) delete properties['text'];
  const kind = type === 'actor' && typeof properties['kind'] === 'string' ? properties['kind'] : type;
  return { id, labels: [...node.labels], kind, label: displayLabel(properties, id), properties };
}

export function asNode(value: unknown): NodeLike {
  if (!isNode(value)) throw new Error('expected a node in the query result');
  return value;
}

/**
 * A node a statement returned as [labels, properties, element id when it has no id property]: cheaper to ship and
 * decode than a driver Node (no element id, no internal id) when only these are needed.
 */
export function nodeFromList(value: unknown): NodeLike {
  if (!Array.isArray(value)) throw new Error('expected [labels, properties, elementId] in the query result');
  const [labels, properties, elementId] = value as [unknown, unknown, unknown];
  if (!Array.isArray(labels) || typeof properties !== 'object' || properties === null) {
    throw new Error('expected [labels, properties, elementId] in the query result');
  }
  return { labels: labels as string[], properties: properties as Record<string, unknown>, elementId: typeof elementId === 'string' ? elementId : '' };
}

/** A relationship a statement returned as [source id, target id, type, properties]: no map keys to ship and decode. */
export function edgeFromList(value: unknown): EdgeMap {
  if (!Array.isArray(value)) throw new Error('expected [source, target, type, properties] in the query result');
  const [source, target, type, properties] = value as [unknown, unknown, unknown, unknown];
  return { source, target, type, properties };
}

export function edgeId(source: string, type: string, target: string, start?: unknown): string {
  const base = `${source}|${type}|${target}`;
  return typeof start === 'number' || typeof start === 'string' ? `${base}|${start}` : base;
}

export function toGraphEdge(edge: EdgeMap): GraphEdge {
  const properties = propertiesToJson((edge.properties ?? {}) as Record<string, unknown>);
  const source = String(toJson(edge.source));
  const target = String(toJson(edge.target));
  const type = String(edge.type);
  return { id: edgeId(source, type, target, properties['start']), source, target, type, properties };
}

/** Adds to a map keyed by id, keeping the first: several rows often carry the same node or edge. */
export function addUnique<T extends { id: string }>(into: Map<string, T>, item: T): void {
  if (!into.has(item.id)) into.set(item.id, item);
}
