// GET /api/graph: the actor relationship view. The query projects actor pairs; this file turns each pair into an
// edge with counts per event type, stance and de-duplicated evidence.
import type { Database } from '../db/database.ts';
import { toJson } from '../db/to-json.ts';
import type { GraphNode, RelationGraph } from '../api/dto.ts';
import { addUnique, asNode, edgeId, toGraphNode } from './graph-elements.ts';
import { int, isoDateParam } from './query-params.ts';
import { stanceOf } from './stance.ts';

export interface RelationQuery {
  kinds: string[];
  eventTypes: string[];
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

interface RawRelation {
  types: string[];
  evidenceIds: string[];
  sentenceIdLists: unknown[][];
}

export async function getRelationGraph(db: Database, query: RelationQuery): Promise<RelationGraph> {
  const result = await db.read('read/get-relation-graph', {
    kinds: query.kinds,
    eventTypes: query.eventTypes,
    from: isoDateParam(query.from),
    to: isoDateParam(query.to),
    limit: int(query.limit),
  });
  const first = result.records[0];
  if (!first) return { nodes: [], edges: [], total: 0, truncated: false };
  const total = Number(toJson(first.get('total')));
  const nodes = new Map<string, GraphNode>();
  const edges = result.records.map((record) => {
    const a = toGraphNode(asNode(record.get('a1')));
    const b = toGraphNode(asNode(record.get('a2')));
    addUnique(nodes, a);
    addUnique(nodes, b);
    const rel: RawRelation = { types: record.get('types'), evidenceIds: record.get('evidenceIds'), sentenceIdLists: record.get('sentenceIdLists') };
    return { id: edgeId(a.id, 'RELATED', b.id), source: a.id, target: b.id, type: 'RELATED' as const, properties: relationProperties(rel) };
  });
  return { nodes: [...nodes.values()], edges, total, truncated: total > edges.length };
}

/** Evidence counted once per event or statement; sentence ids de-duplicated in first-seen order. Pure. */
export function relationProperties(rel: RawRelation) {
  const byEvidence = new Map<string, string>();
  rel.evidenceIds.forEach((id, i) => {
    if (!byEvidence.has(id)) byEvidence.set(id, rel.types[i] ?? 'OTHER');
  });
  const types = [...byEvidence.values()];
  const eventTypes: Record<string, number> = {};
  for (const t of types) eventTypes[t] = (eventTypes[t] ?? 0) + 1;
  const sentenceIds = [...new Set(rel.sentenceIdLists.flat().filter((s): s is string => typeof s === 'string'))];
  return { count: types.length, eventTypes, stance: stanceOf(types), sentenceIds, evidenceIds: [...byEvidence.keys()] };
}
