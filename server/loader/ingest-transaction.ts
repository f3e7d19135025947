// How one article is written. loadArticle (the loader's way) first sends write/create-new-article alone, as an
// auto-commit transaction: an article the graph does not hold yet is written whole by that one statement, in one
// round trip (an explicit transaction's COMMIT is a second one; on the load benchmark the auto-commit path was about
// 10% faster, 39,700-41,800 elements/s against 35,900-39,300, one article after another). For a known article that
// statement changes nothing and returns no row, and the re-load runs in one explicit transaction: writeArticle in
// merge mode, the prune and two statements merging every node and every relationship
// (server/loader/ingest-statements.ts), pipelined so they cost about one round trip.
// writeArticle works inside any transaction: its batched mode tries create-new-article first and falls back to the
// merge path in the same transaction; merge mode is also the benchmark's "before" (every article pruned and merged);
// row-by-row mode (the naive baseline) sends the per-kind statements once per row and waits for each, as naive
// code does.
import type { QueryResult } from 'neo4j-driver';
import type { CypherRegistry } from '../db/cypher-registry.ts';
import type { Database, WriteTransaction } from '../db/database.ts';
import type { IngestRows } from './ingest-rows.ts';
import { newArticleParams } from './ingest-new-article.ts';
import { articleStatements } from './ingest-statements.ts';
import { ingestSteps, pruneParams, type IngestStep } from './ingest-steps.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

export type IngestMode = 'batched' | 'merge' | 'row-by-row';

/** Writes one article: new, by one auto-commit statement; known (a re-load), or in the benchmark's other modes, in one transaction. */
export async function loadArticle(db: Database, rows: IngestRows, mode: IngestMode): Promise<WriteCounters> {
  if (mode === 'batched') {
    const created = newArticleOutcome(await db.writeStatement('write/create-new-article', newArticleParams(rows)));
    if (created.written) return created.counters;
  }
  return db.write((tx, registry) => writeArticle(tx, registry, rows, mode === 'batched' ? 'merge' : mode));
}

/** What write/create-new-article did: wrote the article whole (it returns a row), or nothing (the graph holds it). */
function newArticleOutcome(result: QueryResult): { written: boolean; counters: WriteCounters } {
  return { written: result.records.length > 0, counters: addCounters(emptyCounters(), result.summary.counters.updates()) };
}

export async function writeArticle(tx: WriteTransaction, registry: CypherRegistry, rows: IngestRows, mode: IngestMode): Promise<WriteCounters> {
  const run = (name: IngestStep['name'], params: Record<string, unknown>) => tx.run(registry.statement(name), params);
  let total = emptyCounters();
  if (mode === 'batched') {
    const created = newArticleOutcome(await run('write/create-new-article', newArticleParams(rows)));
    total = created.counters;
    if (created.written) return total;
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
