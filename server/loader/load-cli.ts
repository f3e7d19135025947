// `npm run load -- <files or folders>`: extracts and writes each article in its own transaction into the Neo4j the
// server would use (NEO4J_URI, else the embedded store), prints progress and a summary, and exits 1 when any
// article failed (2 when nothing could be loaded at all).
import { loadConfig } from '../config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { createDatabase, waitForNeo4j } from '../db/database.ts';
import { resolveNeo4j, type ResolvedNeo4j } from '../neo4j-runtime/resolve-connection.ts';
import { extractArticleFile } from './article-file-extractor.ts';
import { createDocumentReader } from './document-reader.ts';
import { describeStartError, LOAD_USAGE, parseLoadArgs } from './load-cli-args.ts';
import { loadFiles } from './load-files.ts';
import { createProgressReporter, formatSummary } from './load-report-format.ts';

const out = (line: string) => console.log(`[load] ${line}`);
const err = (line: string) => console.error(`[load] ${line}`);

async function main(): Promise<number> {
  let args;
  try {
    args = parseLoadArgs(process.argv.slice(2));
  } catch (error) {
    err(error instanceof Error ? error.message : String(error));
    console.error(LOAD_USAGE);
    return 2;
  }
  if (args.help) {
    console.log(LOAD_USAGE);
    return 0;
  }
  const config = loadConfig();
  let neo4j: ResolvedNeo4j;
  try {
    neo4j = await resolveNeo4j(config, () => {});
  } catch (error) {
    err(describeStartError(error, config.NEWSGRAPH_HOME));
    return 2;
  }
  const db = createDatabase(neo4j.connection);
  try {
    await waitForNeo4j(db.driver, 60_000);
    await applySchema(db);
    const report = await loadFiles(db, args.paths, createDocumentReader(extractArticleFile), {
      onProgress: createProgressReporter(out, err),
      concurrency: args.concurrency,
    });
    for (const line of formatSummary(report)) (line.startsWith('failed:') ? err : out)(line);
    return report.failed.length > 0 ? 1 : 0;
  } catch (error) {
    err(describeStartError(error, config.NEWSGRAPH_HOME));
    return 2;
  } finally {
    await db.close().catch(() => {});
    await neo4j.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    err(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
