// The API tests' graph: the hand-written fixture of cypher/admin/seed-test-graph.cypher on an emptied database.
import { cypher } from '../../../server/db/cypher-registry.ts';
import type { Database } from '../../../server/db/database.ts';
import { afterAll, beforeAll } from 'vitest';
import { resetGraph, startTestApp, type TestApp } from '../../support/test-app.ts';

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

/**
 * The usual set-up of an API test file: the real app over the seeded graph for the file's tests, closed afterwards.
 * Call it inside a describe(); read `app` and call `get` only inside tests.
 */
export function useSeededApp(): { readonly app: TestApp; get<T>(path: string): Promise<{ status: number; body: T }> } {
  let app: TestApp | undefined;
  const started = (): TestApp => {
    if (!app) throw new Error('useSeededApp: the app is only there inside tests');
    return app;
  };
  beforeAll(async () => {
    app = await startTestApp();
    await seedTestGraph(app.db);
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    get app() {
      return started();
    },
    get: <T>(path: string) => getJson<T>(`${started().baseUrl}${path}`),
  };
}
