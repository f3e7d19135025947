// Starts newsgraph: finds Neo4j (NEO4J_URI or the embedded launcher), applies the schema, loads the demo article into
// an empty database, then listens. SIGINT/SIGTERM close the HTTP server, the driver and the embedded JVM, in that order.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { loadConfig } from './config.ts';
import { createApp } from './app.ts';
import { answerParserErrorsAsJson } from './http/security.ts';
import { createDatabase, waitForNeo4j } from './db/database.ts';
import { applySchema } from './db/apply-schema.ts';
import { loadDemoIfEmpty } from './loader/load-demo.ts';
import { resolveNeo4j } from './neo4j-runtime/resolve-connection.ts';
import { PROJECT_ROOT } from './neo4j-runtime/runtime-paths.ts';
import { redactUri } from './graph/health.repository.ts';
import { applyRuntimeFlags } from './app-runtime-flags.ts';

const log = (line: string) => console.log(`[newsgraph] ${line}`);

async function main(): Promise<void> {
  applyRuntimeFlags(); // V8 settings for serving (see the file): first, before the heap fills
  const startedAt = Date.now();
  const config = loadConfig();
  const neo4j = await resolveNeo4j(config, log);
  let server: Server | undefined;
  const db = createDatabase(neo4j.connection);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db.close().catch(() => {});
    await neo4j.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await waitForNeo4j(db.driver, 60_000);
    await applySchema(db);
  } catch (error) {
    await db.close().catch(() => {});
    await neo4j.stop();
    throw error;
  }
  log(`Neo4j (${neo4j.source}) at ${redactUri(neo4j.connection.uri)}: schema applied`);
  if (config.LOAD_DEMO) {
    // A failed demo load is logged, never fatal: the explorer still starts on whatever the database holds.
    await loadDemoIfEmpty(db, log).catch((error: unknown) => log(`demo: not loaded: ${error instanceof Error ? error.message : String(error)}`));
  }

  const clientDir = join(PROJECT_ROOT, 'client', 'dist');
  const app = createApp({ db, config, ...(existsSync(clientDir) ? { clientDir } : {}) });
  server = app.listen(config.PORT, config.HOST, () => {
    const address = server?.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log(`Explorer ready at http://${config.HOST}:${port}/ in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  });
  answerParserErrorsAsJson(server); // a 16 KB+ URL or broken HTTP gets the JSON error shape too
}

main().catch((error: unknown) => {
  console.error(`[newsgraph] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
