// Chooses the ONE Neo4j a test run uses, in this order:
//   1. NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) when set: that server.
//   2. A container started by testcontainers' Neo4jContainer, image NEO4J_TEST_IMAGE (default the official
//      neo4j:<version>-community), when a container runtime answers.
//   3. The embedded launcher, in a throw-away data folder.
// NEO4J_TEST_RUNTIME=container forbids falling back to 3 (CI sets it, so CI proves the container path works).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jContainer } from '@testcontainers/neo4j';
import { getContainerRuntimeClient } from 'testcontainers';
import { startEmbeddedNeo4j } from '../server/neo4j-runtime/embedded-neo4j.ts';
import { NEO4J_OFFICIAL_IMAGE } from '../server/neo4j-runtime/version.ts';
import type { Neo4jConnection } from '../server/db/neo4j-connection.ts';

export interface TestNeo4j {
  connection: Neo4jConnection;
  description: string;
  stop(): Promise<void>;
}

export async function startTestNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<TestNeo4j> {
  if (env.NEO4J_URI) {
    return {
      connection: {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE ?? 'neo4j',
      },
      description: `the server at NEO4J_URI`,
      stop: async () => {},
    };
  }
  const runtime = env.NEO4J_TEST_RUNTIME ?? 'auto';
  if (runtime !== 'embedded') {
    const runtimeError = await containerRuntimeError();
    if (runtimeError === null) return startContainer(env.NEO4J_TEST_IMAGE ?? NEO4J_OFFICIAL_IMAGE);
    if (runtime === 'container') {
      throw new Error(`NEO4J_TEST_RUNTIME=container but no container runtime answers: ${runtimeError}`);
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  const embedded = await startEmbeddedNeo4j({ home: env.NEWSGRAPH_HOME ?? '.newsgraph', dataDir });
  return {
    connection: embedded.connection,
    description: `the embedded launcher (pid ${embedded.pid}; no container runtime answered)`,
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function containerRuntimeError(): Promise<string | null> {
  try {
    await getContainerRuntimeClient();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function startContainer(image: string): Promise<TestNeo4j> {
  const password = 'newsgraph-test-password';
  const container = await new Neo4jContainer(image).withPassword(password).start();
  const client = await getContainerRuntimeClient();
  return {
    connection: { uri: container.getBoltUri(), user: 'neo4j', password, database: 'neo4j' },
    description: `a container started by testcontainers (image ${image}, id ${container.getId().slice(0, 12)}, runtime ${client.info.containerRuntime.host})`,
    stop: async () => {
      await container.stop();
    },
  };
}
