// Starts Neo4j Community in a child JVM (neo4j/launcher/Launcher.java) with Bolt on a loopback port, and stops it.
// The JVM also exits when our stdin pipe closes, so even a killed Node process leaves no Java behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { randomBytes } from 'node:crypto';
import { ensureRuntime } from './jars.ts';
import type { Neo4jConnection } from '../db/neo4j-connection.ts';

export interface EmbeddedNeo4j {
  connection: Neo4jConnection;
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  home: string;
  /** Folder for databases and logs; defaults to <home>/data, which survives restarts. */
  dataDir?: string;
  port?: number;
  /** Fixed password, so a restart on the same data dir and port keeps the connection valid; fresh when absent. */
  password?: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const dirs = await ensureRuntime(options.home, log);
  const dataDir = options.dataDir ?? dirs.data;
  mkdirSync(dataDir, { recursive: true });
  const port = options.port && options.port > 0 ? options.port : await freePort();
  // Loopback only, so the password guards against other local users, not the network; a fresh one each start.
  const password = options.password ?? randomBytes(18).toString('base64url');

  const child = spawn('java', ['-Xms256m', '-Xmx1g', '-cp', `${dirs.classes}:${dirs.lib}/*`, 'Launcher'], {
    env: {
      ...process.env,
      NEO4J_HOME_DIR: dataDir,
      NEO4J_BOLT_ADDRESS: '127.0.0.1',
      NEO4J_BOLT_PORT: String(port),
      NEO4J_AUTH: `neo4j/${password}`,
      NEO4J_EXIT_ON_EOF: 'true',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  await waitForStarted(child, options.startTimeoutMs ?? 120_000);
  log(`Embedded Neo4j started (pid ${child.pid}) on bolt://127.0.0.1:${port}, data in ${dataDir}`);

  return {
    connection: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, database: 'neo4j' },
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  };
}

function waitForStarted(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Neo4j did not start within ${timeoutMs} ms:\n${tail(output)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/^Started\.$/m.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume(); // keep draining so the JVM never blocks on a full pipe
        child.stderr?.resume();
        resolve();
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`Neo4j exited with code ${code} before it started:\n${tail(output)}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM'); // the launcher's shutdown hook checkpoints and closes the store
  });
}


function tail(text: string): string {
  return text.split('\n').slice(-30).join('\n');
}
