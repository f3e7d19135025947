// The load benchmark's second naive baseline: the same statements as the batched path, one per element, each in its
// own transaction (what a loader that calls the driver once per node or relationship does). Benchmark only: it
// gives up the one-transaction-per-article guarantee, which is exactly why the real loader does not do this.
import type { Database } from '../server/db/database.ts';
import { cypher } from '../server/db/cypher-registry.ts';
import type { GraphDocument } from '../server/loader/graph-document.ts';
import { parseIngestDocument } from '../server/loader/ingest-document-schema.ts';
import { toIngestRows } from '../server/loader/ingest-rows.ts';
import { ingestSteps } from '../server/loader/ingest-steps.ts';

/** Writes one document statement by statement, one transaction each; returns the elements it describes. */
export async function loadOneTransactionPerElement(db: Database, doc: GraphDocument): Promise<number> {
  const rows = toIngestRows(parseIngestDocument(doc));
  const registry = cypher();
  const options = { database: db.connection.database };
  for (const step of ingestSteps(rows)) {
    const statement = registry.statement(step.name);
    if (step.rows === null) await db.driver.executeQuery(statement, step.params, options);
    else for (const row of step.rows) await db.driver.executeQuery(statement, { ...step.params, rows: [row] }, options);
  }
  return rows.elementCount;
}
