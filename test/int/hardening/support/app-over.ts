// The real app on a loopback port over a given Neo4j (the fault tests' own), as test/support/test-app.ts does over
// the run's shared one.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../../../server/app.ts';
import { loadConfig } from '../../../../server/config.ts';
import { createDatabase, waitForNeo4j, type Database } from '../../../../server/db/database.ts';
import { applySchema } from '../../../../server/db/apply-schema.ts';
import { answerParserErrorsAsJson } from '../../../../server/http/security.ts';
import type { Neo4jConnection } from '../../../../server/db/neo4j-connection.ts';

export interface AppOver {
  baseUrl: string;
  db: Database;
  close(): Promise<void>;
}

export async function startAppOver(connection: Neo4jConnection, env: Record<string, string> = {}): Promise<AppOver> {
  const db = createDatabase(connection);
  await waitForNeo4j(db.driver, 60_000);
  await applySchema(db);
  const config = loadConfig({ NODE_ENV: 'test', LOAD_DEMO: 'false', LOG_LEVEL: 'silent', ...env });
  const app = createApp({ db, config, log: () => {} });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  answerParserErrorsAsJson(server); // as server/index.ts does
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
