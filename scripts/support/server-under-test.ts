// What the fuzz and load scripts run against: the real server (server/index.ts) as its own process on a loopback
// port, so its memory is measured apart from the client's and "the process stays up" means something, over either
// NEO4J_URI (use a throw-away database: the seed empties it) or a throw-away embedded Neo4j of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, waitForNeo4j } from '../../server/db/database.ts';
import { applySchema, awaitIndexes } from '../../server/db/apply-schema.ts';
import type { Neo4jConnection } from '../../server/db/neo4j-connection.ts';
import { startEmbeddedNeo4j } from '../../server/neo4j-runtime/embedded-neo4j.ts';
import { PROJECT_ROOT } from '../../server/neo4j-runtime/runtime-paths.ts';

export interface ServerUnderTest {
  baseUrl: string;
  pid: number;
  /** Resident memory of the server process, in MiB (from /proc). */
  rssMiB(): number;
  alive(): boolean;
  stop(): Promise<void>;
}

export async function startServerUnderTest(env: Record<string, string>, log: (line: string) => void): Promise<ServerUnderTest> {
  const neo4j = await ownOrGivenNeo4j(log);
  const db = createDatabase(neo4j.connection);
  await waitForNeo4j(db.driver, 60_000);
  await applySchema(db);
  await db.write((tx, registry) => tx.run(registry.statement('admin/delete-all-data')));
  await db.write((tx, registry) => tx.run(registry.statement('admin/seed-test-graph')));
  await awaitIndexes(db);
  await db.close();
  log('graph seeded with the API test fixture');

  const { uri, user, password, database } = neo4j.connection;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, HOST: '127.0.0.1', PORT: '0', LOAD_DEMO: 'false', LOG_LEVEL: 'error', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = await readyUrl(child);
  const pid = child.pid ?? -1;
  log(`server pid ${pid} at ${baseUrl}`);
  return {
    baseUrl,
    pid,
    rssMiB: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await neo4j.stop();
    },
  };
}

async function ownOrGivenNeo4j(log: (line: string) => void): Promise<{ connection: Neo4jConnection; stop(): Promise<void> }> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    log(`using NEO4J_URI (its data will be replaced by the test fixture)`);
    const connection = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE ?? 'neo4j' };
    return { connection, stop: async () => {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-script-'));
  const embedded = await startEmbeddedNeo4j({ home: join(PROJECT_ROOT, '.newsgraph'), dataDir, log });
  return {
    connection: embedded.connection,
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Explorer ready at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}
