// The work inside one article's write transaction. Batched mode (the loader's) first sends
// write/create-new-article: an article the graph does not hold yet is written whole by that one statement. A known
// article (a re-load) then gets the prune and two statements merging every node and every relationship
// (server/loader/ingest-statements.ts), pipelined so they cost about one round trip. Merge mode runs that prune and
// merge path for every article, new or not: the previous batched path, kept for the benchmark's before/after.
// Row-by-row mode (the naive baseline) sends the per-kind statements once per row and waits for each, as naive
// code does.
import type { QueryResult } from 'neo4j-driver';
import type { CypherRegistry } from '../db/cypher-registry.ts';
import type { WriteTransaction } from '../db/database.ts';
import type { IngestRows } from './ingest-rows.ts';
import { newArticleParams } from './ingest-new-article.ts';
import { articleStatements } from './ingest-statements.ts';
import { ingestSteps, pruneParams, type IngestStep } from './ingest-steps.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

export type IngestMode = 'batched' | 'merge' | 'row-by-row';

export async function writeArticle(tx: WriteTransaction, registry: CypherRegistry, rows: IngestRows, mode: IngestMode): Promise<WriteCounters> {
  const run = (name: IngestStep['name'], params: Record<string, unknown>) => tx.run(registry.statement(name), params);
  let total = emptyCounters();
  if (mode === 'batched') {
    const created = await run('write/create-new-article', newArticleParams(rows));
    total = addCounters(total, created.summary.counters.updates());
    if (created.records.length > 0) return total;
  }

  // Runs first (statements of one transaction execute in order): removes what a previous load of this article said
  // and the new document does not, and returns the shared nodes it was linked to, candidates for orphan removal.
  const before = run('write/prune-article-revision', pruneParams(rows));
  if (mode !== 'row-by-row') {
    const sent = articleStatements(rows).map((s) => run(s.name, s.rows ? { ...s.params, rows: s.rows } : s.params));
    for (const result of await settleAll([before, ...sent])) total = addCounters(total, result.summary.counters.updates());
  } else {
    await before;
    for (const step of ingestSteps(rows)) {
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
