// Brings an existing database's indexes to today's options before cypher/schema/ is applied. Every schema statement
// is CREATE … IF NOT EXISTS, which leaves an index of the same name alone even when its options differ, so a
// database created before the full-text index became eventually consistent would keep the old, slower one forever.
// Dropping it lets schema/create-fulltext-search build it again (Neo4j fills a new index from the graph; applySchema
// then waits for it to come online).
import type { Database } from './database.ts';
import { cypher } from './cypher-registry.ts';

/** Drops indexes whose options differ from cypher/schema/; returns their names. */
export async function dropOutdatedIndexes(db: Database): Promise<string[]> {
  const registry = cypher();
  const options = { database: db.connection.database };
  const { records } = await db.driver.executeQuery(registry.statement('admin/list-outdated-search-index'), {}, options);
  const names = records.map((r) => r.get('name') as string);
  if (names.length > 0) await db.driver.executeQuery(registry.statement('admin/drop-search-index'), {}, options);
  return names;
}
