// Driver values stop here: Integer, temporal types, Node, Relationship and Path become plain JSON. Integers that fit
// in a double become numbers; larger ones become strings, so no client ever sees a silently rounded id or count.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, isPoint, isNode, isRelationship, isPath, type Integer } from 'neo4j-driver';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface JsonNode {
  elementId: string;
  labels: string[];
  properties: Record<string, Json>;
}
export interface JsonRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, Json>;
}
export interface JsonPath {
  nodes: JsonNode[];
  relationships: JsonRelationship[];
}

// An Integer whose high 32 bits lie strictly between -2^21 and 2^21 is within ±(2^53 - 2^32), safely a double. That
// test is two comparisons; inSafeRange builds Integers and subtracts them (about 0.3 µs per value, ~100 values in a
// 2-hop expansion), so it is left for the rare integer near or beyond 2^53.
const SAFE_HIGH_BITS = 0x200000;

export function integerToJson(value: Integer): number | string {
  if (value.high > -SAFE_HIGH_BITS && value.high < SAFE_HIGH_BITS) return value.toNumber();
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

export function propertiesToJson(properties: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  // Object.keys rather than Object.entries: no [key, value] pair allocated per property of every node and edge.
  for (const key of Object.keys(properties)) out[key] = toJson(properties[key]);
  return out;
}

export function nodeToJson(node: { elementId: string; labels: string[]; properties: Record<string, unknown> }): JsonNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: propertiesToJson(node.properties) };
}

export function relationshipToJson(rel: {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}): JsonRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: propertiesToJson(rel.properties),
  };
}

export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return integerToJson(value);
  // Lists before the driver's type checks: they are the commonest non-primitive in property maps (sentence ids,
  // aliases), and each of the ten checks below is a property lookup that a list never passes.
  if (Array.isArray(value)) return value.map(toJson);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: toJson(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (isNode(value)) return nodeToJson(value) as unknown as Json;
  if (isRelationship(value)) return relationshipToJson(value) as unknown as Json;
  if (isPath(value)) {
    const path: JsonPath = {
      nodes: [nodeToJson(value.start), ...value.segments.map((s) => nodeToJson(s.end))],
      relationships: value.segments.map((s) => relationshipToJson(s.relationship)),
    };
    return path as unknown as Json;
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v);
    return out;
  }
  return String(value);
}
