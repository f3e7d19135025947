// The API tests' graph: the hand-written fixture of cypher/admin/seed-test-graph.cypher on an emptied database.
import { cypher } from '../../../server/db/cypher-registry.ts';
import type { Database } from '../../../server/db/database.ts';
import { resetGraph } from '../../support/test-app.ts';

export async function seedTestGraph(db: Database): Promise<void> {
  await resetGraph(db);
  await db.write((tx) => tx.run(cypher().statement('admin/seed-test-graph')));
  // The full-text index fills asynchronously; search right after the seed must see it.
  await db.driver.executeQuery(cypher().statement('admin/await-indexes'), {}, { database: db.connection.database });
}

export async function getJson<T = Record<string, unknown>>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as T };
}
