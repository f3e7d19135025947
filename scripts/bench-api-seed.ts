// Writes the API benchmark's synthetic graph (scripts/bench-api-graph.ts) with batched UNWIND statements from
// cypher/admin/seed-bench-*, then waits for the indexes, so every scenario is timed on the whole graph. Shared by
// scripts/bench-api.ts and scripts/bench-api-variants.ts.
import { awaitIndexes } from '../server/db/apply-schema.ts';
import type { CypherName } from '../server/db/cypher-names.ts';
import type { Database } from '../server/db/database.ts';
import { chunks, type syntheticGraph } from './bench-api-graph.ts';

export async function loadSyntheticGraph(db: Database, graph: ReturnType<typeof syntheticGraph>): Promise<void> {
  const write = async (name: CypherName, batches: unknown[][], extra: (i: number) => Record<string, unknown> = () => ({})) => {
    for (const [i, rows] of batches.entries()) await db.write((tx, registry) => tx.run(registry.statement(name), { rows, ...extra(i) }));
  };
  await write('admin/seed-bench-articles', chunks(graph.articles, 50));
  await write('admin/seed-bench-actors', chunks(graph.actors, 2_000));
  // The places travel with the first batch of statements.
  await write('admin/seed-bench-statements', chunks(graph.statements, 2_000), (i) => ({ places: i === 0 ? graph.places : [] }));
  await write('admin/seed-bench-events', chunks(graph.events, 2_000));
  // Every index online and the eventually consistent full-text index caught up, so search is timed on the whole graph.
  await awaitIndexes(db);
}
