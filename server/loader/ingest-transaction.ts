// The work inside one article's write transaction. Batched mode (the loader's) sends the prune and two statements
// holding every node and every relationship (server/loader/ingest-statements.ts) at once: the driver pipelines them,
// so an article costs about one round trip plus the commit. Per-kind mode is the previous batched path, one
// statement per kind with all its rows (kept for the benchmark's before/after). Row-by-row mode (the naive
// baseline) sends the per-kind statements once per row and waits for each, as naive code does.
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { CypherRegistry } from '../db/cypher-registry.ts';
import type { IngestRows } from './ingest-rows.ts';
import { articleStatements } from './ingest-statements.ts';
import { ingestSteps, pruneParams, type IngestStep } from './ingest-steps.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

export type IngestMode = 'batched' | 'per-kind' | 'row-by-row';

export async function writeArticle(tx: ManagedTransaction, registry: CypherRegistry, rows: IngestRows, mode: IngestMode): Promise<WriteCounters> {
  const run = (name: IngestStep['name'], params: Record<string, unknown>) => tx.run(registry.statement(name), params);
  // Runs first (statements of one transaction execute in order): removes what a previous load of this article said
  // and the new document does not, and returns the shared nodes it was linked to, candidates for orphan removal.
  const before = run('write/prune-article-revision', pruneParams(rows));
  const steps = mode === 'batched' ? articleStatements(rows) : ingestSteps(rows);

  let total = emptyCounters();
  if (mode !== 'row-by-row') {
    const sent = steps.filter((s) => s.rows === null || s.rows.length > 0).map((s) => run(s.name, s.rows ? { ...s.params, rows: s.rows } : s.params));
    for (const result of await settleAll([before, ...sent])) total = addCounters(total, result.summary.counters.updates());
  } else {
    await before;
    for (const step of steps) {
      if (step.rows === null) total = addCounters(total, (await run(step.name, step.params)).summary.counters.updates());
      else for (const row of step.rows) total = addCounters(total, (await run(step.name, { ...step.params, rows: [row] })).summary.counters.updates());
    }
  }

  const candidates = ((await before).records[0]?.get('staleSharedIds') ?? []) as string[];
  if (candidates.length > 0) {
    const orphans = await run('write/delete-orphan-shared-nodes', {
      actorIds: candidates.filter((id) => id.startsWith('actor:')),
      placeIds: candidates.filter((id) => id.startsWith('place:')),
    });
    total = addCounters(total, orphans.summary.counters.updates());
  }
  return total;
}

/** Waits for every pipelined statement (so none rejects unhandled), then fails with the first error if any. */
async function settleAll(results: PromiseLike<QueryResult>[]): Promise<QueryResult[]> {
  const settled = await Promise.allSettled(results);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<QueryResult>).value);
}
