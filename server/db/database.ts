// The one place that talks to the driver. Statements come from the Cypher registry by name; values always travel as
// parameters. Reads go through executeQuery with READ routing (so a cluster can serve them from any member); writes
// go through a session's executeWrite, one transaction per unit of work, and the session is always closed.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher, type CypherRegistry } from './cypher-registry.ts';
import type { CypherName } from './cypher-names.ts';
import type { Neo4jConnection } from './neo4j-connection.ts';

export type Params = Record<string, unknown>;

export interface Database {
  readonly driver: Driver;
  readonly connection: Neo4jConnection;
  read<R extends RecordShape = RecordShape>(name: CypherName, params?: Params): Promise<QueryResult<R>>;
  write<T>(work: (tx: ManagedTransaction, registry: CypherRegistry) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Fail fast when Neo4j is gone, so the API answers 503 in about two seconds instead of hanging.
    connectionTimeout: 2_000,
    // Waiting for a pooled connection is queueing under load, not an outage (a refused connect fails at once): wait
    // longer than for a connect, so a burst of clients is served late rather than refused.
    connectionAcquisitionTimeout: 10_000,
    // The driver waits ~1 s, then ~2 s, ~4 s… between retries while the elapsed time is under this budget: 5 s meant
    // 503s after ~7 s when Neo4j is down. Under 800 ms gives exactly one retry after ~1 s (a deadlocked or briefly
    // unavailable transaction still gets a second chance) and a 503 in about a second.
    maxTransactionRetryTime: 750,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
  });
}

export function createDatabase(connection: Neo4jConnection, registry: CypherRegistry = cypher()): Database {
  const driver = createDriver(connection);
  const database = connection.database;
  return {
    driver,
    connection,
    read: (name, params = {}) =>
      driver.executeQuery(registry.statement(name), params, { database, routing: neo4j.routing.READ }),
    async write(work) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite((tx) => work(tx, registry));
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}

/** Poll until Bolt answers: a just-started Neo4j accepts TCP before it accepts queries. */
export async function waitForNeo4j(driver: Driver, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`Neo4j did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}
