// A Neo4j of the test file's own (the run's shared one must never be stopped): the embedded launcher on a fixed
// port, data dir and password, so stopping it and starting it again gives the server back the same database at the
// same address, as a restarted production Neo4j would.
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from '../../../../server/neo4j-runtime/free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../../server/neo4j-runtime/embedded-neo4j.ts';
import { PROJECT_ROOT } from '../../../../server/neo4j-runtime/runtime-paths.ts';
import type { Neo4jConnection } from '../../../../server/db/neo4j-connection.ts';

export interface RestartableNeo4j {
  readonly connection: Neo4jConnection;
  /** Starts it again on the same port and data; resolves once Bolt answers. */
  start(): Promise<void>;
  /** A clean shutdown (SIGTERM: the store is checkpointed). */
  stop(): Promise<void>;
  /** A crash (SIGKILL): whatever was in flight is lost and recovered from the transaction log on the next start. */
  kill(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

export async function startRestartableNeo4j(): Promise<RestartableNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-fault-'));
  const options = { home: join(PROJECT_ROOT, '.newsgraph'), dataDir, port: await freePort(), password: randomBytes(12).toString('hex') };
  let current: EmbeddedNeo4j | undefined = await startEmbeddedNeo4j(options);
  const connection = current.connection;
  const stop = async () => {
    await current?.stop();
    current = undefined;
  };
  return {
    connection,
    start: async () => {
      if (current) throw new Error('already running');
      current = await startEmbeddedNeo4j(options);
    },
    stop,
    kill: async () => {
      if (!current) return;
      process.kill(current.pid, 'SIGKILL');
      await current.stop(); // resolves once the killed JVM has exited
      current = undefined;
    },
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

