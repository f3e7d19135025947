// The API tests' graph: the hand-written fixture of cypher/admin/seed-test-graph.cypher on an emptied database.
import { awaitIndexes } from '../../../server/db/apply-schema.ts';
import { cypher } from '../../../server/db/cypher-registry.ts';
import type { Database } from '../../../server/db/database.ts';
import { afterAll, beforeAll } from 'vitest';
import { resetGraph, startTestApp, type TestApp } from '../../support/test-app.ts';

export async function seedTestGraph(db: Database): Promise<void> {
  await resetGraph(db);
  await db.write((tx) => tx.run(cypher().statement('admin/seed-test-graph')));
  // The full-text index fills asynchronously; search right after the seed must see it.
  await awaitIndexes(db);
}

export async function getJson<T = Record<string, unknown>>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as T };
}

interface SeededApp {
  readonly app: TestApp;
  get<T>(path: string): Promise<{ status: number; body: T }>;
  /** POST with a JSON body. */
  post<T>(path: string, body: unknown): Promise<{ status: number; body: T }>;
}

/**
 * The usual set-up of an API test file: the real app (with these extra environment variables) over the seeded graph
 * for the file's tests, closed afterwards. Call it inside a describe(); read `app` and call `get`/`post` only inside
 * tests.
 */
export function useSeededApp(env: Record<string, string> = {}): SeededApp {
  let app: TestApp | undefined;
  const started = (): TestApp => {
    if (!app) throw new Error('useSeededApp: the app is only there inside tests');
    return app;
  };
  beforeAll(async () => {
    app = await startTestApp(env);
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
    post: <T>(path: string, body: unknown) =>
      getJson<T>(`${started().baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  };
}
