// The load benchmark's naive baseline: the same statements as the batched path, one per element, each its own
// auto-commit transaction, in one session: what a loader that calls `session.run` once per node or relationship does.
// Of the two naive codes tried it is the faster (so the ratio against it is the conservative one): on 20 articles,
// 731-757 elements/s against 490-579 for `driver.executeQuery` per element, which sends BEGIN, RUN and COMMIT as
// separate round trips. Benchmark only: it gives up the one-transaction-per-article guarantee, which is exactly why
// the real loader does not do this.
import type { Database } from '../server/db/database.ts';
import { cypher } from '../server/db/cypher-registry.ts';
import type { GraphDocument } from '../server/loader/graph-document.ts';
import { parseIngestDocument } from '../server/loader/ingest-document-schema.ts';
import { toIngestRows } from '../server/loader/ingest-rows.ts';
import { ingestSteps } from '../server/loader/ingest-steps.ts';

/** Writes one document statement by statement, each in its own auto-commit transaction; returns the elements it describes. */
export async function loadOneTransactionPerElement(db: Database, doc: GraphDocument): Promise<number> {
  const rows = toIngestRows(parseIngestDocument(doc));
  const registry = cypher();
  const session = db.driver.session({ database: db.connection.database });
  try {
    for (const step of ingestSteps(rows)) {
      const statement = registry.statement(step.name);
      if (step.rows === null) await session.run(statement, step.params);
      else for (const row of step.rows) await session.run(statement, { ...step.params, rows: [row] });
    }
  } finally {
    await session.close();
  }
  return rows.elementCount;
}
