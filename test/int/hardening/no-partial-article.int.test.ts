// An interrupted load leaves no partial article: the loader killed (SIGKILL) while one of its article transactions is
// open keeps exactly the articles it committed, each whole (equal to loading just those articles on an empty graph),
// and running it again completes the load; Neo4j itself killed mid-transaction recovers without the article, and
// loading it again writes it whole. Uses a Neo4j of its own (support/restartable-neo4j.ts).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../../server/db/apply-schema.ts';
import { createDatabase, waitForNeo4j, type Database } from '../../../server/db/database.ts';
import { listArticles } from '../../../server/graph/article.repository.ts';
import { readArticleFile } from '../../../server/loader/article-input.ts';
import { ingestArticle } from '../../../server/loader/ingest.ts';
import { extractArticle } from '../../../server/loader/extract/extract-article.ts';
import { parseIngestDocument } from '../../../server/loader/ingest-document-schema.ts';
import { toIngestRows } from '../../../server/loader/ingest-rows.ts';
import { writeArticle } from '../../../server/loader/ingest-transaction.ts';
import { DEMO_ARTICLES_DIR } from '../../../server/loader/load-demo.ts';
import { PROJECT_ROOT } from '../../../server/neo4j-runtime/runtime-paths.ts';
import { resetGraph } from '../../support/test-app.ts';
import { dumpGraph, type GraphDump } from '../loader/graph-dump.ts';
import { startRestartableNeo4j, type RestartableNeo4j } from './support/restartable-neo4j.ts';

const DEMO = 'dprk-threatens-offensive-action';
const ARTICLES = 8;
const SLOW = 300_000;
const EMPTY: GraphDump = { nodes: [], relationships: [] };
const ALL_IDS = Array.from({ length: ARTICLES }, (_, i) => `article:copy-${i + 1}`).sort();

describe('an interrupted load leaves no partial article', () => {
  let neo4j: RestartableNeo4j;
  let db: Database;
  let dir: string;
  const fileOf = (articleId: string) => join(dir, `${articleId.replace(/^article:/, '')}.txt`);
  const dump = () => dumpGraph(db, { without: ['ingestedAt'] });
  const articleIds = async () => (await listArticles(db, { limit: 200, offset: 0 })).articles.map((a) => a.id).sort();
  const openTransactions = async () => (await db.read('admin/list-open-transactions')).records.length;
  const loadWhole = async (ids: string[]) => {
    for (const id of ids) await ingestArticle(db, readArticleFile(fileOf(id)));
  };

  beforeAll(async () => {
    neo4j = await startRestartableNeo4j();
    db = createDatabase(neo4j.connection);
    await waitForNeo4j(db.driver, 60_000);
    await applySchema(db);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-partial-'));
    for (let n = 1; n <= ARTICLES; n++) {
      copyFileSync(join(DEMO_ARTICLES_DIR, `${DEMO}.txt`), join(dir, `copy-${n}.txt`));
      writeFileSync(join(dir, `copy-${n}.meta.json`), JSON.stringify({ title: `Copy ${n} of the demo article`, publishedAt: `2025-11-0${n}` }));
    }
  }, SLOW);
  afterAll(async () => {
    await db?.close();
    await neo4j?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  it('the loader killed mid-transaction keeps only whole articles, and running it again completes the load', async () => {
    await resetGraph(db);
    const loader = runLoader();
    // Kill once some articles are in and the next one's transaction is open.
    await until(async () => (await articleIds()).length >= 2 && (await openTransactions()) > 0, 120_000);
    loader.child.kill('SIGKILL');
    expect(await loader.exit).toMatchObject({ signal: 'SIGKILL' });
    await until(async () => (await openTransactions()) === 0, 30_000); // Neo4j rolls back the dropped connection's work

    const interrupted = await dump();
    const kept = await articleIds();
    console.log(`[partial] loader killed with ${kept.length}/${ARTICLES} articles committed and one in flight`);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.length).toBeLessThan(ARTICLES);

    const rerun = await runLoader().exit;
    expect(rerun.code, rerun.output).toBe(0);
    const completed = await dump();
    expect(await articleIds()).toHaveLength(ARTICLES);

    await resetGraph(db);
    await loadWhole(kept);
    expect(interrupted).toEqual(await dump()); // what survived is exactly those articles, whole
    await resetGraph(db);
    await loadWhole(ALL_IDS);
    expect(completed).toEqual(await dump());
  }, SLOW);

  it('Neo4j killed mid-transaction recovers without the article, and loading it again writes it whole', async () => {
    const id = 'article:copy-1';
    await resetGraph(db);
    await loadWhole([id]);
    const whole = await dump();
    await resetGraph(db);

    // The article's own statements, all run, then Neo4j dies before the commit: the state a crash mid-load leaves.
    const rows = toIngestRows(parseIngestDocument(extractArticle(readArticleFile(fileOf(id)))));
    let written = false;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const pending = db
      .write(async (tx, registry) => {
        await writeArticle(tx, registry, rows, 'batched');
        written = true;
        await held; // the transaction stays open until Neo4j is gone; then its commit cannot happen
      })
      .then(() => 'committed', () => 'failed');
    await until(async () => written, 60_000);
    expect(await openTransactions()).toBe(1);
    expect(await articleIds()).toEqual([]); // written, not committed: invisible to everyone else
    await neo4j.kill();
    release();
    expect(await pending).toBe('failed');
    await neo4j.start();
    await waitForNeo4j(db.driver, 60_000);

    const recovered = await dump();
    expect(recovered).toEqual(EMPTY);
    await loadWhole([id]);
    expect(await dump()).toEqual(whole);
  }, SLOW);

  function runLoader() {
    const { uri, user, password, database } = neo4j.connection;
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database };
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/loader/load-cli.ts', '--concurrency', '1', dir], { cwd: PROJECT_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal, output })),
    );
    return { child, exit };
  }
});

/** Polls fast: the window between an article's transaction opening and committing is short. */
async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
