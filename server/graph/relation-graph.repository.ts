// GET /api/graph: the actor relationship view. The query projects actor pairs; this file turns each pair into an
// edge with counts per event type, stance and de-duplicated evidence, and keeps recent answers (see cachedRelationGraph).
import type { Integer } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { toJson } from '../db/to-json.ts';
import type { GraphNode, RelationGraph } from '../api/dto.ts';
import { addUnique, asNode, edgeId, toGraphNode } from './graph-elements.ts';
import { int, isoDateParam } from './query-params.ts';
import { stanceOf } from './stance.ts';
import { createVersionedCache } from './versioned-cache.ts';
import { createGate } from './gate.ts';

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

/**
 * The relationship view as JSON text, from a cache of recent answers. The view aggregates every event and statement
 * of the graph (seconds at 100k nodes), so it is computed once per query and graph version and shared by everyone
 * asking meanwhile. The version is the count store's node and relationship totals (constant time): an article load
 * that adds or removes anything changes it, so the next request recomputes. A change that keeps every count (an
 * article re-loaded with only a property changed) is seen when the entry expires, after `ttlMs`. At most
 * `computing` views are computed at once (each holds tens of megabytes of Neo4j's transaction memory).
 */
export function cachedRelationGraph(
  db: Database,
  options = { maxEntries: 32, ttlMs: 30_000, computing: 2 },
): (query: RelationQuery) => Promise<string> {
  const cache = createVersionedCache<string>(options);
  const gate = createGate(options.computing);
  return async (query) => {
    const version = await graphVersion(db);
    return cache.get(relationQueryKey(query), version, () => gate.run(async () => JSON.stringify(await getRelationGraph(db, query))));
  };
}

async function graphVersion(db: Database): Promise<string> {
  const result = await db.read<{ nodes: Integer; relationships: Integer }>('read/count-graph');
  const record = result.records[0];
  return record ? `${record.get('nodes').toString()}/${record.get('relationships').toString()}` : 'empty';
}

/** Equal for queries that ask the same thing (list order does not matter). Pure. */
export function relationQueryKey(query: RelationQuery): string {
  return JSON.stringify([[...query.kinds].sort(), [...query.eventTypes].sort(), query.from ?? null, query.to ?? null, query.limit]);
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

// Natural order ("sentence:a:2" before "sentence:a:10"), so the answer does not depend on the order Neo4j matched in.
const byNaturalOrder = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Evidence counted once per event or statement; evidence and sentence ids de-duplicated and in natural order, so
 * equal graphs give equal answers however the query's matches came back. Pure.
 */
export function relationProperties(rel: RawRelation) {
  const byEvidence = new Map<string, string>();
  rel.evidenceIds.forEach((id, i) => {
    if (!byEvidence.has(id)) byEvidence.set(id, rel.types[i] ?? 'OTHER');
  });
  const types = [...byEvidence.values()];
  const eventTypes: Record<string, number> = {};
  for (const t of types) eventTypes[t] = (eventTypes[t] ?? 0) + 1;
  const sentenceIds = [...new Set(rel.sentenceIdLists.flat().filter((s): s is string => typeof s === 'string'))].sort(byNaturalOrder);
  return { count: types.length, eventTypes, stance: stanceOf(types), sentenceIds, evidenceIds: [...byEvidence.keys()].sort(byNaturalOrder) };
}
