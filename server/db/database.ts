// The one place that talks to the driver. Statements come from the Cypher registry by name; values always travel as
// parameters. Reads are auto-commit statements in a READ session (so a cluster can serve them from any member); a write
// is one explicit transaction per unit of work, tried once, and the session is always closed. The caller decides
// about retrying (server/loader/write-retry.ts): the driver's own retry (executeWrite) sleeps about a second before
// trying again, and a deadlock between two article loads is settled by running the losing one again at once.
// Why auto-commit for reads: each read is one statement, and a managed transaction (executeQuery, executeRead) sends
// BEGIN, RUN+PULL and COMMIT as three flushes and three round trips where an auto-commit statement sends one. Socket
// writes are what costs most here: measured on the API benchmark, about 1 ms of Neo4j CPU and 0.5 ms of ours per read.
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher, type CypherRegistry } from './cypher-registry.ts';
import type { CypherName } from './cypher-names.ts';
import type { Neo4jConnection } from './neo4j-connection.ts';
import { coalesceBoltWrites } from './coalesce-bolt-writes.ts';
import { fastBoltMaps } from './fast-bolt-maps.ts';

export type Params = Record<string, unknown>;

/** What a unit of write work may do: run statements. Both the driver's explicit and managed transactions can. */
export type WriteTransaction = Pick<ManagedTransaction, 'run'>;

export interface Database {
  readonly driver: Driver;
  readonly connection: Neo4jConnection;
  read<R extends RecordShape = RecordShape>(name: CypherName, params?: Params): Promise<QueryResult<R>>;
  /** Runs `work` in one write transaction and commits it; rolls back and rethrows if anything fails. One attempt. */
  write<T>(work: (tx: WriteTransaction, registry: CypherRegistry) => Promise<T>): Promise<T>;
  /**
   * Runs one statement as a transaction of its own (auto-commit): one round trip, where an explicit transaction waits
   * for the statement's answer and then for its COMMIT's. One attempt, like write.
   */
  writeStatement<R extends RecordShape = RecordShape>(name: CypherName, params: Params): Promise<QueryResult<R>>;
  close(): Promise<void>;
}

export function createDriver(connection: Neo4jConnection): Driver {
  coalesceBoltWrites(); // one socket write per Bolt message instead of one per 1,400 bytes (see the file)
  fastBoltMaps(); // Bolt maps decoded by assignment instead of a defineProperty per key (see the file)
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Fail fast when Neo4j is gone, so the API answers 503 in about two seconds instead of hanging.
    connectionTimeout: 2_000,
    // Waiting for a pooled connection is queueing under load, not an outage (a refused connect fails at once): wait
    // longer than for a connect, so a burst of clients is served late rather than refused.
    connectionAcquisitionTimeout: 10_000,
    // For the driver's managed calls only (executeQuery, used by scripts; db.write tries once and its callers retry).
    // The driver waits ~1 s, then ~2 s, ~4 s… between retries while the elapsed time is under this budget: 5 s meant
    // 503s after ~7 s when Neo4j is down. Under 800 ms gives exactly one retry after ~1 s and a 503 in about a second.
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
    read: (name, params = {}) => readWithOneRetry(driver, registry.statement(name), params, database),
    async write(work) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      const tx = session.beginTransaction();
      try {
        const result = await work(tx, registry);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {}); // the error that matters is the first one
        throw error;
      } finally {
        await session.close();
      }
    },
    async writeStatement(name, params) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.run(registry.statement(name), params);
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}

// What executeQuery's retry budget (maxTransactionRetryTime) gave reads before: one more try about a second after a
// transient failure. Reads change nothing, so trying again is always safe.
const READ_RETRY_DELAY_MS = 1_000;

async function readWithOneRetry<R extends RecordShape>(driver: Driver, statement: string, params: Params, database: string): Promise<QueryResult<R>> {
  try {
    return await autoCommitRead<R>(driver, statement, params, database);
  } catch (error) {
    if (!isRetryableError(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS));
    return autoCommitRead<R>(driver, statement, params, database);
  }
}

async function autoCommitRead<R extends RecordShape>(driver: Driver, statement: string, params: Params, database: string): Promise<QueryResult<R>> {
  // The same bookmark manager as executeQuery, so reads stay causally chained as they were.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    return await withoutCallSiteStack(() => session.run<R>(statement, params));
  } finally {
    await session.close();
  }
}

/**
 * The driver records the caller's stack for every result (new Error().stack), to show it if the statement fails; with
 * source maps on (tsx) formatting it cost about 0.4 ms per read in the API benchmark's profile. A failed read still
 * carries the driver's own stack and the server's error mapping and request log; only that extra call site is skipped.
 */
function withoutCallSiteStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
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
