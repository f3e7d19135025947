// Applies every statement in cypher/schema/ — constraints and indexes, all written IF NOT EXISTS, so applying twice
// is a no-op. Schema statements cannot share a transaction with each other in Neo4j, hence one auto-commit each.
import type { Database } from './database.ts';
import { namesIn } from './cypher-names.ts';
import { cypher } from './cypher-registry.ts';
import { dropOutdatedIndexes } from './schema-upgrade.ts';

export async function applySchema(db: Database): Promise<number> {
  const registry = cypher();
  const names = namesIn('schema');
  await dropOutdatedIndexes(db);
  for (const name of names) {
    await db.driver.executeQuery(registry.statement(name), {}, { database: db.connection.database });
  }
  // Wait for indexes to come online so that the first search after start-up finds what was loaded.
  await awaitIndexes(db);
  return names.length;
}

/** Blocks until every index is online and the full-text index holds every commit: a search right after sees it all. */
export async function awaitIndexes(db: Database): Promise<void> {
  await db.driver.executeQuery(cypher().statement('admin/await-indexes'), {}, { database: db.connection.database });
}
