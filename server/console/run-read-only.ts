// Runs one Cypher statement so that it cannot change anything: a READ access-mode session (the database refuses
// writes), EXPLAIN first with the query type required to be "r", a transaction timeout enforced by Neo4j, a row cap
// with a truncation flag, and a rollback at the end. Used by the console and by the named read queries.
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { QueryResult } from '../api/console-dto.ts';
import { toJson, type Json } from '../db/to-json.ts';
import { collectGraph } from './collect-graph.ts';
import { forbidden } from './console-policy.ts';

export interface ReadOnlyLimits {
  database: string;
  timeoutMs: number;
  maxRows: number;
}

interface PlanLike {
  operatorType: string;
  children: PlanLike[];
}

// Operators that read outside the graph or commit on their own, should a query get past the text checks.
const FORBIDDEN_OPERATORS = [/^LoadCSV/i, /^Transaction(Apply|Foreach)/i];

export async function runReadOnly(driver: Driver, query: string, params: Record<string, unknown>, limits: ReadOnlyLimits): Promise<QueryResult> {
  const session = driver.session({ database: limits.database, defaultAccessMode: neo4j.session.READ });
  const startedAt = performance.now();
  try {
    const tx = await session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'newsgraph-console' } });
    try {
      const explained = await tx.run(`EXPLAIN ${query}`, params);
      const queryType = explained.summary.queryType;
      if (queryType !== 'r') {
        throw forbidden('READ_ONLY', 'The console runs read-only queries; this one would write or change the schema.', { queryType });
      }
      const operator = findOperator(explained.summary.plan === false ? null : (explained.summary.plan as PlanLike));
      if (operator) throw forbidden('FORBIDDEN_CLAUSE', `The console does not run ${operator}.`);

      const result = tx.run(query, params);
      const keys = await result.keys();
      const records: Neo4jRecord[] = [];
      let truncated = false;
      for await (const record of result) {
        if (records.length === limits.maxRows) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      const values = records.map((r) => keys.map((k) => r.get(k)));
      return {
        columns: [...keys].map(String),
        rows: values.map((row) => Object.fromEntries(row.map((v, i) => [String(keys[i]), toJson(v)])) as Record<string, Json>),
        graph: collectGraph(values.flat()),
        summary: {
          queryType,
          rowCount: records.length,
          truncated,
          maxRows: limits.maxRows,
          elapsedMs: Math.round((performance.now() - startedAt) * 10) / 10,
        },
      };
    } finally {
      // Nothing to keep: a read-only transaction ends by rolling back (also stops a query cut at the row cap).
      if (tx.isOpen()) await tx.rollback().catch(() => {});
    }
  } finally {
    await session.close();
  }
}

function findOperator(plan: PlanLike | null): string | null {
  if (!plan) return null;
  if (FORBIDDEN_OPERATORS.some((p) => p.test(plan.operatorType))) return plan.operatorType.replace(/@.*$/, '');
  for (const child of plan.children ?? []) {
    const found = findOperator(child);
    if (found) return found;
  }
  return null;
}

/** JSON params → Cypher values: whole numbers become Integers, so `LIMIT $n` works as a user expects. */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
