// What an integration test needs: the real app on an ephemeral loopback port, over the run's one real Neo4j.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { createDatabase, type Database } from '../../server/db/database.ts';
import { applySchema } from '../../server/db/apply-schema.ts';
import { cypher } from '../../server/db/cypher-registry.ts';

export interface TestApp {
  baseUrl: string;
  db: Database;
  config: Config;
  close(): Promise<void>;
}

export function testDatabase(): Database {
  return createDatabase(inject('neo4j'));
}

/** `clientDir`: also serve the built client from there (the end-to-end tests). */
export async function startTestApp(env: Record<string, string> = {}, options: { clientDir?: string } = {}): Promise<TestApp> {
  const db = testDatabase();
  await applySchema(db);
  const config = loadConfig({ NODE_ENV: 'test', LOAD_DEMO: 'false', LOG_LEVEL: 'silent', ...env });
  const app = createApp({ db, config, log: () => {}, ...options });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    config,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** Empties the graph between tests (schema stays). */
export async function resetGraph(db: Database): Promise<void> {
  await db.write((tx) => tx.run(cypher().statement('admin/delete-all-data')));
}

/**
 * For a file of tests that write the graph: a database with the schema before its tests, an empty graph before each
 * test, the driver closed after them. Read `db` only inside tests and hooks (beforeAll opens it).
 */
export function useEmptyGraphPerTest(): { readonly db: Database } {
  let opened: Database | undefined;
  const db = (): Database => {
    if (!opened) throw new Error('the test database is opened in beforeAll: use it inside tests and hooks only');
    return opened;
  };
  beforeAll(async () => {
    opened = testDatabase();
    await applySchema(opened);
  });
  beforeEach(async () => {
    await resetGraph(db());
  });
  afterAll(async () => {
    await opened?.close();
  });
  return { get db() { return db(); } };
}
